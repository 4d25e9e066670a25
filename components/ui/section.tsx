import { classNames } from './class-names';
import { Heading, type HeadingLevel, type HeadingSize } from './heading';

const LOOKS = {
  plain: undefined,
  card: 'rounded-lg bg-white p-4 shadow-sm',
  outlined: 'rounded-lg border border-slate-300 bg-white p-4',
  /** Something that waits for the reader, such as a confirmation. */
  highlighted: 'rounded-lg border border-administrative-600 bg-administrative-50 p-4',
  political: 'rounded-lg border-l-4 border-political-600 bg-white p-4 shadow-sm',
} as const;

export type SectionLook = keyof typeof LOOKS;

interface Props {
  /** The heading's id; the section is named by its heading. */
  id: string;
  title: React.ReactNode;
  level?: HeadingLevel;
  size?: HeadingSize;
  /** A sentence under the heading. */
  intro?: React.ReactNode;
  /** The heading stays in the outline for screen readers but is not shown. */
  hideTitle?: boolean;
  look?: SectionLook;
  /** Spacing and width in the page. */
  className?: string;
  children?: React.ReactNode;
}

/** A part of a page under its own heading; screen readers list it as a region with the heading's name. */
export function Section({ id, title, level = 2, size, intro, hideTitle = false, look = 'plain', className, children }: Props) {
  return (
    <section aria-labelledby={id} className={classNames(LOOKS[look], className) || undefined}>
      <Heading level={level} size={size} id={id} className={hideTitle ? 'sr-only' : undefined}>
        {title}
      </Heading>
      {intro ? <p className="mt-1 text-slate-700">{intro}</p> : null}
      {children}
    </section>
  );
}
