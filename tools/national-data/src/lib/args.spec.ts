import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads the options with their defaults', () => {
    expect(parseArgs(['--database-url', 'postgres://postgres@127.0.0.1/x'])).toEqual({
      url: 'postgres://postgres@127.0.0.1/x',
      options: { seed: 'national-1', gemeinden: 11_000, waves: 5, laender: [] },
    });
    expect(
      parseArgs(['--seed=s', '--gemeinden', '200', '--waves', '2', '--laender', '10,7'], 'postgresql://h/db'),
    ).toEqual({ url: 'postgresql://h/db', options: { seed: 's', gemeinden: 200, waves: 2, laender: ['07', '10'] } });
  });

  it('refuses pglite URLs with a clear message, and bad input', () => {
    expect(() => parseArgs(['--database-url', 'pglite://memory'])).toThrow(/PostgreSQL only/);
    expect(() => parseArgs([])).toThrow(/--database-url is missing/);
    expect(() => parseArgs(['--database-url', 'mysql://x'])).toThrow(/postgres:\/\//);
    expect(() => parseArgs(['--database-url', 'postgres://x', '--waves', '0'])).toThrow(/--waves/);
    expect(() => parseArgs(['--database-url', 'postgres://x', '--laender', '17'])).toThrow(/--laender/);
    expect(() => parseArgs(['--database-url', 'postgres://x', '--foo', '1'])).toThrow(/unknown option --foo/);
  });
});
