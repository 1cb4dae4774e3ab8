/// <reference types="vite/client" />
/** Types of the test environment: the Worker's bindings plus what the test config adds. */
import type { D1Migration } from 'cloudflare:test';
import type { Bindings } from '../functions/app';

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      TEST_MIGRATIONS: D1Migration[];
    }
    interface GlobalProps {
      mainModule: typeof import('../functions/index');
    }
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the fixture server, e.g. `http://127.0.0.1:40123`, no trailing slash. */
    fixtureBaseUrl: string;
  }
}
