import { runReliabilityScript } from './support/run-reliability-script';

/**
 * The CI subset of the load run (issue 10): a short load with deliberate conflicting edits and the read-back of
 * every acknowledged save, on PostgreSQL when TEST_DATABASE_URL is set, else on the embedded database. The full
 * run (200 respondents, 20 analysts, 10 minutes) is `npm run test:reliability`.
 */
interface LoadResult {
  database: string;
  requests: number;
  counters: {
    acknowledged: number;
    conflicts: number;
    keptMine: number;
    failed: number;
    gaveUp: number;
    views: number;
  };
  endpoints: { endpoint: string; count: number; p50: number; p99: number; statuses: Record<string, number> }[];
  fiveHundreds: unknown[];
  apiMemory: { maxMb: number };
  verification: { acknowledged: number; answers: number; responses: number; problemCount: number };
  failures: string[];
}

const postgresUrl = process.env['TEST_DATABASE_URL'];
const database = postgresUrl ? ['--database', 'postgres', '--postgres-url', postgresUrl] : ['--database', 'embedded'];

describe(`load with read-back (${postgresUrl ? 'PostgreSQL' : 'embedded database'})`, () => {
  it('loses no acknowledged save and answers no 5xx while respondents conflict and analysts load dashboards', async () => {
    const run = await runReliabilityScript<LoadResult>(
      'load.mjs',
      [
        ...database,
        ...['--seconds', '15', '--respondents', '24', '--shared-regions', '4', '--analysts', '4'],
        ...['--respondent-think-ms', '200-800', '--seed', '20261125', '--json'],
      ],
      200_000,
    );
    const { result } = run;
    expect(result.failures).toEqual([]);
    expect(run.code).toBe(0);
    expect(result.database).toBe(postgresUrl ? 'postgres' : 'embedded');
    expect(result.fiveHundreds).toEqual([]);
    expect(result.verification.problemCount).toBe(0);
    // Every save a client saw acknowledged was read back: the ledger and the read-back agree on the count.
    expect(result.verification.acknowledged).toBe(result.counters.acknowledged);
    expect(result.counters.acknowledged).toBeGreaterThan(150);
    // 16 respondents alone in their Kreis + 4 pairs of colleagues sharing one = 20 responses.
    expect(result.verification.responses).toBe(20);
    // The pairs edit the same three answers: conflicts happen and are resolved, none fails.
    expect(result.counters.conflicts).toBeGreaterThan(5);
    expect(result.counters.keptMine).toBeGreaterThan(0);
    expect(result.counters.failed).toBe(0);
    expect(result.counters.gaveUp).toBe(0);
    expect(result.counters.views).toBeGreaterThan(10);
    const saves = result.endpoints.find((e) => e.endpoint === 'PUT /responses/{id}/answers/{code}');
    expect(Object.keys(saves?.statuses ?? {}).sort()).toEqual(['200', '409']);
    expect(result.apiMemory.maxMb).toBeGreaterThan(50);
  }, 240_000);
});
