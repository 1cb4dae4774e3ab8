/**
 * The Worker as the benchmarks see it: `wrangler dev` on a local D1 of its own, started and
 * stopped by the bench. Wrangler runs on the Node that runs the bench (Node 22 under `npm run`),
 * in its own process group so that stopping it also stops the workerd it spawned.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const wranglerBin = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js');
export const BENCH_ADMIN_TOKEN = 'bench';
/** Drops the Worker's facts and answers in memory (`DELETE /v1/admin/cache`): its next requests read D1. */
export async function dropCache(base: string): Promise<void> {
  const dropped = await fetch(`${base}/v1/admin/cache`, { method: 'DELETE', headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}` } });
  await dropped.arrayBuffer();
  if (!dropped.ok) throw new Error(`DELETE ${base}/v1/admin/cache → ${dropped.status}`);
}
export const BENCH_SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');

const wranglerEnv = () => ({ ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' });

/** Runs a wrangler command to completion; rejects with its output when it fails. */
export function runWrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wranglerBin, ...args], { cwd: repoRoot, env: wranglerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} exited ${code}:\n${output.slice(-2000)}`))));
  });
}

/** A fresh directory for a local D1 (and whatever else wrangler persists), removed by `remove`. */
export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `yibao-bench-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export async function applyMigrations(persistTo: string): Promise<void> {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);
}

/** The SQLite file miniflare keeps the `DB` binding in, once migrations have created it. */
export function d1SqlitePath(persistTo: string): string {
  const dir = join(persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /^[0-9a-f]{64}\.sqlite$/.test(name)) : [];
  if (files.length !== 1) throw new Error(`expected one D1 database under ${dir}, found ${files.length}`);
  return join(dir, files[0]);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface LocalWorker {
  /** Where to send requests: the Worker's own workerd socket when it could be found, else `proxyBase`. */
  base: string;
  /** `wrangler dev`'s port, served by its dev proxy (a second workerd) in front of the Worker. */
  proxyBase: string;
  /** CPU time so far of wrangler's processes (workerd above all), in ms; NaN off Linux. */
  cpuMs: () => number;
  /**
   * CPU time so far of the workerd that runs the Worker itself (not wrangler, not the dev
   * proxy's workerd), in ms; NaN when its socket was not found. Local D1 and KV run inside it too.
   */
  workerCpuMs: () => number;
  /** wrangler's inspector (Chrome DevTools protocol) of the Worker, for CPU profiles. */
  inspectorPort: number;
  /** The bundle the Worker runs (esbuild's, with a `// path` line before each module). */
  bundlePath?: string;
  stop: () => Promise<void>;
}

/** USER_HZ: the unit of utime and stime in /proc/<pid>/stat, 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** CPU ms used so far by the given processes (user and system), from /proc (Linux). */
export function processCpuMs(pids: number[]): number {
  if (process.platform !== 'linux') return Number.NaN;
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After "pid (comm) ": state, ppid, … utime and stime are the 12th and 13th fields.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Processes descending from `root`, from /proc (Linux). */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command may hold spaces and parentheses; the fields after its closing one do not.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    for (const [child, parent] of parentOf) {
      if (parent !== pid) continue;
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** TCP ports on 127.0.0.1 that the given processes listen on, from /proc (Linux). */
function listeningPorts(pids: number[]): number[] {
  const inodes = new Set<string>();
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match) inodes.add(match[1]);
      }
    } catch {
      // Not ours to read, or gone.
    }
  }
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === '0A' && inodes.has(fields[9]))
    .map((fields) => parseInt(fields[1].split(':')[1], 16));
}

/**
 * The socket of the workerd that runs the Worker itself, and that workerd's pid. `wrangler dev`
 * puts a proxy Worker in a second workerd in front of it, which costs more than a small route
 * does and would flatten every ratio towards 1; production has no such hop, so the bench goes
 * around it.
 */
async function findWorkerSocket(wranglerPid: number, known: number[]): Promise<{ base: string; pid: number } | undefined> {
  if (process.platform !== 'linux') return undefined;
  for (const pid of descendants(wranglerPid)) {
    for (const port of listeningPorts([pid]).filter((p) => !known.includes(p))) {
      const base = `http://127.0.0.1:${port}`;
      const answer = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2_000) }).then(
        async (r) => r.ok && (await r.text()).includes('"ok"'),
        () => false,
      );
      if (answer) return { base, pid };
    }
  }
  return undefined;
}

export interface LocalWorkerOptions {
  /** The Worker's entry, when not the one `wrangler.toml` names (a bench-only Worker). */
  script?: string;
  timeoutMs?: number;
}

/**
 * `wrangler dev --local` on `persistTo`; resolves once `/health` answers. It serves a bundle
 * built once up front (`--no-bundle`), not the source tree: `wrangler dev` rebuilds and restarts
 * the Worker whenever a source file changes, and others edit this tree while a bench runs.
 */
export async function startLocalWorker(persistTo: string, { script, timeoutMs = 90_000 }: LocalWorkerOptions = {}): Promise<LocalWorker> {
  const build = await tempDir('worker');
  try {
    await runWrangler(['deploy', ...(script ? [script] : []), '--dry-run', '--outdir', build.path]);
    // esbuild names the bundle after the entry: index.js for functions/index.ts.
    const bundle = readdirSync(build.path).find((name) => name.endsWith('.js'));
    if (!bundle) throw new Error(`wrangler built no bundle in ${build.path}`);
    const worker = await serveBuild(join(build.path, bundle), persistTo, timeoutMs);
    return { ...worker, bundlePath: join(build.path, bundle), stop: async () => { await worker.stop(); await build.remove(); } };
  } catch (error) {
    await build.remove();
    throw error;
  }
}

async function serveBuild(script: string, persistTo: string, timeoutMs: number): Promise<LocalWorker> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    [
      wranglerBin, 'dev', script,
      '--config', join(repoRoot, 'wrangler.toml'),
      '--no-bundle',
      '--local',
      '--port', String(port),
      '--ip', '127.0.0.1',
      '--inspector-port', String(inspectorPort),
      '--persist-to', persistTo,
      '--var', `ADMIN_TOKEN:${BENCH_ADMIN_TOKEN}`,
      '--var', `ALLOW_PRIVATE_URLS:${process.env.BENCH_ALLOW_PRIVATE_URLS ?? 'true'}`,
      // A key of the bench's own; the rate limit would turn a load test into a test of the limit.
      '--var', `SECRETS_KEY:${BENCH_SECRETS_KEY}`,
      '--var', `RATE_LIMIT_PER_MINUTE:${process.env.BENCH_RATE_LIMIT_PER_MINUTE ?? '0'}`,
      '--log-level', 'warn',
      '--show-interactive-dev-session=false',
    ],
    { cwd: repoRoot, env: wranglerEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const proxyBase = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);

  const deadline = Date.now() + timeoutMs;
  while (!(await fetch(`${proxyBase}/health`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not become healthy (exit ${child.exitCode}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const direct = await findWorkerSocket(child.pid!, [port, inspectorPort]);
  if (!direct) process.stderr.write(`bench: the Worker's own socket was not found; measuring through wrangler's dev proxy\n`);
  const cpuMs = () => (process.platform === 'linux' ? processCpuMs(descendants(child.pid!)) : Number.NaN);
  const workerCpuMs = () => (direct ? processCpuMs([direct.pid]) : Number.NaN);
  return { base: direct?.base ?? proxyBase, proxyBase, cpuMs, workerCpuMs, inspectorPort, stop };
}

/** SIGTERM to wrangler's process group (wrangler and its workerd), SIGKILL if it lingers. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const killer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5_000);
    child.on('exit', () => {
      clearTimeout(killer);
      // workerd may outlive wrangler by a moment; the group id is still ours to signal.
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

interface SampleIndex {
  baseUrl: string;
  pages: { file: string; adapter: string; trust?: string }[];
}

/** Loads `data/sample` through `POST /v1/admin/articles`, as `npm start` does. Returns the facts written. */
export async function loadBundledSample(base: string): Promise<number> {
  const dir = join(repoRoot, 'data', 'sample');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as SampleIndex;
  let facts = 0;
  for (const page of index.pages) {
    const response = await fetch(`${base}/v1/admin/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: index.baseUrl + page.file, adapter: page.adapter, ...(page.trust ? { trust: page.trust } : {}), html: readFileSync(join(dir, page.file), 'utf8') }),
    });
    const result = (await response.json()) as { facts?: number; detail?: string };
    if (!response.ok) throw new Error(`sample ${page.file}: ${result.detail ?? response.status}`);
    facts += result.facts ?? 0;
  }
  return facts;
}

/** A local D1 with the migrations and the bundled sample, and the Worker serving it. */
export async function startSampleWorker(): Promise<LocalWorker> {
  const dir = await tempDir('sample');
  try {
    await applyMigrations(dir.path);
    const worker = await startLocalWorker(dir.path);
    try {
      await loadBundledSample(worker.base);
    } catch (error) {
      await worker.stop();
      throw error;
    }
    return { ...worker, stop: async () => { await worker.stop(); await dir.remove(); } };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}
