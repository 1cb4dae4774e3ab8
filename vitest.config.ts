/**
 * Two projects:
 * - `workers`: integration tests inside workerd (the real Worker, local D1 with the migrations
 *   applied, a fixture HTTP server on 127.0.0.1 for the scraper to fetch);
 * - `node`: pure unit tests and CLI tests that spawn processes;
 * - `browser`: the explorer in headless Chromium (playwright-core) against `wrangler dev` on a
 *   local D1 with the bundled sample (test/browser/global-setup.ts).
 */
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const migrationsDir = fileURLToPath(new URL('./db/migrations', import.meta.url));

export default defineConfig(async () => {
  const migrations = await readD1Migrations(migrationsDir);
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ADMIN_TOKEN: 'test-admin-token',
                  ALLOW_PRIVATE_URLS: 'true',
                  // A fixed test key (base64 of 32 bytes); tests that need another pass their own env.
                  SECRETS_KEY: 'dGVzdC1zZWNyZXRzLWtleS0zMi1ieXRlcy1sb25nISE=',
                  // Off for the suite: one file tests the limit with its own env.
                  RATE_LIMIT_PER_MINUTE: '0',
                },
              },
            }),
          ],
          test: {
            name: 'workers',
            include: ['test/integration/**/*.test.ts', 'test/worker/**/*.test.ts'],
            setupFiles: ['./test/setup/apply-migrations.ts'],
            globalSetup: ['./test/setup/global-fixture-server.ts'],
          },
        },
        {
          test: {
            name: 'node',
            environment: 'node',
            include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'],
          },
        },
        {
          test: {
            name: 'browser',
            environment: 'node',
            include: ['test/browser/**/*.test.ts'],
            globalSetup: ['./test/browser/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 240_000,
            // After the other projects rather than beside them: wrangler, workerd and chromium
            // on top of the workers and node projects would starve their timed tests.
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  };
});
