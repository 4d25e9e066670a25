'use client';

import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/actions/form-state';

/**
 * Small accessible form parts shared by every form: each field shows its own message next to it
 * (aria-describedby + aria-invalid), and the form's overall message is announced (aria-live).
 */
export function FormMessage({ state, id = 'form-message' }: { state: FormState; id?: string }) {
  const t = useTranslations();
  return (
    <div id={id} aria-live="polite">
      {state.message ? (
        <p className={`rounded-md border px-3 py-2 ${state.ok ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-900'}`}>{t(state.message as 'form.saved')}</p>
      ) : null}
    </div>
  );
}

function FieldError({ id, keys }: { id: string; keys: string[] | undefined }) {
  const t = useTranslations();
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-800">
      {keys?.[0] ? t(keys[0] as 'validation.required') : null}
    </p>
  );
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
  const errors = state.fieldErrors?.[name];
  const errorId = `${name}-error`;
  const hintId = hint ? `${name}-hint` : undefined;
  const value = state.values?.[name] ?? (defaultValue ?? '').toString();
  const common = {
    id: name,
    name,
    defaultValue: value,
    'aria-invalid': errors ? true : undefined,
    'aria-describedby': [hintId, errors ? errorId : undefined].filter(Boolean).join(' ') || undefined,
    className: 'mt-1 block w-full rounded-md border border-slate-400 px-3 py-2',
  } as const;
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
        {required ? <span className="ml-1 text-sm font-normal text-slate-700">({t('required')})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea {...common} rows={rows} key={value} /> : <input {...common} type={type} key={value} step={type === 'number' ? 'any' : undefined} />}
      <FieldError id={errorId} keys={errors} />
    </div>
  );
}

export function SelectField({ name, label, state, defaultValue, options, hint, required }: FieldProps & { options: { value: string; label: string }[] }) {
  const t = useTranslations('form');
  const errors = state.fieldErrors?.[name];
  const value = state.values?.[name] ?? (defaultValue ?? '').toString();
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
        {required ? <span className="ml-1 text-sm font-normal text-slate-700">({t('required')})</span> : null}
      </label>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      <select id={name} name={name} defaultValue={value} key={value} aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${name}-error` : undefined} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${name}-error`} keys={errors} />
    </div>
  );
}

/** A group of checkboxes posted as `name[]`; the legend names the group for screen readers. */
export function CheckboxGroup({ name, legend, state, options, checked, hint }: { name: string; legend: string; state: FormState; options: { value: string; label: string; description?: string }[]; checked: string[]; hint?: string }) {
  const errors = state.fieldErrors?.[name];
  return (
    <fieldset aria-describedby={errors ? `${name}-error` : undefined} aria-invalid={errors ? true : undefined}>
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
      <FieldError id={`${name}-error`} keys={errors} />
    </fieldset>
  );
}

export function SubmitButton({ children, variant = 'primary' }: { children: React.ReactNode; variant?: 'primary' | 'secondary' | 'danger' }) {
  const { pending } = useFormStatus();
  const t = useTranslations('form');
  const look = {
    primary: 'bg-administrative-600 text-white hover:bg-administrative-800',
    secondary: 'border border-administrative-600 text-administrative-800 hover:bg-administrative-50',
    danger: 'bg-red-700 text-white hover:bg-red-800',
  }[variant];
  return (
    <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 font-semibold disabled:opacity-70 ${look}`}>
      {pending ? t('saving') : children}
    </button>
  );
}
