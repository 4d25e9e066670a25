import { z } from 'zod';

/**
 * The only module that reads process.env. A bad or missing setting fails at start-up with a clear
 * message instead of surfacing later as a broken page.
 */
const flag = z.enum(['1', '0', 'true', 'false', 'on', 'off']).transform((v) => v === '1' || v === 'true' || v === 'on');

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_PATH: z.string().min(1).default('data/styrkedjan.db'),
    NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET måste vara minst 32 tecken').optional(),
    NEXTAUTH_URL: z.url().optional(),
    /** Demo mode lists the demo accounts on the sign-in page. Never on in a real municipality. */
    STYRKEDJAN_DEMO: flag.default(false),
    /** Local passwords; a municipality that signs in through its IdP switches them off. */
    STYRKEDJAN_CREDENTIALS_LOGIN: flag.default(true),
    /**
     * How many reverse proxies of our own stand in front of the server (0: clients connect to it
     * directly). Only that many X-Forwarded-For entries, counted from the right, are believed.
     */
    STYRKEDJAN_TRUSTED_PROXY_HOPS: z.coerce.number('STYRKEDJAN_TRUSTED_PROXY_HOPS måste vara ett heltal, t.ex. 1 bakom en nginx').int('STYRKEDJAN_TRUSTED_PROXY_HOPS måste vara ett heltal, t.ex. 1 bakom en nginx').min(0).max(5).default(0),
    SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.01).max(10).default(8),
    /** Set by `npm run verify:reliability`: each server process writes its event-loop delay here. */
    STYRKEDJAN_EVENT_LOOP_REPORT: z.string().min(1).optional(),
    /** Single sign-on through the municipality's OIDC provider (e.g. Entra ID); on when an issuer is set. */
    STYRKEDJAN_OIDC_ISSUER: z.url().optional(),
    STYRKEDJAN_OIDC_CLIENT_ID: z.string().min(1).optional(),
    STYRKEDJAN_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    STYRKEDJAN_OIDC_BUTTON_LABEL: z.string().min(1).default('Logga in med kommunens konto'),
    /** The claim holding the person's e-mail address; Entra ID may need `preferred_username` or `upn`. */
    STYRKEDJAN_OIDC_EMAIL_CLAIM: z.string().min(1).default('email'),
    /** When set and present in the token, the person is matched on their employee number instead. */
    STYRKEDJAN_OIDC_EMPLOYEE_NUMBER_CLAIM: z.string().min(1).optional(),
    /**
     * Only for an e-mail claim the municipality's own directory sets and users cannot change (e.g.
     * Entra ID's `upn`): then it is trusted without `email_verified`. Otherwise an address counts only
     * with `email_verified: true`.
     */
    STYRKEDJAN_OIDC_EMAIL_CLAIM_VERIFIED: flag.default(false),
    /** The municipality (SCB code) whose people this provider signs in; nobody of another is ever matched. */
    STYRKEDJAN_OIDC_MUNICIPALITY: z
      .string()
      .regex(/^\d{4}$/, 'STYRKEDJAN_OIDC_MUNICIPALITY är kommunens fyrsiffriga kommunkod (SCB)')
      .optional(),
    /** Kolada's open API (no key needed); tests point it at a local stand-in. */
    KOLADA_BASE_URL: z.url('KOLADA_BASE_URL måste vara en adress, t.ex. https://api.kolada.se/v3/').default('https://api.kolada.se/v3/'),
    /** How long one request to Kolada may take before the fetch gives up, in seconds. */
    KOLADA_TIMEOUT_SECONDS: z.coerce.number().min(1).max(300).default(30),
  })
  .superRefine((env, ctx) => {
    if (env.STYRKEDJAN_OIDC_ISSUER) {
      for (const key of ['STYRKEDJAN_OIDC_CLIENT_ID', 'STYRKEDJAN_OIDC_CLIENT_SECRET', 'STYRKEDJAN_OIDC_MUNICIPALITY'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'krävs när STYRKEDJAN_OIDC_ISSUER är satt' });
      }
      // Tokens and secrets travel to the issuer: plain http only to this machine (tests, local IdP).
      const issuer = new URL(env.STYRKEDJAN_OIDC_ISSUER);
      if (issuer.protocol !== 'https:' && !LOOPBACK_HOSTS.has(issuer.hostname)) {
        ctx.addIssue({ code: 'custom', path: ['STYRKEDJAN_OIDC_ISSUER'], message: 'måste vara en https-adress' });
      }
    }
    if (!env.STYRKEDJAN_CREDENTIALS_LOGIN && !env.STYRKEDJAN_OIDC_ISSUER) {
      ctx.addIssue({ code: 'custom', path: ['STYRKEDJAN_CREDENTIALS_LOGIN'], message: 'lösenordsinloggning kan bara stängas av när inloggning via STYRKEDJAN_OIDC_ISSUER är inställd' });
    }
    if (env.NODE_ENV !== 'production') return;
    if (!env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: 'krävs i produktion (minst 32 slumpmässiga tecken)' });
    }
    if (!env.NEXTAUTH_URL) {
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: 'krävs i produktion (t.ex. https://styrkedjan.kommun.se)' });
    }
  });

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Styrkedjan kan inte starta: felaktiga miljövariabler\n${lines}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    databasePath: e.DATABASE_PATH,
    // In development a fixed secret keeps `next dev` usable without set-up; production requires one.
    authSecret: e.NEXTAUTH_SECRET ?? 'development-only-secret-not-for-production-use',
    authUrl: e.NEXTAUTH_URL,
    demoMode: e.STYRKEDJAN_DEMO,
    credentialsLogin: e.STYRKEDJAN_CREDENTIALS_LOGIN,
    trustedProxyHops: e.STYRKEDJAN_TRUSTED_PROXY_HOPS,
    sessionMaxAgeSeconds: Math.round(e.SESSION_MAX_AGE_HOURS * 3600),
    eventLoopReportFile: e.STYRKEDJAN_EVENT_LOOP_REPORT ?? null,
    sso:
      e.STYRKEDJAN_OIDC_ISSUER && e.STYRKEDJAN_OIDC_CLIENT_ID && e.STYRKEDJAN_OIDC_CLIENT_SECRET && e.STYRKEDJAN_OIDC_MUNICIPALITY
        ? {
            issuer: e.STYRKEDJAN_OIDC_ISSUER.replace(/\/+$/, ''),
            clientId: e.STYRKEDJAN_OIDC_CLIENT_ID,
            clientSecret: e.STYRKEDJAN_OIDC_CLIENT_SECRET,
            buttonLabel: e.STYRKEDJAN_OIDC_BUTTON_LABEL,
            municipalityCode: e.STYRKEDJAN_OIDC_MUNICIPALITY,
            claims: { emailClaim: e.STYRKEDJAN_OIDC_EMAIL_CLAIM, employeeNumberClaim: e.STYRKEDJAN_OIDC_EMPLOYEE_NUMBER_CLAIM ?? null, emailClaimIsVerified: e.STYRKEDJAN_OIDC_EMAIL_CLAIM_VERIFIED },
          }
        : null,
    koladaBaseUrl: e.KOLADA_BASE_URL,
    koladaTimeoutMs: Math.round(e.KOLADA_TIMEOUT_SECONDS * 1000),
  } as const;
}

export const env = load();
