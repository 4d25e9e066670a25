import Link from 'next/link';
import { classNames } from './class-names';

const VARIANTS = {
  primary: 'bg-administrative-600 text-white hover:bg-administrative-800',
  secondary: 'border border-administrative-600 text-administrative-800 hover:bg-administrative-50',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export function buttonClassName(variant: ButtonVariant = 'primary', className?: string): string {
  return classNames('rounded-md px-4 py-2 font-semibold disabled:opacity-70', VARIANTS[variant], className);
}

type ButtonProps = React.ComponentProps<'button'> & { variant?: ButtonVariant };

export function Button({ variant, type = 'button', className, ...props }: ButtonProps) {
  return <button {...props} type={type} className={buttonClassName(variant, className)} />;
}

/**
 * A link that looks like a button: the page's main step, or a download offered as one. `native`
 * makes it a plain anchor that the browser loads itself, as for a download from a route handler.
 */
export function ButtonLink({ href, variant, native = false, download, children }: { href: string; variant?: ButtonVariant; native?: boolean; download?: boolean; children: React.ReactNode }) {
  const look = buttonClassName(variant, 'inline-block');
  return native ? (
    <a href={href} download={download} className={look}>
      {children}
    </a>
  ) : (
    <Link href={href} className={look}>
      {children}
    </Link>
  );
}
