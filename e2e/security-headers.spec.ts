import { expect, test } from '@playwright/test';
import { signIn } from './fixtures';

// Every page: a strict script policy with a fresh nonce, no framing, no caching of personal data.
test.describe('security headers', () => {
  test('a signed-in page carries its own nonce, runs its scripts under it, and is never cached or framed', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await signIn(page, 'employee');
    const first = await page.request.get('/min-styrkedja');
    const second = await page.request.get('/min-styrkedja');
    const csp = first.headers()['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(second.headers()['content-security-policy']).not.toBe(csp);
    expect(first.headers()['cache-control']).toContain('no-store');
    expect(first.headers()['x-frame-options']).toBe('DENY');
    expect(first.headers()['x-content-type-options']).toBe('nosniff');
    // The page's own scripts carry the nonce of its policy.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    // Hydrated under the policy: a client-side form reacts, and the browser reported no violation.
    await page.goto('/mal');
    await page.getByRole('link', { name: 'Min styrkedja' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Min styrkedja' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('plain http sends no HSTS, even when a client claims https (e2e/reverse-proxy.spec.ts covers https)', async ({ request }) => {
    const answer = await request.get('/logga-in', { headers: { 'x-forwarded-proto': 'https' } });
    expect(answer.status()).toBe(200);
    expect(answer.headers()['strict-transport-security']).toBeUndefined();
  });
});
