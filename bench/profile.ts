/**
 * `npm run bench -- profile`: where a warm request's CPU goes inside the Worker. A sampling CPU
 * profile over the Chrome DevTools protocol of wrangler's inspector, while one endpoint's request
 * is sent again and again, one at a time; figures are the share of samples whose innermost frame
 * lies in each part of the bundle (our modules by folder, each library by package), and the top
 * functions are printed. Set BENCH_PROFILE_ENDPOINT (default back_payment) and
 * BENCH_PROFILE_REQUESTS (default 2000).
 */
import { readFileSync } from 'node:fs';
import { ENDPOINTS, type EndpointName } from './endpoints';
import { startSampleWorker } from './local-worker';
import type { BenchPart, Figure } from './part';

const ENDPOINT = (process.env.BENCH_PROFILE_ENDPOINT ?? 'back_payment') as EndpointName;
const REQUESTS = Number(process.env.BENCH_PROFILE_REQUESTS ?? 2000);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A CDP session over the inspector's WebSocket. */
async function inspector(port: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { webSocketDebuggerUrl: string }[];
  // wrangler's inspector proxy admits the DevTools origin; undici's WebSocket takes headers.
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl, { headers: { origin: 'https://devtools.devprod.cloudflare.dev' } } as never);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  return {
    send: <T>(method: string, params: object = {}) =>
      new Promise<T>((resolve) => {
        const id = ++next;
        waiting.set(id, resolve as (result: unknown) => void);
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

/** Which part of the bundle a frame belongs to: a package, one of our folders, or the runtime. */
export function partOf(frame: ProfileNode['callFrame'], source: (url: string, line: number) => string | undefined): string {
  if (!frame.url) return frame.functionName === '(garbage collector)' ? '(gc)' : frame.functionName === '(program)' || frame.functionName === '(idle)' ? frame.functionName : '(runtime)';
  const origin = source(frame.url, frame.lineNumber);
  if (!origin) return '(bundle)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(origin);
  if (pkg) return pkg[1];
  const ours = /(?:^|\/)(functions|core|db|domain|scrapers)\/(?:([^/]+)\/)?/.exec(origin);
  return ours ? `${ours[1]}${ours[2] && !ours[2].includes('.') ? `/${ours[2]}` : ''}` : origin;
}

/** The module of each line of an esbuild bundle, from the `// path` line esbuild puts before each. */
function moduleLines(bundle: string): (url: string, line: number) => string | undefined {
  const starts: { line: number; path: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const match = /^\/\/ ((?:\.\.\/|\.\/)*[\w@./-]+\.(?:[cm]?[jt]s|json))$/.exec(text);
    if (match) starts.push({ line, path: match[1] });
  });
  return (_url, line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid].line <= line) {
        found = starts[mid].path;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

export const profileBench: BenchPart = {
  name: 'profile',
  async run(): Promise<Figure[]> {
    const endpoint = ENDPOINTS.find((e) => e.name === ENDPOINT);
    if (!endpoint) throw new Error(`no endpoint ${ENDPOINT}`);
    const worker = await startSampleWorker();
    try {
      const { method, path, body } = endpoint.request(endpoint.sampleRegion);
      const init = body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
      for (let i = 0; i < 200; i++) await (await fetch(worker.base + path, init)).arrayBuffer();
      const session = await inspector(worker.inspectorPort);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 50 });
      await session.send('Profiler.start');
      for (let i = 0; i < REQUESTS; i++) await (await fetch(worker.base + path, init)).arrayBuffer();
      const { profile } = await session.send<{ profile: Profile }>('Profiler.stop');
      session.close();

      const moduleAt = moduleLines(worker.bundlePath ? readFileSync(worker.bundlePath, 'utf8') : '');
      const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
      const parts = new Map<string, number>();
      const functions = new Map<string, number>();
      let total = 0;
      for (const [i, id] of profile.samples.entries()) {
        const node = byNode.get(id)!;
        const dt = profile.timeDeltas[i] ?? 0;
        const part = partOf(node.callFrame, moduleAt);
        if (part === '(idle)' || part === '(program)') continue;
        total += dt;
        parts.set(part, (parts.get(part) ?? 0) + dt);
        const fn = `${node.callFrame.functionName || '(anonymous)'} [${part}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}]`;
        functions.set(fn, (functions.get(fn) ?? 0) + dt);
      }
      const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 25);
      process.stderr.write(`profile of ${REQUESTS} ${ENDPOINT} requests: ${(total / 1000 / REQUESTS).toFixed(3)} ms of sampled CPU a request\n`);
      for (const [fn, us] of top) process.stderr.write(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${fn}\n`);
      return [
        { name: `profile.${ENDPOINT}.sampled_cpu_ms_per_request`, value: total / 1000 / REQUESTS, unit: 'ms' },
        ...[...parts].sort((a, b) => b[1] - a[1]).map(([part, us]) => ({ name: `profile.${ENDPOINT}.share.${part}`, value: us / total, unit: 'share' })),
      ];
    } finally {
      await worker.stop();
    }
  },
};
