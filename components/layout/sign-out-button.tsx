'use client';

import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function SignOutButton() {
  const t = useTranslations('nav');
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/logga-in' });
      }}
      className="rounded-md border border-white/70 px-3 py-1.5 text-sm font-medium hover:bg-white/10"
    >
      {pending ? t('signingOut') : t('signOut')}
    </button>
  );
}
