import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import { clientMessages } from '@/lib/i18n/client-messages';
import { translator } from '@/lib/i18n/shared';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('app');
  return { title: { default: t('name'), template: `%s – ${t('name')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const messages = clientMessages(await getMessages());
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
