/** drizzle-kit: `npm run db:generate` writes SQL migrations that wrangler applies to D1. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
