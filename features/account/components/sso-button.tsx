'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import { safeCallback } from './sign-in-form';

/** Sends the browser to the municipality's identity provider; it comes back through next-auth's callback. */
export function SsoButton({ providerId, label, pendingLabel, callbackUrl }: { providerId: string; label: string; pendingLabel: string; callbackUrl?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl: safeCallback(callbackUrl) });
      }}
      className="w-full"
    >
      {pending ? pendingLabel : label}
    </Button>
  );
}
