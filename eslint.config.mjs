import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const NO_FEATURES = { group: ['@/features/*', '@/features/**', '@/app/*', '@/app/**'], message: 'Delad kod importerar inte från features/ eller app/.' };
const NO_APP = { group: ['@/app/*', '@/app/**'], message: 'En funktion importerar inte från app/.' };
const NO_DB = { regex: '^(@/|(\\.\\./)+)db(/|$)', message: 'Komponenter når aldrig databasen: enum-värden och typer finns i @/lib/domain.' };
const SERVER_ONLY = [
  { name: 'better-sqlite3', message: 'Komponenter når aldrig databasen: data kommer som props från sidan.' },
  { name: 'server-only', message: 'Komponenter kan hamna i webbläsaren: serverkod hör hemma i features/<område>/queries.ts eller mutations.ts.' },
  { name: '@/lib/auth/viewer', message: 'Komponenter läser aldrig sessionen: sidan skickar det som behövs som props.' },
];

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
      'no-restricted-imports': ['error', { patterns: [NO_FEATURES] }],
    },
  },
  {
    // Routes stay thin: what a page needs comes from its feature folder, never from another route.
    files: ['features/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_APP] }],
    },
  },
  {
    // Components may end up in the browser bundle (any of them can be imported by a 'use client'
    // file), so they never reach the database or the viewer's session: a client component that
    // imported db/ would ship the driver and the schema, or fail the build. Data comes in as props
    // from the page; enums and their types come from lib/domain, which has no database import.
    // A later block replaces the rule's options, so each keeps the restriction of its folder above.
    files: ['components/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: SERVER_ONLY, patterns: [NO_FEATURES, NO_DB] }],
    },
  },
  {
    files: ['features/*/components/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: SERVER_ONLY, patterns: [NO_APP, NO_DB] }],
    },
  },
  {
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
