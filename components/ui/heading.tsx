import { classNames } from './class-names';

const SIZES = {
  xs: 'text-sm font-semibold',
  sm: 'font-semibold',
  md: 'text-lg font-semibold',
  lg: 'text-xl font-semibold',
  xl: 'text-2xl font-semibold',
} as const;

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
export type HeadingSize = keyof typeof SIZES;

// Each level has its usual size; a page may set another without leaving the outline's order.
const SIZE_OF_LEVEL: Record<HeadingLevel, HeadingSize> = { 2: 'lg', 3: 'md', 4: 'sm', 5: 'sm', 6: 'sm' };

type Props = React.HTMLAttributes<HTMLHeadingElement> & { level: HeadingLevel; size?: HeadingSize; ref?: React.Ref<HTMLHeadingElement> };

/** A heading under the page's title (h1 is the page header's). */
export function Heading({ level, size, className, ...props }: Props) {
  const Tag = `h${level}` as const;
  return <Tag {...props} className={classNames(SIZES[size ?? SIZE_OF_LEVEL[level]], className)} />;
}
