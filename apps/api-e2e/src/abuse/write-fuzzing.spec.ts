import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ResponseDetail, WaveDetail } from '@digitalcheck/shared-contracts';
import fc from 'fast-check';
import { DEMO, DEMO_PASSWORD, invite } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import { applicationTables, changedTables, fingerprint } from './support/db-fingerprint';
import { fuzzCases, type FuzzCase, wrongTypeSweep } from './support/fuzz-cases';
import { closeFuzzConnections, sendRaw, sessionHeaders } from './support/fuzz-client';
import { POLLUTION_KEY, POLLUTION_VALUE } from './support/hostile-inputs';
import { type PrototypeKeys, type ProbedApi, startProbedApi } from './support/probed-api';
import { type Fixtures, type FuzzActor, WRITE_TARGETS } from './support/write-targets';

/**
 * Property-based fuzzing of every write operation of the OpenAPI document (support/write-targets.ts): malformed
 * JSON, bodies over the limit, valid bodies broken by construction (a missing field, a wrong type, an unknown
 * key) that carry hostile payloads (huge and Unicode edge-case strings, deep nesting, __proto__/constructor/
 * prototype keys), and junk path parameters. Every answer is a 4xx in the API's error shape (a 2xx only where
 * the endpoint changes nothing), and the database is the same before and after each endpoint's run.
 *
 * FUZZ_RUNS sets the cases per endpoint (default 300: the whole spec stays well within 3 minutes on the
 * embedded database on a 2-core machine); the seed is fixed, so a failure repeats.
 */
const FUZZ_RUNS = Math.max(1, Math.floor(Number(process.env['FUZZ_RUNS'] ?? '')) || 300);
/** Fixed, so a failure repeats; FUZZ_SEED explores other cases (e.g. a long run before a release). */
const SEED = Number(process.env['FUZZ_SEED']) || 20261125;
/** The API's default REQUEST_BODY_LIMIT (1mb). */
const BODY_LIMIT = 1_048_576;

/**
 * Tables the fingerprint leaves out, because requests that fail validation legitimately write them. Only
 * user_session: a signed-in request renews the session's idle expiry (at most once a minute, so a run longer than
 * that moves it); that the three sessions are still signed in is checked after each endpoint instead. Every other
 * table is compared, audit_event and login_throttle included: the cases never get as far as a password check (a
 * failed sign-in is audited and counted), and analytics_stamp moves only when answers are stored.
 */
const EXCLUDED_TABLES: Record<string, string> = {
  user_session: 'a signed-in request renews the session’s last_seen_at/expires_at (at most once a minute)',
};

const HOUR = 3_600_000;
const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString();

describe(`abuse: write fuzzing (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let probed: ProbedApi;
  let tables: string[];
  let fixtures: Fixtures;
  let prototypeAtStart: PrototypeKeys;
  const sessions = {} as Record<Exclude<FuzzActor, 'anonymous'>, SessionClient>;

  beforeAll(async () => {
    database = await createTestDatabase();
    probed = await startProbedApi(database.url);
    const baseUrl = probed.api.baseUrl;
    sessions.admin = await SessionClient.signIn(baseUrl, DEMO.admin, DEMO_PASSWORD);
    sessions.spare = await SessionClient.signIn(baseUrl, DEMO.admin, DEMO_PASSWORD);
    sessions.respondent = await SessionClient.signIn(baseUrl, DEMO.mayenKoblenz, DEMO_PASSWORD);
    fixtures = await createFixtures(sessions.admin, sessions.respondent);
    tables = await applicationTables(probed.read, Object.keys(EXCLUDED_TABLES));
    prototypeAtStart = await probed.prototypeKeys();
  }, 120_000);

  afterAll(async () => {
    closeFuzzConnections();
    await probed?.close();
    await probed?.api.stop();
    await database?.drop();
  });

  async function createFixtures(admin: SessionClient, respondent: SessionClient): Promise<Fixtures> {
    const ok = <T>(response: { status: number; body: T }, what: string): T => {
      if (response.status >= 300)
        throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const waves = ok(await admin.get<WaveDetail[]>('waves'), 'listing waves');
    const openWave = waves.find((wave) => wave.status === 'open')?.id as string;
    const scheduled = ok(
      await admin.post<WaveDetail>('waves', {
        title: 'Geplante Fuzz-Welle',
        questionnaireId: 'digitale-kommune',
        questionnaireVersion: 1,
        regionArs: ['07137'],
        startsAt: inDays(10),
        endsAt: inDays(40),
      }),
      'creating a wave',
    );
    const draft = ok(
      await respondent.post<ResponseDetail>(`waves/${openWave}/regions/07137/response`),
      'opening a response',
    );
    let publishedResponse = '';
    for (const wave of waves.filter((w) => w.status === 'closed')) {
      const mine = ok(
        await respondent.get<Array<{ responseId: string | null; status: string | null }>>(
          `waves/${wave.id}/responses/mine`,
        ),
        'reading my responses',
      );
      publishedResponse ||= mine.find((entry) => entry.status === 'published')?.responseId ?? '';
    }
    const measures = ok(await admin.get<Array<{ id: string; version: number }>>('measures'), 'listing measures');
    const definition = ok(
      await admin.get<Record<string, unknown>>('questionnaires/digitale-kommune/versions/1/export'),
      'exporting the questionnaire',
    );
    const { invitation } = await invite(admin, 'fuzz.pending@test.example', 'RESPONDENT', '07140');
    const session = ok(await respondent.session(), 'reading the session');
    const result: Fixtures = {
      openWave,
      scheduledWave: scheduled.id,
      draftResponse: draft.id,
      publishedResponse,
      pendingInvitation: invitation.id,
      respondentUser: session.user?.id as string,
      measure: measures[0].id,
      measureVersion: measures[0].version,
      definition,
    };
    for (const [name, value] of Object.entries(result)) {
      if (typeof value === 'string') expect(`${name} ${value}`).toMatch(/ [0-9a-f-]{36}$/);
    }
    expect(Object.keys(definition)).toEqual(expect.arrayContaining(['id', 'version', 'sections']));
    return result;
  }

  const clientOf = (actor: FuzzActor) => (actor === 'anonymous' ? null : sessions[actor]);

  /** Problems with one answer (empty: fine). */
  function problemsOf(answer: { status: number; contentType: string; text: string }, fuzzCase: FuzzCase): string[] {
    const problems: string[] = [];
    const { status } = answer;
    if (fuzzCase.status !== undefined && status !== fuzzCase.status) problems.push(`expected ${fuzzCase.status}`);
    if (status >= 500) problems.push('server error');
    if (status === 401 || status === 403) problems.push('did not get past the guards');
    if (status < 400 && !(fuzzCase.successAllowed && status >= 200 && status < 300)) problems.push('not refused');
    if (status >= 400) {
      let body: { statusCode?: unknown; code?: unknown; message?: unknown } = {};
      try {
        body = JSON.parse(answer.text);
      } catch {
        problems.push('error body is not JSON');
      }
      if (!answer.contentType.includes('application/json')) problems.push(`content type ${answer.contentType}`);
      if (body.statusCode !== status || typeof body.code !== 'string' || typeof body.message !== 'string') {
        problems.push('not the API error shape');
      }
    }
    if (answer.text.includes(POLLUTION_VALUE)) problems.push('the answer carries the injected value');
    return problems;
  }

  describe('every write operation of the OpenAPI document is fuzzed', () => {
    let writeOperations: string[];

    beforeAll(async () => {
      const response = await fetch(`${probed.api.baseUrl}/api/docs-json`);
      const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
      writeOperations = Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.keys(methods)
          .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => `${method.toUpperCase()} ${path}`),
      );
    });

    it('has a fuzz table row for each write operation', () => {
      const covered = new Set(Object.keys(WRITE_TARGETS));
      expect(writeOperations.filter((operation) => !covered.has(operation))).toEqual([]);
      expect(writeOperations.length).toBeGreaterThanOrEqual(30);
    });

    it('has no row for an operation that no longer exists', () => {
      const known = new Set(writeOperations);
      expect(Object.keys(WRITE_TARGETS).filter((operation) => !known.has(operation))).toEqual([]);
    });
  });

  describe(`${FUZZ_RUNS} hostile requests per write operation (seed ${SEED})`, () => {
    it.each(Object.entries(WRITE_TARGETS))(
      '%s: only 4xx in the error shape, nothing stored',
      async (operation, target) => {
        const before = await fingerprint(probed.read, tables);
        const method = operation.split(' ')[0];
        const headers = sessionHeaders(clientOf(target.actor));
        const failures: string[] = [];
        const statuses: Record<string, number> = {};
        // Every field of the table with every wrong type first, then FUZZ_RUNS random cases.
        const sweep = wrongTypeSweep(operation, target, fixtures).map((fuzzCase): [FuzzCase] => [fuzzCase]);
        await fc.assert(
          fc.asyncProperty(fuzzCases(operation, target, fixtures, BODY_LIMIT), async (fuzzCase) => {
            const caseHeaders = fuzzCase.contentType ? { ...headers, 'Content-Type': fuzzCase.contentType } : headers;
            const answer = await sendRaw(probed.api.baseUrl, method, fuzzCase.path, caseHeaders, fuzzCase.body);
            const outcome = `${answer.status} ${answer.text.match(/"code":"(\w+)"/)?.[1] ?? ''}`.trim();
            statuses[outcome] = (statuses[outcome] ?? 0) + 1;
            const problems = problemsOf(answer, fuzzCase);
            if (problems.length > 0) {
              failures.push(
                `${fuzzCase.label} → ${answer.status} (${problems.join(', ')}): ${answer.text.slice(0, 300)}`,
              );
            }
          }),
          { numRuns: FUZZ_RUNS + sweep.length, seed: SEED, endOnFailure: true, examples: sweep },
        );
        expect(failures.slice(0, 10)).toEqual([]);
        if (process.env['FUZZ_DEBUG']) console.log(operation, JSON.stringify(statuses));
        // Malformed JSON and bodies over the limit are part of every endpoint's cases (in any run of some length).
        if (FUZZ_RUNS >= 100) {
          expect(Object.keys(statuses)).toEqual(expect.arrayContaining(['400 BAD_REQUEST', '413 PAYLOAD_TOO_LARGE']));
        }

        for (const actor of ['admin', 'spare', 'respondent'] as const) {
          const session = await sessions[actor].session();
          expect(`${actor}: ${session.status} ${session.body.user?.email}`).toMatch(/: 200 \S+@demo\.example$/);
        }
        const after = await fingerprint(probed.read, tables);
        expect(changedTables(before, after)).toEqual([]);
      },
      180_000,
    );
  });

  describe('no request polluted Object.prototype in the API', () => {
    it('inside the API process a fresh object inherits no key and Object.prototype has its usual keys', async () => {
      const now = await probed.prototypeKeys();
      expect(now.inherited).toEqual([]);
      expect(now.own.sort()).toEqual(prototypeAtStart.own.sort());
      expect(now.own).not.toContain(POLLUTION_KEY);
    });

    it('a normal request afterwards behaves and carries no injected property', async () => {
      const session = await sessions.admin.session();
      expect(session.status).toBe(200);
      expect(session.body.user?.email).toBe(DEMO.admin);
      expect(JSON.stringify(session.body)).not.toContain(POLLUTION_KEY);
      // Validation lists unknown keys: a polluted prototype would show up as one.
      const refused = await sessions.admin.post<{ errors: Array<{ field: string }> }>('exports/records', {});
      expect(refused.status).toBe(400);
      expect([...new Set(refused.body.errors.map((error) => error.field))].sort()).toEqual([
        'chart',
        'fileName',
        'format',
      ]);
      const preview = await fetch(
        `${probed.api.baseUrl}/api/v1/questionnaires/digitale-kommune/versions/1/score-preview`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"answers":{}}' },
      );
      expect(preview.status).toBe(200);
      expect(await preview.text()).not.toContain(POLLUTION_KEY);
    });
  });

  describe('the checks can fail', () => {
    it('one valid write changes the fingerprint: a chart export record is an audit event', async () => {
      const before = await fingerprint(probed.read, tables);
      const stored = await sessions.admin.post('exports/records', {
        format: 'csv',
        chart: 'Kontrolle',
        fileName: 'kontrolle.csv',
      });
      expect(stored.status).toBe(201);
      const changed = changedTables(before, await fingerprint(probed.read, tables));
      expect(changed).toEqual([expect.stringMatching(/^audit_event \((\d+) → (\d+) rows\)$/)]);
      const [, rowsBefore, rowsAfter] = changed[0].match(/\((\d+) → (\d+)/) ?? [];
      expect(Number(rowsAfter) - Number(rowsBefore)).toBe(1);
    });
  });
});
