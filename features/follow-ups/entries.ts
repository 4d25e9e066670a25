import { ACTIVITY_STATUSES, type ActivityStatus } from '@/lib/domain/activity-statuses';

/** The longest comment or next step one activity's entry may carry. */
export const ENTRY_TEXT_MAX = 1000;

/** A talk and a workplace meeting both name an activity's fields `<field>-<activityId>`. */
export const entryField = (field: 'status' | 'comment' | 'nextStep' | 'selfStatus' | 'selfComment', activityId: number) => `${field}-${activityId}`;

export interface ParsedEntry {
  activityId: number;
  status: ActivityStatus | null;
  comment: string | null;
  nextStep: string | null;
}

/**
 * Reads the per-activity fields for the given activities. A missing or unknown status, and a
 * text over the limit, are errors on that very field, so the message lands next to it.
 */
export function entriesOf(input: Record<string, unknown>, activityIds: number[], fields: { status: 'status' | 'selfStatus'; comment: 'comment' | 'selfComment'; nextStep?: 'nextStep' }, statusRequired: boolean) {
  const entries: ParsedEntry[] = [];
  const fieldErrors: Record<string, string[]> = {};
  const text = (name: string) => {
    const raw = input[name];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value.length > ENTRY_TEXT_MAX) fieldErrors[name] = ['validation.tooLong'];
    return value || null;
  };
  for (const activityId of activityIds) {
    const statusName = entryField(fields.status, activityId);
    const raw = input[statusName];
    let status: ActivityStatus | null = null;
    if (typeof raw === 'string' && raw !== '') {
      if ((ACTIVITY_STATUSES as readonly string[]).includes(raw)) status = raw as ActivityStatus;
      else fieldErrors[statusName] = ['validation.invalidChoice'];
    } else if (statusRequired) {
      fieldErrors[statusName] = ['followUp.errors.chooseStatus'];
    }
    entries.push({ activityId, status, comment: text(entryField(fields.comment, activityId)), nextStep: fields.nextStep ? text(entryField(fields.nextStep, activityId)) : null });
  }
  return { entries, fieldErrors };
}
