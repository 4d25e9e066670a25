'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

// Unexpected errors are logged on the server; the reader sees a plain message, never the details.
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  useEffect(() => {
    console.error(error.digest ?? error.message);
  }, [error]);
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t('genericTitle')}</h1>
      <p className="mt-3">{t('genericText')}</p>
      <Button onClick={reset} className="mt-5">
        {t('retry')}
      </Button>
    </div>
  );
}
