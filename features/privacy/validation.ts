import { z } from 'zod';
import { MAX_TALK_NOTE_YEARS, MIN_TALK_NOTE_YEARS } from '@/features/privacy/retention';
import { addDays, isCalendarDate } from '@/lib/dates/calendar-date';
import { startOfDayInStockholm } from '@/lib/dates/stockholm-time';

/** The kinds of object audit rows name; the viewer offers them as a choice. */
export const AUDIT_OBJECT_TYPES = ['follow_up_event', 'assignment', 'action_plan', 'goal', 'indicator', 'plan_year', 'vision', 'person', 'retention_rule'] as const;

// An empty field in the query string means "no filter", not an error.
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalidDate' })
  .refine(isCalendarDate, { error: 'validation.invalidDate' });

/**
 * The log viewer's filters, read from the query string. `person` is an e-mail address, an
 * employee number or a person id, resolved in the data access layer. `after` is the keyset
 * cursor: the (at, id) of the last row of the previous page.
 */
const auditFilterSchema = z
  .object({
    person: optional(z.string().trim().max(200, { error: 'validation.tooLong' })),
    objectType: optional(z.enum(AUDIT_OBJECT_TYPES, { error: 'validation.invalidChoice' })),
    objectId: optional(z.coerce.number({ error: 'auditLog.errors.objectId' }).int({ error: 'auditLog.errors.objectId' }).positive({ error: 'auditLog.errors.objectId' })),
    // An exact action ("talk_note.read") or a whole area ("talk").
    action: optional(
      z
        .string()
        .trim()
        .regex(/^[a-z_]{1,40}(\.[a-z_]{1,40})?$/, { error: 'auditLog.errors.action' }),
    ),
    from: optional(isoDate),
    to: optional(isoDate),
    after: optional(z.string().regex(/^\d{1,12}_\d{1,15}$/, { error: 'auditLog.errors.cursor' })),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'validation.endBeforeStart', path: ['to'] });

export type AuditFilter = z.infer<typeof auditFilterSchema>;
export type AuditFilterErrors = Partial<Record<keyof AuditFilter, string[]>>;

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The filters from a page's search params. A bad field is reported and left out, so the rest of
 * the filter still applies (a mistyped date must not show the whole log as if unfiltered).
 */
export function parseAuditFilter(params: SearchParams): { filter: AuditFilter; errors: AuditFilterErrors; values: Record<string, string> } {
  const values = Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : Array.isArray(v) && v[0] !== undefined ? [[k, v[0]]] : []))) as Record<string, string>;
  const parsed = auditFilterSchema.safeParse(values);
  if (parsed.success) return { filter: parsed.data, errors: {}, values };
  const errors = z.flattenError(parsed.error).fieldErrors as AuditFilterErrors;
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !(k in errors)));
  const retry = auditFilterSchema.safeParse(kept);
  return { filter: retry.success ? retry.data : {}, errors, values };
}

/** The time range as instants: from the start of `from` to the end of `to`, Stockholm days. */
export function auditTimeRange(filter: Pick<AuditFilter, 'from' | 'to'>): { fromAt: Date | null; beforeAt: Date | null } {
  return {
    fromAt: filter.from ? startOfDayInStockholm(filter.from) : null,
    beforeAt: filter.to ? startOfDayInStockholm(addDays(filter.to, 1)) : null,
  };
}

export function encodeCursor(row: { at: Date; id: number }): string {
  return `${Math.floor(row.at.getTime() / 1000)}_${row.id}`;
}

export function decodeCursor(cursor: string | undefined): { atSeconds: number; id: number } | null {
  if (!cursor) return null;
  const [at, id] = cursor.split('_').map(Number);
  return at === undefined || id === undefined ? null : { atSeconds: at, id };
}

/** The query string for a filter, with or without a cursor: the links of the pager. */
export function auditFilterQuery(filter: AuditFilter, after?: string): string {
  const q = new URLSearchParams();
  for (const key of ['person', 'objectType', 'objectId', 'action', 'from', 'to'] as const) {
    const v = filter[key];
    if (v !== undefined) q.set(key, String(v));
  }
  if (after) q.set('after', after);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const retentionRuleSchema = z.object({
  talkNoteYears: z.coerce.number({ error: 'retention.errors.years' }).int({ error: 'retention.errors.years' }).min(MIN_TALK_NOTE_YEARS, { error: 'retention.errors.years' }).max(MAX_TALK_NOTE_YEARS, { error: 'retention.errors.years' }),
});
export type RetentionRuleInput = z.infer<typeof retentionRuleSchema>;

/** A dry run counts; a real run removes, and must name the cut-off the administrator was shown. */
export const retentionRunSchema = z.discriminatedUnion('mode', [z.object({ mode: z.literal('dryRun') }), z.object({ mode: z.literal('run'), cutoffDate: isoDate })]);
export type RetentionRunInput = z.infer<typeof retentionRunSchema>;
