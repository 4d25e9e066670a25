import Link from 'next/link';
import { classNames } from './class-names';

const TONES = {
  administrative: 'text-administrative-800',
  /** Links into the political side: results, reports, dashboards. */
  political: 'text-political-800',
} as const;

export type TextLinkProps = Omit<React.ComponentProps<'a'>, 'href' | 'className'> & {
  href: string;
  tone?: keyof typeof TONES;
  /**
   * A plain anchor: the browser loads the address itself rather than the app's router. For a file
   * or a download from a route handler, and for a page whose form must start afresh.
   */
  native?: boolean;
  scroll?: boolean;
  className?: string;
};

/** The one style of a link in running text, tables and lists: underlined, in the side's colour. */
export function TextLink({ tone = 'administrative', native = false, scroll, className, ...props }: TextLinkProps) {
  const look = classNames('font-medium underline', TONES[tone], className);
  return native ? <a {...props} className={look} /> : <Link {...props} scroll={scroll} className={look} />;
}
