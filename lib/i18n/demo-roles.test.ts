import { describe, expect, it } from 'vitest';
import en from '@/messages/en/core.json';
import sv from '@/messages/sv/core.json';
import { DEMO_ACCOUNTS } from '@/lib/demo-accounts';

// The sign-in page names each demo account's role from the catalogue: an account added without
// its role text would break the page in demo mode.
describe('the demo accounts on the sign-in page', () => {
  it('have a role text in every language', () => {
    for (const catalogue of [sv, en]) {
      const roles = catalogue.signIn.demoRoles as Record<string, string>;
      expect(DEMO_ACCOUNTS.filter((a) => !roles[a.key]).map((a) => a.key)).toEqual([]);
    }
  });
});
