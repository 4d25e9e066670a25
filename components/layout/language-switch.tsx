import { useLocale } from 'next-intl';
import { LANGUAGE_NAMES, otherLocale } from '@/lib/i18n/locales';
import { setLanguage } from '@/lib/i18n/set-language';

/**
 * "English" in Swedish, "Svenska" in English: a plain form, so it works before (or without) the
 * page's scripts. The name is written in its own language and marked so for screen readers.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const next = otherLocale(useLocale());
  return (
    <form action={setLanguage} className={className}>
      <input type="hidden" name="locale" value={next} />
      <button type="submit" lang={next} className="rounded-md px-2 py-1 text-sm font-medium underline underline-offset-4 hover:no-underline">
        {LANGUAGE_NAMES[next]}
      </button>
    </form>
  );
}
