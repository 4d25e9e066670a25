import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL from db/schema; the database path is irrelevant for `generate`,
// and migrations are applied by db/migrate.ts (`npm run db:migrate`).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
