import { classNames } from './class-names';

/** The look of a text input, select or text area. */
export const CONTROL_CLASS = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2';

/** What a control needs to be tied to its label, its hint and its error. */
export interface FieldControl {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  /** The control's id; the hint and the error take it with `-hint` and `-error`. */
  id: string;
  label: React.ReactNode;
  /** The word shown after the label of a field that must be filled in. */
  required?: string;
  hint?: React.ReactNode;
  /**
   * The field's error, already in words. A field that can be refused passes `null` while it has
   * none, so that the place for the message is there (and announced) before one appears; a field
   * that is never refused leaves it out.
   */
  error?: React.ReactNode;
  children: (control: FieldControl) => React.ReactNode;
}

/** A labelled form control with its hint and its own error next to it, both read with the control. */
export function FormField({ id, label, required, hint, error, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const invalid = error !== undefined && error !== null && error !== '';
  const describedBy = [hintId, invalid ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? <span className="ml-1 text-sm font-normal text-slate-700">({required})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': invalid ? true : undefined })}
      {error !== undefined ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}

/** The place of a field's (or a group's) error: always there, so that a new message is announced. */
export function FieldError({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-800">
      {children}
    </p>
  );
}

/**
 * Fields that belong together under one legend: boxed for the fields of one item (one activity
 * of a talk or a meeting), plain for a part of a longer form.
 */
export function FieldGroup({ legend, hint, boxed = false, className, children }: { legend: React.ReactNode; hint?: React.ReactNode; boxed?: boolean; className?: string; children: React.ReactNode }) {
  return (
    <fieldset className={classNames(boxed ? 'rounded-md border border-slate-300 bg-white p-3' : 'space-y-3', className)}>
      <legend className={boxed ? 'px-1 font-semibold' : 'font-medium'}>{legend}</legend>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      {children}
    </fieldset>
  );
}
