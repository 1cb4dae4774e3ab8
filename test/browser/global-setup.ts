/**
 * The browser project's setup: the Worker under `wrangler dev` on a fresh local D1 with the
 * migrations applied and the bundled sample loaded (as `npm start` serves it), on a free port.
 * Without Debian's chromium the browser tests skip with one line, except under CI, where a
 * missing browser is a failure (`.ci/run` installs it).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { BENCH_ADMIN_TOKEN, startSampleWorker, type LocalWorker } from '../../bench/local-worker';
import { CHROMIUM_PATH } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Worker's base URL, or '' when the browser tests are skipped. */
    explorerBase: string;
    explorerAdminToken: string;
  }
}

let worker: LocalWorker | undefined;

export async function setup(project: TestProject) {
  project.provide('explorerAdminToken', BENCH_ADMIN_TOKEN);
  if (!existsSync(CHROMIUM_PATH)) {
    const why = `${CHROMIUM_PATH} is missing (apt-get install chromium; .ci/run installs it)`;
    if (process.env.CI === 'true') throw new Error(`browser tests cannot run under CI: ${why}`);
    console.warn(`browser tests skipped: ${why}`);
    project.provide('explorerBase', '');
    return;
  }
  worker = await startSampleWorker();
  project.provide('explorerBase', worker.proxyBase);
}

export async function teardown() {
  await worker?.stop();
}
