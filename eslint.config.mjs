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
    // Shared code serves every feature and knows none of them: a feature may use lib/, components/
    // and db/, never the other way round, so a feature folder can be read (and removed) on its own.
    files: ['lib/**', 'components/**', 'db/**', 'server/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/features/*', '@/features/**', '@/app/*', '@/app/**'], message: 'Delad kod importerar inte från features/ eller app/.' }] }],
    },
  },
  {
    // Routes stay thin: what a page needs comes from its feature folder, never from another route.
    files: ['features/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '@/app/**'], message: 'En funktion importerar inte från app/.' }] }],
    },
  },
  {
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
