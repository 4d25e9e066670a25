/** The app's registration at the test IdP, shared by the provider script and the spec. */
export const OIDC_CLIENT_ID = 'styrkedjan-e2e';
export const OIDC_CLIENT_SECRET = 'styrkedjan-e2e-client-secret-0123456789';
