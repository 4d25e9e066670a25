import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { clientMessages, type ClientArea } from '@/lib/i18n/client-messages';

/**
 * Gives the client components of one area (a route segment) their part of the catalogue. A nested
 * provider replaces the root's messages rather than adding to them, so the shared parts come along.
 */
export async function AreaMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const messages = clientMessages(await getMessages(), area);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
