import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Directories this process holds: a second PGlite instance on one directory in one process corrupts it too. */
const heldHere = new Set<string>();

/**
 * Two processes on one PGlite data directory corrupt it (PGlite has no postmaster to stop that), so the
 * directory is claimed with `<dataDir>.lock` holding the owner's pid. A lock whose process is gone is stale
 * and taken over. The returned unlock works once, and only removes a lock that is still ours.
 */
export function lockDataDir(dataDir: string): () => void {
  const directory = resolve(dataDir);
  if (heldHere.has(directory)) {
    throw new Error(`The embedded database in ${directory} is already open in this process.`);
  }
  const lockPath = `${directory}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(directory);
      return unlockOnce(directory, lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The embedded database in ${directory} is in use by process ${owner}. ` +
            'Stop that process first, or set DATABASE_URL=pglite://memory for a throwaway database.',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database directory ${directory}.`);
}

function unlockOnce(directory: string, lockPath: string): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    heldHere.delete(directory);
    if (readOwner(lockPath) === process.pid) rmSync(lockPath, { force: true });
  };
}

function readOwner(lockPath: string): number | null {
  try {
    return Number(readFileSync(lockPath, 'utf8').trim()) || null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
