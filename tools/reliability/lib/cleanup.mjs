// Clean-up that runs once: at the end of a run, on failure and on SIGINT/SIGTERM (then exit 130/143).

const tasks = [];
let running = null;

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
    void runCleanup().finally(() => process.exit(code));
  });
}
