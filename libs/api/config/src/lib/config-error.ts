/** A setting is missing or wrong. `problems` holds one line per setting, each naming it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.map((problem) => `Configuration error: ${problem}`).join('\n'));
    this.name = 'ConfigError';
  }
}
