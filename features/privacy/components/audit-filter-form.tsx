import { Button } from '@/components/ui/button';
import { CONTROL_CLASS, FormField } from '@/components/ui/form-field';
import { Heading } from '@/components/ui/heading';
import { TextLink } from '@/components/ui/text-link';
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
  const error = (name: keyof AuditFilterErrors) => (errors[name]?.[0] ? tv(errors[name][0] as 'validation.invalidDate') : null);
  // The period's two ends: the same date field with its own label.
  const dateField = (name: 'from' | 'to') => (
    <FormField id={name} label={t(name)} hint={t('dateHint')} error={error(name)}>
      {(control) => <input {...control} name={name} type="date" defaultValue={values[name] ?? ''} className={CONTROL_CLASS} />}
    </FormField>
  );
  return (
    <form method="get" action="/admin/logg" aria-labelledby="filter-heading" className="mt-4 rounded-lg bg-white p-4 shadow-sm">
      <Heading level={2} id="filter-heading">
        {t('filterHeading')}
      </Heading>
      <div className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <div className="md:col-span-2 lg:col-span-1">
          <FormField id="person" label={t('person')} hint={t('personHint')} error={error('person')}>
            {(control) => <input {...control} name="person" type="text" defaultValue={values.person ?? ''} autoComplete="off" className={CONTROL_CLASS} />}
          </FormField>
        </div>
        <FormField id="objectType" label={t('objectType')} error={error('objectType')}>
          {(control) => (
            <select {...control} name="objectType" defaultValue={values.objectType ?? ''} className={CONTROL_CLASS}>
              <option value="">{t('allObjectTypes')}</option>
              {AUDIT_OBJECT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`objectTypes.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="objectId" label={t('objectId')} error={error('objectId')}>
          {(control) => <input {...control} name="objectId" type="text" inputMode="numeric" defaultValue={values.objectId ?? ''} className={CONTROL_CLASS} />}
        </FormField>
        <FormField id="action" label={t('action')} hint={t('actionHint')} error={error('action')}>
          {(control) => (
            <>
              <input {...control} name="action" type="text" list="action-suggestions" defaultValue={values.action ?? ''} autoComplete="off" className={CONTROL_CLASS} />
              <datalist id="action-suggestions">
                {ACTION_SUGGESTIONS.map((a) => (
                  <option key={a} value={a} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
        {dateField('from')}
        {dateField('to')}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">{t('apply')}</Button>
        <TextLink href="/admin/logg" native>
          {t('clear')}
        </TextLink>
      </div>
    </form>
  );
}
