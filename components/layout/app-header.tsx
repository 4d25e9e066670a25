import Link from 'next/link';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { useSharedTranslator } from '@/lib/i18n/shared';
import type { NavItem } from '@/lib/navigation';
import { LanguageSwitch } from './language-switch';

/** The main navigation. Which links are offered is a convenience: every page checks access itself. */
export function AppHeader({ viewerName, items }: { viewerName: string | null; items: NavItem[] }) {
  const t = useSharedTranslator();
  return (
    <header className="bg-administrative-800 text-white">
      <a href="#innehall" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        {t('app.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/min-styrkedja" className="text-lg font-bold">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.mainNav')} className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="underline-offset-4 hover:underline">
                  {t(item.label as 'nav.lineOfSight')}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <LanguageSwitch />
          {viewerName ? (
            <>
              <span>{t('nav.signedInAs', { name: viewerName })}</span>
              <Link href="/konto/losenord" className="underline underline-offset-4">
                {t('password.title')}
              </Link>
              <SignOutButton />
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
