import { AUDIT_OBJECT_TYPES, type AuditFilterErrors } from '@/features/privacy/validation';
import { useSharedTranslator } from '@/lib/i18n/shared';

/** The known actions, offered as suggestions; any action or area can still be typed. */
const ACTION_SUGGESTIONS = ['talk.read', 'talk_note.read', 'talk_note.disposed', 'talk_note', 'talk', 'auth.sign_in', 'auth.sign_in_failed', 'auth', 'assignment', 'goal', 'personal_data.export', 'retention_rule.update'];

/**
 * The filters as a plain GET form: the filter lives in the address, so a filtered view can be
 * bookmarked or shared with a colleague in the same role, and works without JavaScript.
 */
export function AuditFilterForm({ values, errors }: { values: Record<string, string>; errors: AuditFilterErrors }) {
  const t = useSharedTranslator('auditLog');
  const tv = useSharedTranslator();
  const describedBy = (name: keyof AuditFilterErrors, hint?: string) => [hint, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const error = (name: keyof AuditFilterErrors) => (
    <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
      {errors[name]?.[0] ? tv(errors[name][0] as 'validation.invalidDate') : null}
    </p>
  );
  const input = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2';
  // The period's two ends: the same date field with its own label.
  const dateField = (name: 'from' | 'to') => (
    <div>
      <label htmlFor={name} className="block font-medium">
        {t(name)}
      </label>
      <input id={name} name={name} type="date" defaultValue={values[name] ?? ''} aria-invalid={errors[name] ? true : undefined} aria-describedby={describedBy(name, `${name}-hint`)} className={input} />
      <p id={`${name}-hint`} className="text-sm text-slate-700">
        {t('dateHint')}
      </p>
      {error(name)}
    </div>
  );
  return (
    <form method="get" action="/admin/logg" aria-labelledby="filter-heading" className="mt-4 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="filter-heading" className="text-xl font-semibold">
        {t('filterHeading')}
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <div className="md:col-span-2 lg:col-span-1">
          <label htmlFor="person" className="block font-medium">
            {t('person')}
          </label>
          <input id="person" name="person" type="text" defaultValue={values.person ?? ''} autoComplete="off" aria-invalid={errors.person ? true : undefined} aria-describedby={describedBy('person', 'person-hint')} className={input} />
          <p id="person-hint" className="text-sm text-slate-700">
            {t('personHint')}
          </p>
          {error('person')}
        </div>
        <div>
          <label htmlFor="objectType" className="block font-medium">
            {t('objectType')}
          </label>
          <select id="objectType" name="objectType" defaultValue={values.objectType ?? ''} aria-invalid={errors.objectType ? true : undefined} aria-describedby={describedBy('objectType')} className={input}>
            <option value="">{t('allObjectTypes')}</option>
            {AUDIT_OBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`objectTypes.${type}`)}
              </option>
            ))}
          </select>
          {error('objectType')}
        </div>
        <div>
          <label htmlFor="objectId" className="block font-medium">
            {t('objectId')}
          </label>
          <input id="objectId" name="objectId" type="text" inputMode="numeric" defaultValue={values.objectId ?? ''} aria-invalid={errors.objectId ? true : undefined} aria-describedby={describedBy('objectId')} className={input} />
          {error('objectId')}
        </div>
        <div>
          <label htmlFor="action" className="block font-medium">
            {t('action')}
          </label>
          <input id="action" name="action" type="text" list="action-suggestions" defaultValue={values.action ?? ''} autoComplete="off" aria-invalid={errors.action ? true : undefined} aria-describedby={describedBy('action', 'action-hint')} className={input} />
          <datalist id="action-suggestions">
            {ACTION_SUGGESTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <p id="action-hint" className="text-sm text-slate-700">
            {t('actionHint')}
          </p>
          {error('action')}
        </div>
        {dateField('from')}
        {dateField('to')}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800">
          {t('apply')}
        </button>
        <a href="/admin/logg" className="text-administrative-800 underline">
          {t('clear')}
        </a>
      </div>
    </form>
  );
}
