// The built API (dist/apps/api/main.js) as a child process: start and wait for health, kill -9, stop, migrate.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const workspaceRoot = join(import.meta.dirname, '..', '..', '..');
export const defaultMainJs = join(workspaceRoot, 'dist/apps/api/main.js');

const running = new Set();

/** The environment of an API for `databaseUrl` with a first administrator; no demo data, quiet logs. */
export function apiEnv(databaseUrl, admin, extra = {}) {
  // The child must not inherit a test runner's module flags.
  const inherited = { ...process.env };
  delete inherited.NODE_OPTIONS;
  return {
    ...inherited,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: process.env.RELIABILITY_LOG_LEVEL ?? 'warn',
    DEMO_DATA: 'false',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    ...extra,
  };
}

/** A free TCP port on loopback (closed again before the API binds it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `main.js migrate` to completion; throws with the output when it fails. */
export function migrate(env, mainJs = defaultMainJs) {
  const result = spawnSync(process.execPath, [mainJs, 'migrate'], { env, encoding: 'utf8', cwd: workspaceRoot });
  if (result.status !== 0) throw new Error(`migrate failed (${result.status}):\n${result.stdout}${result.stderr}`);
}

/**
 * Starts the API and resolves once GET /api/health answers 200: { baseUrl, pid, startMs, output(), kill9(), stop(),
 * exited }. `startMs` is spawn to first healthy answer. Fails with the API's output when it exits or stays
 * unhealthy for `timeoutMs`.
 */
export async function startApi(env, { mainJs = defaultMainJs, port, timeoutMs = 60_000 } = {}) {
  port ??= await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [mainJs], {
    cwd: workspaceRoot,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  let lastStatus = null;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`API exited (${child.exitCode ?? child.signalCode}) during start-up:\n${output}`);
    }
    if (performance.now() - t0 > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`API not healthy within ${timeoutMs} ms (last status ${lastStatus}):\n${output}`);
    }
    lastStatus = await fetch(`${baseUrl}/api/health`).then(
      (res) => res.status,
      () => null,
    );
    if (lastStatus === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  const startMs = performance.now() - t0;
  return {
    baseUrl,
    pid: child.pid,
    startMs,
    output: () => output,
    exited,
    /** kill -9; resolves once the process is gone. */
    kill9: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
    /** SIGTERM (graceful shutdown: the embedded database is closed cleanly); resolves with the exit. */
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Kills every API this process started and that still runs (for clean-up after a failure). */
export async function killAllApis() {
  const waits = [...running].map((child) => {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    return gone;
  });
  await Promise.all(waits);
}

/**
 * Starts the API and kills it (-9) as soon as `condition()` holds (polled between event-loop turns), e.g. when
 * a file appears during its start-up; { killedAfterMs }. Fails when the API exits or `timeoutMs` passes first.
 */
export async function startAndKillWhen(env, condition, { mainJs = defaultMainJs, timeoutMs = 60_000 } = {}) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [mainJs], {
    cwd: workspaceRoot,
    env: { ...env, HOST: '127.0.0.1', PORT: String(await freePort()) },
    stdio: 'ignore',
  });
  running.add(child);
  const exited = new Promise((resolve) => child.once('exit', resolve)).finally(() => running.delete(child));
  while (!condition()) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('API exited before the kill');
    if (performance.now() - t0 > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const killedAfterMs = performance.now() - t0;
  child.kill('SIGKILL');
  await exited;
  return { killedAfterMs };
}
