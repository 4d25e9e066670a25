import { TextLink } from '@/components/ui/text-link';
import { translator } from '@/lib/i18n/shared';

export default async function NotFound() {
  const t = await translator('errors');
  return (
    <main id="innehall" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-4">{t('notFoundText')}</p>
      <p className="mt-6">
        <TextLink href="/min-styrkedja">{t('backHome')}</TextLink>
      </p>
    </main>
  );
}
