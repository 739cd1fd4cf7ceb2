import { DEFAULT_OPTIONS, type NationalDataOptions } from './load';

const USAGE =
  'usage: npm run data:national -- --database-url postgres://… [--seed national-1] [--gemeinden 11000] ' +
  '[--waves 5] [--laender 07,10]';

/** The command line (and DATABASE_URL as a fallback for --database-url); throws with a message on bad input. */
export function parseArgs(argv: readonly string[], envUrl?: string): { url: string; options: NationalDataOptions } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value\n${USAGE}`);
    values.set(match[1], value);
  }
  const unknown = [...values.keys()].filter(
    (k) => !['database-url', 'seed', 'gemeinden', 'waves', 'laender'].includes(k),
  );
  if (unknown.length > 0) throw new Error(`unknown option --${unknown[0]}\n${USAGE}`);
  const url = values.get('database-url') ?? envUrl ?? '';
  if (!url) throw new Error(`--database-url is missing\n${USAGE}`);
  if (/^pglite:/i.test(url)) {
    throw new Error(
      'the national synthetic data is for PostgreSQL only (millions of rows; the embedded PGlite database is not ' +
        'made for that): pass --database-url postgres://…',
    );
  }
  if (!/^postgres(ql)?:\/\//i.test(url)) throw new Error(`--database-url must start with postgres:// (got "${url}")`);
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be an integer from ${min} to ${max}`);
    return n;
  };
  const laender = (values.get('laender') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.padStart(2, '0'));
  const bad = laender.find((l) => !/^\d{2}$/.test(l) || Number(l) < 1 || Number(l) > 16);
  if (bad) throw new Error(`--laender: "${bad}" is not a Land key (01–16)`);
  return {
    url,
    options: {
      seed: values.get('seed') ?? DEFAULT_OPTIONS.seed,
      gemeinden: integer('gemeinden', DEFAULT_OPTIONS.gemeinden, 0, 100_000),
      waves: integer('waves', DEFAULT_OPTIONS.waves, 1, 10),
      laender: [...new Set(laender)].sort(),
    },
  };
}
