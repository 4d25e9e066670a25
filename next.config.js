// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** Pages with personal data must never be cached or framed by another site. */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cache-Control', value: 'no-store' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // pdfkit reads its font metrics from files beside its code at run time: keep it unbundled.
  serverExternalPackages: ['pdfkit'],
  experimental: {
    // Every form is far below 1 MB (Next's default, stated so that it is not raised in passing).
    // The HR files, the one large body, go to their own route (HR_IMPORT_UPLOAD_PATH), which the
    // proxy leaves out and server/serve.ts gives its own limit; the server refuses any other body
    // above the same 1 MB with 413 before Next sees it (docs/operations.md).
    serverActions: { bodySizeLimit: '1mb' },
    proxyClientMaxBodySize: '1mb',
  },
  async headers() {
    return [{ source: '/((?!_next/static).*)', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
