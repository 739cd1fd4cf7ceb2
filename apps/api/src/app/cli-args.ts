import { StartupError } from './startup';

export interface CliArgs {
  file: string;
  flags: Set<string>;
  options: Map<string, string>;
}

/** `FILE [--flag] [--option value]`: exactly one file; unknown flags or options end with the usage line. */
export function parseCliArgs(args: string[], usage: string, flags: string[], options: string[]): CliArgs {
  const files: string[] = [];
  const result: CliArgs = { file: '', flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (flags.includes(arg)) result.flags.add(arg);
    else if (options.includes(arg) && i + 1 < args.length) result.options.set(arg, args[++i]);
    else if (arg.startsWith('--')) throw new StartupError(usage);
    else files.push(arg);
  }
  if (files.length !== 1) throw new StartupError(usage);
  result.file = files[0];
  return result;
}
