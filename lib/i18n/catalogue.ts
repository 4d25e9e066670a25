import assignments from '@/messages/sv/assignments.json';
import core from '@/messages/sv/core.json';
import dashboards from '@/messages/sv/dashboards.json';
import followUps from '@/messages/sv/follow-ups.json';
import goals from '@/messages/sv/goals.json';
import plans from '@/messages/sv/plans.json';

/**
 * The Swedish catalogue: one file per area keeps each feature's texts beside each other; their
 * top-level keys must not clash. Imported statically, so the server reads it once per process and
 * the shared translations (lib/i18n/shared.ts) can use it without waiting.
 */
export const CATALOGUE: Record<string, unknown> = Object.assign({}, core, goals, plans, assignments, followUps, dashboards);
