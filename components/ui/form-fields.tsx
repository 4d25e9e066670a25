'use client';

import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/actions/form-state';
import { Button, type ButtonVariant } from './button';
import { CONTROL_CLASS, FieldError, FormField } from './form-field';
import { Notice } from './notice';

/**
 * Small accessible form parts shared by every form: each field shows its own message next to it
 * (aria-describedby + aria-invalid), and the form's overall message is announced (aria-live).
 */
export function FormMessage({ state, id = 'form-message' }: { state: FormState; id?: string }) {
  const t = useTranslations();
  return (
    <div id={id} aria-live="polite">
      {state.message ? <Notice tone={state.ok ? 'success' : 'error'}>{t(state.message as 'form.saved')}</Notice> : null}
    </div>
  );
}

/** The field's first error in words, or null while it has none. */
export function useFieldError(state: FormState, name: string): string | null {
  const t = useTranslations();
  const key = state.fieldErrors?.[name]?.[0];
  return key ? t(key as 'validation.required') : null;
}

interface FieldProps {
  name: string;
  label: string;
  state: FormState;
  defaultValue?: string | number | null;
  hint?: string;
  required?: boolean;
}

export function TextField({ name, label, state, defaultValue, hint, required, type = 'text', multiline = false, rows = 4 }: FieldProps & { type?: 'text' | 'date' | 'number' | 'email'; multiline?: boolean; rows?: number }) {
  const t = useTranslations('form');
  const error = useFieldError(state, name);
  const value = state.values?.[name] ?? (defaultValue ?? '').toString();
  return (
    <FormField id={name} label={label} required={required ? t('required') : undefined} hint={hint} error={error}>
      {(control) => (multiline ? <textarea {...control} name={name} defaultValue={value} rows={rows} key={value} className={CONTROL_CLASS} /> : <input {...control} name={name} defaultValue={value} type={type} key={value} step={type === 'number' ? 'any' : undefined} className={CONTROL_CLASS} />)}
    </FormField>
  );
}

export function SelectField({ name, label, state, defaultValue, options, hint, required }: FieldProps & { options: { value: string; label: string }[] }) {
  const t = useTranslations('form');
  const error = useFieldError(state, name);
  const value = state.values?.[name] ?? (defaultValue ?? '').toString();
  return (
    <FormField id={name} label={label} required={required ? t('required') : undefined} hint={hint} error={error}>
      {(control) => (
        <select {...control} name={name} defaultValue={value} key={value} className={CONTROL_CLASS}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A group of checkboxes posted as `name[]`; the legend names the group for screen readers. */
export function CheckboxGroup({ name, legend, state, options, checked, hint }: { name: string; legend: string; state: FormState; options: { value: string; label: string; description?: string }[]; checked: string[]; hint?: string }) {
  const error = useFieldError(state, name);
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      <ul className="mt-2 space-y-1">
        {options.map((o) => (
          <li key={o.value} className="flex items-start gap-2">
            <input type="checkbox" id={`${name}-${o.value}`} name={`${name}[]`} value={o.value} defaultChecked={checked.includes(o.value)} className="mt-1 h-4 w-4" />
            <label htmlFor={`${name}-${o.value}`}>
              {o.label}
              {o.description ? <span className="block text-sm text-slate-700">{o.description}</span> : null}
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={`${name}-error`}>{error}</FieldError>
    </fieldset>
  );
}

export function SubmitButton({ children, variant = 'primary' }: { children: React.ReactNode; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  const t = useTranslations('form');
  return (
    <Button type="submit" disabled={pending} variant={variant}>
      {pending ? t('saving') : children}
    </Button>
  );
}
