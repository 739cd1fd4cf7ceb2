// Command-line arguments of the reliability scripts: one positional number (the rounds) and --name[=value] flags.

/** `[rounds] [--json] [--seed=N] …` → { rounds, flags }; numbers where a flag's value is numeric. */
export function parseArgs(argv, defaults) {
  const flags = { ...defaults };
  let rounds = defaults.rounds;
  for (const arg of argv) {
    const flag = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (flag) {
      const name = flag[1].replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      const raw = flag[2];
      flags[name] = raw === undefined ? true : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    } else if (/^\d+$/.test(arg)) {
      rounds = Number(arg);
    } else {
      throw new Error(`Unknown argument ${JSON.stringify(arg)}`);
    }
  }
  return { ...flags, rounds };
}
