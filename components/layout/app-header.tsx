import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { SignOutButton } from '@/components/auth/sign-out-button';

export function AppHeader({ viewerName }: { viewerName: string | null }) {
  const t = useTranslations();
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
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/min-styrkedja" className="underline-offset-4 hover:underline">
                {t('nav.lineOfSight')}
              </Link>
            </li>
            <li>
              <Link href="/organisation" className="underline-offset-4 hover:underline">
                {t('nav.organisation')}
              </Link>
            </li>
            <li>
              <Link href="/handlingsplaner" className="underline-offset-4 hover:underline">
                {t('plans.nav')}
              </Link>
            </li>
          </ul>
        </nav>
        {viewerName ? (
          <div className="flex items-center gap-3 text-sm">
            <span>{t('nav.signedInAs', { name: viewerName })}</span>
            <SignOutButton />
          </div>
        ) : null}
      </div>
    </header>
  );
}
