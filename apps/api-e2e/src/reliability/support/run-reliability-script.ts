import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { workspaceRoot } from '../../support/running-api';

/**
 * Runs a script of tools/reliability with its JSON output flag and resolves with the parsed last line of its
 * standard output (the result), the exit code and the standard error. SIGINT after `timeoutMs` (the scripts then
 * clean up their databases and API processes).
 */
export function runReliabilityScript<T>(
  script: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; result: T; stderr: string }> {
  return new Promise((resolve, reject) => {
    // The script must not inherit the test runner's module flags (it passes its own environment to the API).
    const env = { ...process.env };
    delete env['NODE_OPTIONS'];
    delete env['DATABASE_URL'];
    const child = spawn(process.execPath, [join(workspaceRoot, 'tools/reliability', script), ...args], {
      cwd: workspaceRoot,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGINT'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      try {
        resolve({ code, result: JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as T, stderr });
      } catch {
        reject(new Error(`${script} exited with ${code} without a result:\n${stdout}\n${stderr}`));
      }
    });
  });
}
