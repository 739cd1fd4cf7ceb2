import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const workspaceRoot = join(__dirname, '../../../..');
const mainJs = join(workspaceRoot, 'dist/apps/api/main.js');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningApi {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  /** Resolves with the output once it contains `text`; log lines can arrive after the HTTP answer. */
  waitForOutput(text: string, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then the exit. Nest re-raises the signal after its graceful shutdown, so the exit reports it. */
  stop(): Promise<Exit>;
}

const running = new Set<ChildProcess>();

/** Kills whatever a failed test left running, so jest can exit (registered in jest's setupFilesAfterEnv). */
export function killLeftoverApis(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A free TCP port on loopback (closed again before the API binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  // The child must not inherit the test runner's module flags or the outer DATABASE_URL.
  const { NODE_OPTIONS: _nodeOptions, DATABASE_URL: _url, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'warn', ...env };
}

export interface StartOptions {
  /** Node options before main.js, e.g. `['-r', preloadScript]`. */
  nodeArgs?: string[];
  /** Open an IPC channel to the API process (`process.send` in the child, `child.send` here). */
  ipc?: boolean;
}

/** Starts the built API (`dist/apps/api/main.js`) and resolves once /api/health answers. */
export async function startApi(env: Record<string, string>, options: StartOptions = {}): Promise<RunningApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), mainJs], {
    cwd: workspaceRoot,
    env: childEnv({ HOST: '127.0.0.1', PORT: String(port), ...env }),
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`API exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API did not answer within 45 s:\n${output}`);
    }
    const answered = await fetch(`${baseUrl}/api/health`).then(
      () => true,
      () => false,
    );
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  return {
    baseUrl,
    process: child,
    output: () => output,
    waitForOutput: async (text, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (Date.now() > deadline) throw new Error(`API output did not contain ${JSON.stringify(text)}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return output;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs `main.js` with arguments to completion (for commands and start-up failures). */
export function runApi(args: string[], env: Record<string, string>): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [mainJs, ...args], { cwd: workspaceRoot, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
