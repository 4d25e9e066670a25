'use server';

import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from './locales';

/**
 * Remembers the chosen language for a year. Anyone may choose, signed in or not (the sign-in page
 * and the public results offer it too), and signing out keeps the choice. Setting a cookie in a
 * server action makes Next render the current page again, now in the new language.
 */
export async function setLanguage(formData: FormData) {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    sameSite: 'lax',
    maxAge: LOCALE_COOKIE_MAX_AGE,
    // Like next-auth's own cookies: Secure whenever the app is served over https.
    secure: env.authUrl?.startsWith('https:') ?? false,
  });
}
