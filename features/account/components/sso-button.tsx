'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { safeCallback } from './sign-in-form';

/** Sends the browser to the municipality's identity provider; it comes back through next-auth's callback. */
export function SsoButton({ providerId, label, pendingLabel, callbackUrl }: { providerId: string; label: string; pendingLabel: string; callbackUrl?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl: safeCallback(callbackUrl) });
      }}
      className="w-full rounded-md bg-administrative-600 px-4 py-2 font-semibold text-white hover:bg-administrative-800 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
