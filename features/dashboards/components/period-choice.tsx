import { Button } from '@/components/ui/button';
import { CONTROL_CLASS, FormField } from '@/components/ui/form-field';

/** Which follow-up period a page shows: a plain GET form, so the choice lives in the address. */
export function PeriodChoice({ action, label, submit, periods, chosen }: { action?: string; label: string; submit: string; periods: { id: number; name: string }[]; chosen: number | undefined }) {
  return (
    <form method="get" action={action} className="mt-4 flex flex-wrap items-end gap-3">
      <FormField id="period" label={label}>
        {(control) => (
          <select {...control} name="period" defaultValue={chosen} className={CONTROL_CLASS}>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button type="submit">{submit}</Button>
    </form>
  );
}
