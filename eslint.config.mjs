import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.reliability/**', '.next/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      // Only lib/env.ts reads the environment, validated; everything else imports `env`.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Läs miljövariabler via lib/env.ts.' }],
    },
  },
  {
    // Outside the app: the env module itself, build and test tooling, and scripts that start the app.
    files: ['lib/env.ts', 'instrumentation.ts', 'scripts/**', 'server/**', 'test-support/**', 'e2e/**', 'playwright.config.ts', 'next.config.js', 'vitest.config.mts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
