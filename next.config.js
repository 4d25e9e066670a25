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
    // The HR import uploads the HR system's files through a server action: 50,000 employees make
    // about 5 MB, far above the 1 MB default. The action itself refuses files above 25 MB.
    serverActions: { bodySizeLimit: '60mb' },
    proxyClientMaxBodySize: '60mb',
  },
  async headers() {
    return [{ source: '/((?!_next/static).*)', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
