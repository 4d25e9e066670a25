import { ACTIVITY_STATUSES } from '@/lib/domain/activity-statuses';

/** Status choices for a select, with an empty first choice where the status may be left open. */
export function statusOptions(t: (key: string) => string, emptyLabel: string) {
  return [{ value: '', label: emptyLabel }, ...ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`status.activity.${s}`) }))];
}
