import { classNames } from './class-names';

const TONES = {
  success: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  warning: 'border-amber-300 bg-amber-50',
  error: 'border-red-300 bg-red-50 text-red-900',
  info: 'border-administrative-600 bg-administrative-50',
  neutral: 'border-slate-300 bg-white',
  /** Something that no longer changes, such as a closed year. */
  muted: 'border-slate-300 bg-slate-100',
} as const;

export type NoticeTone = keyof typeof TONES;

type Props = Omit<React.ComponentProps<'p'>, 'className'> & { tone: NoticeTone; className?: string };

/** A short message in a box: saved, refused, or something the reader should know before going on. */
export function Notice({ tone, className, ...props }: Props) {
  return <p {...props} className={classNames('rounded-md border px-3 py-2', TONES[tone], className)} />;
}
