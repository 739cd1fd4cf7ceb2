// Clean-up that runs once: at the end of a run, on failure and on SIGINT/SIGTERM (then exit 130/143).

const tasks = [];
let running = null;
let interrupted = false;

/** True once SIGINT or SIGTERM arrived (the run's own errors after that are the clean-up's doing). */
export const wasInterrupted = () => interrupted;

/** Registers `task` (async); tasks run in reverse order of registration. */
export function onCleanup(task) {
  tasks.push(task);
}

export function runCleanup() {
  running ??= (async () => {
    for (const task of tasks.reverse()) {
      try {
        await task();
      } catch (error) {
        process.stderr.write(`clean-up: ${error instanceof Error ? error.message : error}\n`);
      }
    }
  })();
  return running;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => {
    interrupted = true;
    void runCleanup().finally(() => process.exit(code));
  });
}
