import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  AuditPage,
  BulkInvitationReport,
  InvitationSummary,
  Page,
  ResponseDetail,
  SessionInfo,
  UserSummary,
  WaveDetail,
} from '@digitalcheck/shared-contracts';
import type { RunningApi } from '../support/running-api';
import {
  DEMO,
  DEMO_PASSWORD,
  invite,
  inviteAndAccept,
  startAccountsApi,
  TEST_PASSWORD,
} from './support/accounts-fixtures';
import { type ApiResponse, SessionClient } from './support/session-client';

/**
 * Tenant isolation: every protected endpoint × every kind of caller × resources of the caller's own and of
 * another Land. Other tenants' resources answer 404 (as if absent); a role that may not use an endpoint at
 * all gets 403; nobody signed in gets 401. The meta-test at the end fails when an endpoint has no row.
 */

const ACTORS = [
  'anonymous',
  'admin',
  'analystRlp',
  'analystHe',
  'respondentOwn',
  'respondentSameLand',
  'respondentOtherLand',
] as const;
type Actor = (typeof ACTORS)[number];

const ACTOR_LABELS: Record<Actor, string> = {
  anonymous: 'anonymous',
  admin: 'admin',
  analystRlp: 'analyst RLP (07)',
  analystHe: 'analyst Hessen (06)',
  respondentOwn: 'respondent Mayen-Koblenz (07137)',
  respondentSameLand: 'respondent Cochem-Zell (07135, same Land)',
  respondentOtherLand: 'respondent Darmstadt (06411, other Land)',
};

/** Ids of the resources the beforeAll creates. */
const ids: Record<string, string> = {};
const RANDOM_ID = randomUUID();

/**
 * What a row sends. `id` fills `{id}` in the endpoint's path; `setup` runs (as admin) before every actor's
 * request, so each actor meets the same state even after an earlier actor's request succeeded.
 */
interface Target {
  id?: () => string;
  body?: unknown;
  raw?: { data: string; contentType: string };
  query?: string;
  /** Values of path parameters other than `{id}` for this target (default: PATH_VALUES). */
  pathValues?: Record<string, string>;
  /** Runs before the path is built, so it may replace the resource `id` names (e.g. a fresh wave). */
  setup?: (admin: SessionClient, clients: Record<Actor, SessionClient>) => Promise<unknown>;
  /** The actor's request is sent by a second, fresh session of the actor (logout ends it). */
  freshSession?: boolean;
}

const scope = (role: string, regionArs: string | null) => ({ role, regionArs });

// ---- Surveys: waves and responses made in beforeAll, and what the setups of state-changing rows need ------

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** A wave of the default questionnaire; open now unless `startsInHours` is positive. */
function waveRequest(title: string, regionArs: string[], startsInHours = -1) {
  return {
    title,
    questionnaireId: 'digitale-kommune',
    questionnaireVersion: 1,
    regionArs,
    startsAt: inHours(startsInHours),
    endsAt: inHours(startsInHours + 30 * 24),
  };
}

async function expectStatus<T>(call: Promise<ApiResponse<T>>, status: number, what: string): Promise<T> {
  const response = await call;
  if (response.status !== status) {
    throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

async function createWave(client: SessionClient, title: string, regionArs: string[], startsInHours = -1) {
  const wave = await expectStatus(
    client.post<WaveDetail>('waves', waveRequest(title, regionArs, startsInHours)),
    201,
    `creating wave ${title}`,
  );
  return wave.id;
}

async function openResponse(client: SessionClient, waveId: string, ars: string): Promise<string> {
  const detail = await expectStatus(
    client.post<ResponseDetail>(`waves/${waveId}/regions/${ars}/response`),
    200,
    `opening the response of ${ars}`,
  );
  return detail.id;
}

/** The required answers of digitale-kommune v1 (S1–S4, A1): enough to submit. */
const requiredAnswers = (ars: string): Record<string, unknown> => ({
  S1: ars.padEnd(12, '0'),
  S2: 'landkreis',
  S3: { value: 200_000, referenceDate: '2024-12-31' },
  S4: 'verwaltungsspitze',
  A1: 'c',
});

async function saveAnswers(client: SessionClient, responseId: string, answers: Record<string, unknown>) {
  const detail = await expectStatus(client.get<ResponseDetail>(`responses/${responseId}`), 200, 'reading a response');
  for (const [code, value] of Object.entries(answers)) {
    const baseVersion = detail.answers[code]?.version ?? 0;
    await expectStatus(
      client.request('PUT', `responses/${responseId}/answers/${code}`, {
        body: { value, baseVersion, operationId: randomUUID() },
      }),
      200,
      `saving ${code}`,
    );
  }
}

async function responseStatus(admin: SessionClient, responseId: string): Promise<ResponseDetail> {
  return expectStatus(admin.get<ResponseDetail>(`responses/${responseId}`), 200, 'reading a response');
}

/** Brings a response back to an editable state: a submitted one is reopened by the admin. */
async function ensureEditable(admin: SessionClient, responseId: string): Promise<ResponseDetail> {
  const detail = await responseStatus(admin, responseId);
  if (detail.status === 'submitted') {
    return expectStatus(
      admin.post<ResponseDetail>(`responses/${responseId}/reopen`, { reason: 'matrix setup' }),
      200,
      'reopening',
    );
  }
  if (detail.status === 'published') throw new Error(`response ${responseId} is published`);
  return detail;
}

/** Brings a response to `submitted` (the admin submits a draft or reopened one; answers are complete). */
async function ensureSubmitted(admin: SessionClient, responseId: string): Promise<void> {
  const detail = await responseStatus(admin, responseId);
  if (detail.status === 'draft' || detail.status === 'reopened') {
    await expectStatus(admin.post(`responses/${responseId}/submit`), 200, 'submitting');
  }
}

/** Current version of one answer (0: none). */
const versions: Record<string, number> = {};

/** Fresh resources for rows whose request ends a state for good (close, publish). */
async function freshWaveIfClosed(key: string, manager: SessionClient, ars: string, admin: SessionClient) {
  const wave = await expectStatus(admin.get<WaveDetail>(`waves/${ids[key]}`), 200, 'reading a wave');
  if (wave.status !== 'open') ids[key] = await createWave(manager, `Matrix ${key}`, [ars]);
}

async function freshSubmittedIfPublished(
  key: string,
  manager: SessionClient,
  respondent: SessionClient,
  ars: string,
  admin: SessionClient,
) {
  if (ids[key] && (await responseStatus(admin, ids[key])).status === 'submitted') return;
  const waveId = await createWave(manager, `Matrix ${key}`, [ars]);
  ids[key] = await openResponse(respondent, waveId, ars);
  await saveAnswers(respondent, ids[key], requiredAnswers(ars));
  await expectStatus(respondent.post(`responses/${ids[key]}/submit`), 200, 'submitting');
}

let extendHours = 40 * 24;
/** Every extend asks for a later end than the one before, so each permitted actor's request succeeds. */
const laterEnd = () => ({ endsAt: inHours((extendHours += 1)) });

const answerTarget = (responseKey: string): Target => ({
  id: () => ids[responseKey],
  get body() {
    return { value: 'ja', baseVersion: versions[responseKey] ?? 0, operationId: randomUUID() };
  },
  setup: async (admin) => {
    const detail = await ensureEditable(admin, ids[responseKey]);
    versions[responseKey] = detail.answers['A3']?.version ?? 0;
  },
});

const SURVEY_TARGETS: Record<string, Target> = {
  'RLP wave over 07137 (new)': { body: waveRequest('Neue Welle RLP', ['07137'], 10 * 24) },
  'Hessen wave over 06411 (new)': { body: waveRequest('Neue Welle Hessen', ['06411'], 10 * 24) },
  'RLP wave (open: 07137, 07135)': { id: () => ids['rlpWave'] },
  'RLP wave (scheduled: 07137)': { id: () => ids['rlpScheduled'], body: { title: 'Geplante Welle RLP' } },
  'Hessen wave (open: 06411)': { id: () => ids['heWave'] },
  'Hessen wave (scheduled: 06411)': { id: () => ids['heScheduled'], body: { title: 'Geplante Welle Hessen' } },
  'RLP wave (started)': { id: () => ids['rlpWave'], body: { title: 'Zu spät' } },
  'random wave id': { id: () => RANDOM_ID, body: { title: 'x' } },
  'RLP wave (open; fresh once closed)': {
    id: () => ids['rlpToClose'],
    setup: (admin, clients) => freshWaveIfClosed('rlpToClose', clients.analystRlp, '07137', admin),
  },
  'Hessen wave (open; fresh once closed)': {
    id: () => ids['heToClose'],
    setup: (admin, clients) => freshWaveIfClosed('heToClose', clients.analystHe, '06411', admin),
  },
  'RLP wave, a later end': {
    id: () => ids['rlpWave'],
    get body() {
      return laterEnd();
    },
  },
  'Hessen wave, a later end': {
    id: () => ids['heWave'],
    get body() {
      return laterEnd();
    },
  },
  'random wave id, a later end': { id: () => RANDOM_ID, body: { endsAt: inHours(90 * 24) } },
  'RLP wave, region 07137': { id: () => ids['rlpWave'], pathValues: { '{ars}': '07137' } },
  'RLP wave, region 07135': { id: () => ids['rlpWave'], pathValues: { '{ars}': '07135' } },
  'RLP wave (scheduled), region 07137': { id: () => ids['rlpScheduled'], pathValues: { '{ars}': '07137' } },
  'Hessen wave, region 06411': { id: () => ids['heWave'], pathValues: { '{ars}': '06411' } },
  'Hessen wave, region 07137 (not invited)': { id: () => ids['heWave'], pathValues: { '{ars}': '07137' } },
  'random wave id, region 07137': { id: () => RANDOM_ID, pathValues: { '{ars}': '07137' } },
  // PDF reports of a Land.
  'RLP wave, Land 07': { id: () => ids['rlpWave'], pathValues: { '{land}': '07' } },
  'RLP wave, Land 06': { id: () => ids['rlpWave'], pathValues: { '{land}': '06' } },
  'Hessen wave, Land 06': { id: () => ids['heWave'], pathValues: { '{land}': '06' } },
  'random wave id, Land 07': { id: () => RANDOM_ID, pathValues: { '{land}': '07' } },
  // Analytics trends: a region on its own, or a list of waves in the query (built when the row runs).
  'region 07137 (RLP)': { pathValues: { '{ars}': '07137' } },
  'region 06411 (Hessen)': { pathValues: { '{ars}': '06411' } },
  'unknown region 07999': { pathValues: { '{ars}': '07999' } },
  'RLP waves (open, scheduled)': {
    get query() {
      return `?waveId=${ids['rlpWave']}&waveId=${ids['rlpScheduled']}`;
    },
  },
  'Hessen waves (open, scheduled)': {
    get query() {
      return `?waveId=${ids['heWave']}&waveId=${ids['heScheduled']}`;
    },
  },
  'random wave id and the RLP wave': {
    get query() {
      return `?waveId=${RANDOM_ID}&waveId=${ids['rlpWave']}`;
    },
  },
  // Exports (issue 8): the raw export of a wave for another Land, and chart export records with or without a wave.
  'RLP wave, land=06': { id: () => ids['rlpWave'], query: '?land=06' },
  'chart export of the RLP wave': {
    get body() {
      return { format: 'png', chart: 'Rangfolge', fileName: 'rp_2026_rangfolge.png', waveId: ids['rlpWave'] };
    },
  },
  'chart export of the Hessen wave': {
    get body() {
      return { format: 'csv', chart: 'Rangfolge', fileName: 'he_2026_rangfolge.csv', waveId: ids['heWave'], rows: 1 };
    },
  },
  'chart export without a wave': { body: { format: 'svg', chart: 'Karte', fileName: 'karte.svg' } },
  'Mayen-Koblenz response': { id: () => ids['mkResponse'] },
  'Cochem-Zell response (draft)': { id: () => ids['czResponse'] },
  'Hessen response': { id: () => ids['heResponse'] },
  'random response id': { id: () => RANDOM_ID },
  'random response id, A3': { id: () => RANDOM_ID, body: { value: 'ja', baseVersion: 0, operationId: RANDOM_ID } },
  'random response id, a reason': { id: () => RANDOM_ID, body: { reason: 'x' } },
  'Mayen-Koblenz response, A3': answerTarget('mkResponse'),
  'Hessen response, A3': answerTarget('heResponse'),
  'Mayen-Koblenz response (editable)': {
    id: () => ids['mkResponse'],
    setup: (admin) => ensureEditable(admin, ids['mkResponse']),
  },
  'Hessen response (editable)': {
    id: () => ids['heResponse'],
    setup: (admin) => ensureEditable(admin, ids['heResponse']),
  },
  'Mayen-Koblenz response (submitted)': {
    id: () => ids['mkResponse'],
    body: { reason: 'Zahlen zu A4 werden korrigiert' },
    setup: (admin) => ensureSubmitted(admin, ids['mkResponse']),
  },
  'Hessen response (submitted)': {
    id: () => ids['heResponse'],
    body: { reason: 'Zahlen zu A4 werden korrigiert' },
    setup: (admin) => ensureSubmitted(admin, ids['heResponse']),
  },
  'Mayen-Koblenz response (submitted; fresh once published)': {
    id: () => ids['mkToPublish'],
    setup: (admin, clients) =>
      freshSubmittedIfPublished('mkToPublish', clients.analystRlp, clients.respondentOwn, '07137', admin),
  },
  'Hessen response (submitted; fresh once published)': {
    id: () => ids['heToPublish'],
    setup: (admin, clients) =>
      freshSubmittedIfPublished('heToPublish', clients.analystHe, clients.respondentOtherLand, '06411', admin),
  },
};

// ---- Strategy drafts (issue 9): saved by the region's respondents on a submitted response ------------------

/** The draft version each strategy target saves on top of (read by its setup). */
const strategyVersions: Record<string, number> = {};

async function currentStrategyVersion(reader: SessionClient, responseKey: string): Promise<number> {
  const draft = await expectStatus(
    reader.get<{ version: number }>(`responses/${ids[responseKey]}/strategy`),
    200,
    'reading a strategy draft',
  );
  return draft.version;
}

/** The response submitted, and its draft saved at least once by the region's respondent (so version 1 exists). */
async function ensureStrategySaved(admin: SessionClient, respondent: SessionClient, responseKey: string) {
  await ensureSubmitted(admin, ids[responseKey]);
  const version = await currentStrategyVersion(admin, responseKey);
  if (version === 0) {
    await expectStatus(
      respondent.request('PUT', `responses/${ids[responseKey]}/strategy`, {
        body: { baseVersion: 0, content: { focusFields: [], vision: 'Matrix', measures: [] } },
      }),
      200,
      'saving a strategy draft',
    );
  }
}

const strategyReadTarget = (responseKey: string, respondent: 'respondentOwn' | 'respondentOtherLand'): Target => ({
  id: () => ids[responseKey],
  setup: (admin, clients) => ensureStrategySaved(admin, clients[respondent], responseKey),
});

const strategySaveTarget = (responseKey: string): Target => ({
  id: () => ids[responseKey],
  get body() {
    return {
      baseVersion: strategyVersions[responseKey] ?? 0,
      content: { focusFields: ['VER'], vision: 'Matrix', measures: [] },
    };
  },
  setup: async (admin) => {
    await ensureSubmitted(admin, ids[responseKey]);
    strategyVersions[responseKey] = await currentStrategyVersion(admin, responseKey);
  },
});

const STRATEGY_TARGETS: Record<string, Target> = {
  'Mayen-Koblenz response (submitted, draft saved)': strategyReadTarget('mkResponse', 'respondentOwn'),
  'Hessen response (submitted, draft saved)': strategyReadTarget('heResponse', 'respondentOtherLand'),
  'Mayen-Koblenz response (submitted), current version': strategySaveTarget('mkResponse'),
  'Hessen response (submitted), current version': strategySaveTarget('heResponse'),
  'random response id, empty draft': {
    id: () => RANDOM_ID,
    body: { baseVersion: 0, content: { focusFields: [], vision: '', measures: [] } },
  },
};

// ---- Measures (issue 9): the catalogue is read by everyone signed in and edited by admins only ---------------

/** A measure as POST and PUT send it (all fields of MeasureInput). */
const measureBody = (code: string) => ({
  code,
  field: 'VER',
  title: 'Matrix-Maßnahme',
  description: 'Eine Maßnahme der Isolationsmatrix.',
  effort: 'gering',
  costMin: 0,
  costMax: 1000,
  prerequisite: null,
  improves: ['V4'],
  example: { title: 'Musterhausen', description: 'Verbandsgemeinde Musterhausen.' },
  archived: false,
});

/** The version of the measure the update target edits (read by its setup). */
let measureVersion = 0;

const MEASURE_TARGETS: Record<string, Target> = {
  'a new measure VER-90': { body: measureBody('VER-90') },
  'measure VER-91, current version': {
    id: () => ids['matrixMeasure'],
    get body() {
      return { ...measureBody('VER-91'), baseVersion: measureVersion };
    },
    setup: async (admin) => {
      const listed = await expectStatus(
        admin.get<Array<{ id: string; code: string; version: number }>>('measures?field=VER&includeArchived=true'),
        200,
        'listing measures',
      );
      let measure = listed.find((m) => m.code === 'VER-91');
      if (!measure) {
        measure = await expectStatus(
          admin.post<{ id: string; code: string; version: number }>('measures', measureBody('VER-91')),
          201,
          'creating a measure',
        );
      }
      ids['matrixMeasure'] = measure.id;
      measureVersion = measure.version;
    },
  },
  'random measure id': { id: () => RANDOM_ID, body: { ...measureBody('VER-92'), baseVersion: 1 } },
};

const TARGETS: Record<string, Target> = {
  ...SURVEY_TARGETS,
  ...STRATEGY_TARGETS,
  ...MEASURE_TARGETS,
  '-': {},
  'dry-run CSV, RLP Kreis': {
    body: { csv: 'region;email\n07141;bulk.rlp@test.example\n', role: 'RESPONDENT', dryRun: true },
  },
  'RLP region 07138': { body: { email: 'new.rlp@test.example', role: 'RESPONDENT', regionArs: '07138' } },
  'Hessen region 06435': { body: { email: 'new.he@test.example', role: 'RESPONDENT', regionArs: '06435' } },
  'analyst for Land 07': { body: { email: 'new.analyst.rlp@test.example', role: 'STATE_ANALYST', regionArs: '07' } },
  'analyst for Land 06': { body: { email: 'new.analyst.he@test.example', role: 'STATE_ANALYST', regionArs: '06' } },
  'an ADMIN': { body: { email: 'new.admin@test.example', role: 'ADMIN', regionArs: null } },
  'RLP invitation': { id: () => ids['rlpInvitation'] },
  'Hessen invitation': { id: () => ids['heInvitation'] },
  'RLP invitation (revoke)': { id: () => ids['rlpRevoke'] },
  'Hessen invitation (revoke)': { id: () => ids['heRevoke'] },
  'random id': { id: () => RANDOM_ID },
  'RLP user': { id: () => ids['rlpUser'], body: { status: 'active' } },
  'Hessen user': { id: () => ids['heUser'], body: { status: 'active' } },
  'user of both Länder': { id: () => ids['mixedUser'], body: { status: 'active' } },
  'admin account': { id: () => ids['adminUser'], body: { status: 'active' } },
  'Hessen analyst account': { id: () => ids['analystHeUser'], body: { status: 'active' } },
  'random user id': { id: () => RANDOM_ID, body: { status: 'active' } },
  'RLP user + its own scope': { id: () => ids['rlpUser'], body: scope('RESPONDENT', '07137') },
  'Hessen user + its own scope': { id: () => ids['heUser'], body: scope('RESPONDENT', '06411') },
  'RLP user + new RLP scope': {
    id: () => ids['scratchRlp'],
    body: scope('RESPONDENT', '07143'),
    setup: (admin) => admin.delete(`users/${ids['scratchRlp']}/scopes`, scope('RESPONDENT', '07143')),
  },
  'RLP user + Hessen scope': {
    id: () => ids['scratchRlp'],
    body: scope('RESPONDENT', '06436'),
    setup: (admin) => admin.delete(`users/${ids['scratchRlp']}/scopes`, scope('RESPONDENT', '06436')),
  },
  'Hessen user + new Hessen scope': {
    id: () => ids['scratchHe'],
    body: scope('RESPONDENT', '06437'),
    setup: (admin) => admin.delete(`users/${ids['scratchHe']}/scopes`, scope('RESPONDENT', '06437')),
  },
  'RLP user + ADMIN': {
    id: () => ids['scratchRlp'],
    body: scope('ADMIN', null),
    setup: (admin) => admin.delete(`users/${ids['scratchRlp']}/scopes`, scope('ADMIN', null)),
  },
  'random user id + RLP scope': { id: () => RANDOM_ID, body: scope('RESPONDENT', '07143') },
  'RLP user − RLP scope': {
    id: () => ids['scratchRlp'],
    body: scope('RESPONDENT', '07140'),
    setup: (admin) => admin.post(`users/${ids['scratchRlp']}/scopes`, scope('RESPONDENT', '07140')),
  },
  'Hessen user − Hessen scope': {
    id: () => ids['scratchHe'],
    body: scope('RESPONDENT', '06438'),
    setup: (admin) => admin.post(`users/${ids['scratchHe']}/scopes`, scope('RESPONDENT', '06438')),
  },
  'user of both Länder − Hessen scope': {
    id: () => ids['mixedUser'],
    body: scope('RESPONDENT', '06432'),
    setup: (admin) => admin.post(`users/${ids['mixedUser']}/scopes`, scope('RESPONDENT', '06432')),
  },
  'random user id − RLP scope': { id: () => RANDOM_ID, body: scope('RESPONDENT', '07140') },
  'whole log': {},
  'filtered to Hessen': { query: '?regionArs=06' },
  'a fresh session of the actor': { freshSession: true },
  'empty body': { raw: { data: '', contentType: 'text/csv' } },
  'invalid definition': { body: {} },
  'unknown version': {},
};

/** Concrete values for path parameters other than `{id}`. */
const PATH_VALUES: Record<string, string> = { '{version}': '1', '{ars}': '07137', '{questionCode}': 'A3' };

type Expected = [
  anonymous: number,
  admin: number,
  aRlp: number,
  aHe: number,
  rOwn: number,
  rSame: number,
  rOther: number,
];
type Row = [endpoint: string, target: string, ...expected: Expected];

// The matrix. Columns: anonymous · admin · analyst RLP · analyst Hessen · respondent Mayen-Koblenz (own) ·
// respondent Cochem-Zell (other region, same Land) · respondent Darmstadt (other Land).
// 404 = "does not exist for you"; 403 = "your role may not" (or: outside your Land, for writes);
// 409 = authorised, but the change conflicts with the state (the account already has the scope).
// prettier-ignore
const MATRIX: Row[] = [
  // endpoint                                                target                                 anon adm  aRLP aHE  rOwn rSame rOther
  ['GET /api/v1/users',                                      '-',                                   401, 200, 200, 200, 403, 403, 403],
  ['GET /api/v1/users/{id}',                                 'RLP user',                            401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/users/{id}',                                 'Hessen user',                         401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/users/{id}',                                 'user of both Länder',                 401, 200, 200, 200, 403, 403, 403],
  ['GET /api/v1/users/{id}',                                 'admin account',                       401, 200, 404, 404, 403, 403, 403],
  ['GET /api/v1/users/{id}',                                 'Hessen analyst account',              401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/users/{id}',                                 'random user id',                      401, 404, 404, 404, 403, 403, 403],
  ['PATCH /api/v1/users/{id}/status',                        'RLP user',                            401, 200, 200, 404, 403, 403, 403],
  ['PATCH /api/v1/users/{id}/status',                        'Hessen user',                         401, 200, 404, 200, 403, 403, 403],
  ['PATCH /api/v1/users/{id}/status',                        'user of both Länder',                 401, 200, 403, 403, 403, 403, 403],
  ['PATCH /api/v1/users/{id}/status',                        'admin account',                       401, 409, 404, 404, 403, 403, 403],
  ['PATCH /api/v1/users/{id}/status',                        'random user id',                      401, 404, 404, 404, 403, 403, 403],
  ['POST /api/v1/users/{id}/scopes',                         'RLP user + its own scope',            401, 409, 409, 404, 403, 403, 403],
  ['POST /api/v1/users/{id}/scopes',                         'Hessen user + its own scope',         401, 409, 404, 409, 403, 403, 403],
  ['POST /api/v1/users/{id}/scopes',                         'RLP user + new RLP scope',            401, 201, 201, 404, 403, 403, 403],
  ['POST /api/v1/users/{id}/scopes',                         'RLP user + Hessen scope',             401, 201, 403, 404, 403, 403, 403],
  ['POST /api/v1/users/{id}/scopes',                         'Hessen user + new Hessen scope',      401, 201, 404, 201, 403, 403, 403],
  ['POST /api/v1/users/{id}/scopes',                         'RLP user + ADMIN',                    401, 201, 403, 404, 403, 403, 403],
  ['POST /api/v1/users/{id}/scopes',                         'random user id + RLP scope',          401, 404, 404, 404, 403, 403, 403],
  ['DELETE /api/v1/users/{id}/scopes',                       'RLP user − RLP scope',                401, 200, 200, 404, 403, 403, 403],
  ['DELETE /api/v1/users/{id}/scopes',                       'Hessen user − Hessen scope',          401, 200, 404, 200, 403, 403, 403],
  ['DELETE /api/v1/users/{id}/scopes',                       'user of both Länder − Hessen scope',  401, 200, 403, 200, 403, 403, 403],
  ['DELETE /api/v1/users/{id}/scopes',                       'random user id − RLP scope',          401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/invitations',                                '-',                                   401, 200, 200, 200, 403, 403, 403],
  ['POST /api/v1/invitations',                               'RLP region 07138',                    401, 201, 201, 403, 403, 403, 403],
  ['POST /api/v1/invitations',                               'Hessen region 06435',                 401, 201, 403, 201, 403, 403, 403],
  ['POST /api/v1/invitations',                               'analyst for Land 07',                 401, 201, 201, 403, 403, 403, 403],
  ['POST /api/v1/invitations',                               'analyst for Land 06',                 401, 201, 403, 201, 403, 403, 403],
  ['POST /api/v1/invitations',                               'an ADMIN',                            401, 201, 403, 403, 403, 403, 403],
  ['POST /api/v1/invitations/bulk',                          'dry-run CSV, RLP Kreis',              401, 200, 200, 200, 403, 403, 403],
  ['POST /api/v1/invitations/{id}/resend',                   'RLP invitation',                      401, 200, 200, 404, 403, 403, 403],
  ['POST /api/v1/invitations/{id}/resend',                   'Hessen invitation',                   401, 200, 404, 200, 403, 403, 403],
  ['POST /api/v1/invitations/{id}/resend',                   'random id',                           401, 404, 404, 404, 403, 403, 403],
  ['POST /api/v1/invitations/{id}/revoke',                   'RLP invitation (revoke)',             401, 200, 200, 404, 403, 403, 403],
  ['POST /api/v1/invitations/{id}/revoke',                   'Hessen invitation (revoke)',          401, 200, 404, 200, 403, 403, 403],
  ['POST /api/v1/invitations/{id}/revoke',                   'random id',                           401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/audit',                                      'whole log',                           401, 200, 200, 200, 403, 403, 403],
  ['GET /api/v1/audit',                                      'filtered to Hessen',                  401, 200, 200, 200, 403, 403, 403],
  ['GET /api/v1/audit/export',                               'whole log',                           401, 200, 200, 200, 403, 403, 403],
  ['POST /api/v1/auth/logout',                               'a fresh session of the actor',        204, 204, 204, 204, 204, 204, 204],
  ['POST /api/v1/regions/import',                            'empty body',                          401, 400, 403, 403, 403, 403, 403],
  ['POST /api/v1/questionnaires/import',                     'invalid definition',                  401, 400, 403, 403, 403, 403, 403],
  ['POST /api/v1/questionnaires/{id}/versions/{version}/publish', 'unknown version',                401, 404, 403, 403, 403, 403, 403],
  // Surveys (issue 6). Respondents answer for their own region only; analysts read their Land's responses but
  // do not answer them (403), manage its waves, reopen and publish; another Kreis' response is absent (404).
  ['GET /api/v1/waves',                                      '-',                                   401, 200, 200, 200, 200, 200, 200],
  ['POST /api/v1/waves',                                     'RLP wave over 07137 (new)',           401, 201, 201, 403, 403, 403, 403],
  ['POST /api/v1/waves',                                     'Hessen wave over 06411 (new)',        401, 201, 403, 201, 403, 403, 403],
  ['GET /api/v1/waves/{id}',                                 'RLP wave (open: 07137, 07135)',       401, 200, 200, 404, 200, 200, 404],
  ['GET /api/v1/waves/{id}',                                 'RLP wave (scheduled: 07137)',         401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/waves/{id}',                                 'Hessen wave (open: 06411)',           401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/waves/{id}',                                 'random wave id',                      401, 404, 404, 404, 404, 404, 404],
  ['PATCH /api/v1/waves/{id}',                               'RLP wave (scheduled: 07137)',         401, 200, 200, 404, 403, 403, 403],
  ['PATCH /api/v1/waves/{id}',                               'Hessen wave (scheduled: 06411)',      401, 200, 404, 200, 403, 403, 403],
  ['PATCH /api/v1/waves/{id}',                               'RLP wave (started)',                  401, 409, 409, 404, 403, 403, 403],
  ['PATCH /api/v1/waves/{id}',                               'random wave id',                      401, 404, 404, 404, 403, 403, 403],
  ['POST /api/v1/waves/{id}/close',                          'RLP wave (open; fresh once closed)',  401, 200, 200, 404, 403, 403, 403],
  ['POST /api/v1/waves/{id}/close',                          'Hessen wave (open; fresh once closed)', 401, 200, 404, 200, 403, 403, 403],
  ['POST /api/v1/waves/{id}/close',                          'random wave id',                      401, 404, 404, 404, 403, 403, 403],
  ['POST /api/v1/waves/{id}/extend',                         'RLP wave, a later end',               401, 200, 200, 404, 403, 403, 403],
  ['POST /api/v1/waves/{id}/extend',                         'Hessen wave, a later end',            401, 200, 404, 200, 403, 403, 403],
  ['POST /api/v1/waves/{id}/extend',                         'random wave id, a later end',         401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/waves/{id}/participation',                   'RLP wave (open: 07137, 07135)',       401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/waves/{id}/participation',                   'Hessen wave (open: 06411)',           401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/waves/{id}/participation',                   'random wave id',                      401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/waves/{id}/responses/mine',                  'RLP wave (open: 07137, 07135)',       401, 200, 200, 404, 200, 200, 404],
  ['GET /api/v1/waves/{id}/responses/mine',                  'Hessen wave (open: 06411)',           401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/waves/{id}/responses/mine',                  'random wave id',                      401, 404, 404, 404, 404, 404, 404],
  ['POST /api/v1/waves/{id}/regions/{ars}/response',         'RLP wave, region 07137',              401, 200, 200, 404, 200, 404, 404],
  ['POST /api/v1/waves/{id}/regions/{ars}/response',         'RLP wave, region 07135',              401, 200, 200, 404, 404, 200, 404],
  ['POST /api/v1/waves/{id}/regions/{ars}/response',         'RLP wave (scheduled), region 07137',  401, 409, 404, 404, 409, 404, 404],
  ['POST /api/v1/waves/{id}/regions/{ars}/response',         'Hessen wave, region 06411',           401, 200, 404, 200, 404, 404, 200],
  ['POST /api/v1/waves/{id}/regions/{ars}/response',         'Hessen wave, region 07137 (not invited)', 401, 404, 404, 404, 404, 404, 404],
  ['POST /api/v1/waves/{id}/regions/{ars}/response',         'random wave id, region 07137',        401, 404, 404, 404, 404, 404, 404],
  ['GET /api/v1/responses/{id}',                             'Mayen-Koblenz response',              401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}',                             'Hessen response',                     401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}',                             'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['PUT /api/v1/responses/{id}/answers/{questionCode}',      'Mayen-Koblenz response, A3',          401, 200, 403, 404, 200, 404, 404],
  ['PUT /api/v1/responses/{id}/answers/{questionCode}',      'Hessen response, A3',                 401, 200, 404, 403, 404, 404, 200],
  ['PUT /api/v1/responses/{id}/answers/{questionCode}',      'random response id, A3',              401, 404, 404, 404, 404, 404, 404],
  ['POST /api/v1/responses/{id}/submit',                     'Mayen-Koblenz response (editable)',   401, 200, 403, 404, 200, 404, 404],
  ['POST /api/v1/responses/{id}/submit',                     'Hessen response (editable)',          401, 200, 404, 403, 404, 404, 200],
  ['POST /api/v1/responses/{id}/submit',                     'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['POST /api/v1/responses/{id}/reopen',                     'Mayen-Koblenz response (submitted)',  401, 200, 200, 404, 403, 403, 403],
  ['POST /api/v1/responses/{id}/reopen',                     'Hessen response (submitted)',         401, 200, 404, 200, 403, 403, 403],
  ['POST /api/v1/responses/{id}/reopen',                     'random response id, a reason',        401, 404, 404, 404, 403, 403, 403],
  ['POST /api/v1/responses/{id}/publish',                    'Mayen-Koblenz response (submitted; fresh once published)', 401, 200, 200, 404, 403, 403, 403],
  ['POST /api/v1/responses/{id}/publish',                    'Hessen response (submitted; fresh once published)', 401, 200, 404, 200, 403, 403, 403],
  ['POST /api/v1/responses/{id}/publish',                    'random response id',                  401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/responses/{id}/result',                      'Mayen-Koblenz response (submitted)',  401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/result',                      'Hessen response (submitted)',         401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/result',                      'Cochem-Zell response (draft)',        401, 409, 409, 404, 404, 409, 404],
  ['GET /api/v1/responses/{id}/result',                      'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['GET /api/v1/responses/{id}/comparison',                  'Mayen-Koblenz response (submitted)',  401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/comparison',                  'Hessen response (submitted)',         401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/comparison',                  'Cochem-Zell response (draft)',        401, 409, 409, 404, 404, 409, 404],
  ['GET /api/v1/responses/{id}/comparison',                  'random response id',                  401, 404, 404, 404, 404, 404, 404],
  // Strategy drafts (issue 9): read like the response's result (the region's respondents, the Land's analysts,
  // admins; others 404; 409 before the submit); saved only by the region's respondents (analysts and admins 403).
  ['GET /api/v1/responses/{id}/strategy',                    'Mayen-Koblenz response (submitted)',  401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/strategy',                    'Hessen response (submitted)',         401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/strategy',                    'Cochem-Zell response (draft)',        401, 409, 409, 404, 404, 409, 404],
  ['GET /api/v1/responses/{id}/strategy',                    'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['PUT /api/v1/responses/{id}/strategy',                    'Mayen-Koblenz response (submitted), current version', 401, 403, 403, 404, 200, 404, 404],
  ['PUT /api/v1/responses/{id}/strategy',                    'Hessen response (submitted), current version',        401, 403, 404, 403, 404, 404, 200],
  ['PUT /api/v1/responses/{id}/strategy',                    'random response id, empty draft',     401, 404, 404, 404, 404, 404, 404],
  ['GET /api/v1/responses/{id}/strategy/versions',           'Mayen-Koblenz response (submitted, draft saved)', 401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/strategy/versions',           'Hessen response (submitted, draft saved)',        401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/strategy/versions',           'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['GET /api/v1/responses/{id}/strategy/versions/{version}', 'Mayen-Koblenz response (submitted, draft saved)', 401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/strategy/versions/{version}', 'Hessen response (submitted, draft saved)',        401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/strategy/versions/{version}', 'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['GET /api/v1/responses/{id}/strategy/document',           'Mayen-Koblenz response (submitted)',  401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/strategy/document',           'Hessen response (submitted)',         401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/strategy/document',           'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['GET /api/v1/responses/{id}/strategy.docx',               'Mayen-Koblenz response (submitted)',  401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/strategy.docx',               'Hessen response (submitted)',         401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/strategy.docx',               'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['GET /api/v1/responses/{id}/strategy.pdf',                'Mayen-Koblenz response (submitted)',  401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/strategy.pdf',                'Hessen response (submitted)',         401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/strategy.pdf',                'random response id',                  401, 404, 404, 404, 404, 404, 404],
  ['GET /api/v1/analytics/waves/{id}/strategy-plans',        'RLP wave (open: 07137, 07135)',       401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/strategy-plans',        'Hessen wave (open: 06411)',           401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/strategy-plans',        'random wave id',                      401, 404, 404, 404, 403, 403, 403],
  // Measures and recommendations (issue 9): the catalogue for everyone signed in, edits for admins only (others
  // 403); recommendations are read like the response's result (409 before the submit, others 404).
  ['GET /api/v1/measures',                                   '-',                                   401, 200, 200, 200, 200, 200, 200],
  ['POST /api/v1/measures',                                  'a new measure VER-90',                401, 201, 403, 403, 403, 403, 403],
  ['PUT /api/v1/measures/{id}',                              'measure VER-91, current version',     401, 200, 403, 403, 403, 403, 403],
  ['PUT /api/v1/measures/{id}',                              'random measure id',                   401, 404, 403, 403, 403, 403, 403],
  ['GET /api/v1/responses/{id}/recommendations',             'Mayen-Koblenz response (submitted)',  401, 200, 200, 404, 200, 404, 404],
  ['GET /api/v1/responses/{id}/recommendations',             'Hessen response (submitted)',         401, 200, 404, 200, 404, 404, 200],
  ['GET /api/v1/responses/{id}/recommendations',             'Cochem-Zell response (draft)',        401, 409, 409, 404, 404, 409, 404],
  ['GET /api/v1/responses/{id}/recommendations',             'random response id',                  401, 404, 404, 404, 404, 404, 404],
  // Analytics (issue 7): admins and the analysts of the Land; another Land's wave is absent (404); respondents
  // may not use analytics at all (403), whatever the wave.
  ['GET /api/v1/analytics/waves/{id}/overview', 'RLP wave (open: 07137, 07135)', 401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/overview', 'Hessen wave (open: 06411)',     401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/overview', 'random wave id',                401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/ranking', 'RLP wave (open: 07137, 07135)', 401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/ranking', 'Hessen wave (open: 06411)',     401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/ranking', 'random wave id',                401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/heatmap', 'RLP wave (open: 07137, 07135)', 401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/heatmap', 'Hessen wave (open: 06411)',     401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/heatmap', 'random wave id',                401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/questions/{questionCode}/distribution', 'RLP wave (open: 07137, 07135)', 401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/questions/{questionCode}/distribution', 'Hessen wave (open: 06411)',     401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/questions/{questionCode}/distribution', 'random wave id',                401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/regions/{ars}', 'RLP wave, region 07137',                  401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/regions/{ars}', 'Hessen wave, region 06411',               401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/regions/{ars}', 'Hessen wave, region 07137 (not invited)', 401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/analytics/waves/{id}/regions/{ars}', 'random wave id, region 07137',            401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/analytics/regions/{ars}/trend', 'region 07137 (RLP)',    401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/analytics/regions/{ars}/trend', 'region 06411 (Hessen)', 401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/analytics/regions/{ars}/trend', 'unknown region 07999',  401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/analytics/questions/{questionCode}/trend', 'RLP waves (open, scheduled)',     401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/analytics/questions/{questionCode}/trend', 'Hessen waves (open, scheduled)',  401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/analytics/questions/{questionCode}/trend', 'random wave id and the RLP wave', 401, 404, 404, 404, 403, 403, 403],
  // Exports (issue 8): the raw data of a wave for admins and the Land's analysts (another Land's wave, or another
  // Land of a wave, is absent: 404); chart export records for every signed-in role, 404 for a wave they do not see.
  ['GET /api/v1/exports/waves/{id}/responses', 'RLP wave (open: 07137, 07135)', 401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/exports/waves/{id}/responses', 'Hessen wave (open: 06411)',     401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/exports/waves/{id}/responses', 'RLP wave, land=06',             401, 200, 404, 404, 403, 403, 403],
  ['GET /api/v1/exports/waves/{id}/responses', 'random wave id',                401, 404, 404, 404, 403, 403, 403],
  ['POST /api/v1/exports/records', 'chart export of the RLP wave',    401, 201, 201, 404, 201, 201, 404],
  ['POST /api/v1/exports/records', 'chart export of the Hessen wave', 401, 201, 404, 201, 404, 404, 201],
  ['POST /api/v1/exports/records', 'chart export without a wave',     401, 201, 201, 201, 201, 201, 201],
  // PDF reports: access decided as in analytics before Chromium prints (each 200 here is a rendered PDF).
  ['GET /api/v1/reports/waves/{id}/lands/{land}.pdf', 'RLP wave, Land 07',       401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/reports/waves/{id}/lands/{land}.pdf', 'Hessen wave, Land 06',    401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/reports/waves/{id}/lands/{land}.pdf', 'RLP wave, Land 06',       401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/reports/waves/{id}/lands/{land}.pdf', 'random wave id, Land 07', 401, 404, 404, 404, 403, 403, 403],
  ['GET /api/v1/reports/waves/{id}/regions/{ars}.pdf', 'RLP wave, region 07137',                  401, 200, 200, 404, 403, 403, 403],
  ['GET /api/v1/reports/waves/{id}/regions/{ars}.pdf', 'Hessen wave, region 06411',               401, 200, 404, 200, 403, 403, 403],
  ['GET /api/v1/reports/waves/{id}/regions/{ars}.pdf', 'Hessen wave, region 07137 (not invited)', 401, 404, 404, 404, 403, 403, 403],
];

/**
 * Open to everyone (reference data and the sign-in flows themselves), with a request that shows it: the
 * answer to an anonymous caller is neither 401 nor 403.
 */
const PUBLIC_ENDPOINTS: Record<string, { path: string; body?: unknown }> = {
  'GET /api/health': { path: '/api/health' },
  'GET /api/v1/info': { path: 'info' },
  'GET /api/v1/regions': { path: 'regions' },
  'GET /api/v1/regions/{ars}': { path: 'regions/07137' },
  'GET /api/v1/boundaries': { path: 'boundaries' },
  'GET /api/v1/boundaries/{level}': { path: 'boundaries/LAND' },
  'GET /api/v1/questionnaires': { path: 'questionnaires' },
  'GET /api/v1/questionnaires/{id}/versions/{version}': { path: 'questionnaires/digitale-kommune/versions/1' },
  'GET /api/v1/questionnaires/{id}/versions/{version}/export': {
    path: 'questionnaires/digitale-kommune/versions/1/export',
  },
  'GET /api/v1/questionnaires/{id}/diff': { path: 'questionnaires/digitale-kommune/diff?from=1&to=1' },
  'POST /api/v1/questionnaires/{id}/versions/{version}/score-preview': {
    path: 'questionnaires/digitale-kommune/versions/1/score-preview',
    body: { answers: {} },
  },
  'GET /api/v1/auth/session': { path: 'auth/session' },
  // A malformed body: 400 (a wrong password would answer 401 INVALID_CREDENTIALS, which is no sign of a closed route).
  'POST /api/v1/auth/login': { path: 'auth/login', body: { email: 'not-an-email', password: 'x' } },
  // Identity provider sign-in (oidc.spec.ts): browser redirects; 404 while OIDC is not configured.
  'GET /api/v1/auth/oidc/login': { path: 'auth/oidc/login' },
  'GET /api/v1/auth/oidc/callback': { path: 'auth/oidc/callback' },
  'POST /api/v1/auth/password-reset': { path: 'auth/password-reset', body: { email: 'nobody@test.example' } },
  'POST /api/v1/auth/password-reset/complete': {
    path: 'auth/password-reset/complete',
    body: { token: 'unknown', password: 'a-long-enough-password' },
  },
  'POST /api/v1/invitations/inspect': { path: 'invitations/inspect', body: { token: 'unknown' } },
  'POST /api/v1/invitations/accept': {
    path: 'invitations/accept',
    body: { token: 'unknown', password: 'a-long-enough-password', displayName: 'X' },
  },
};

describe(`accounts: isolation matrix (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  const clients = {} as Record<Actor, SessionClient>;
  const emails = {} as Record<Exclude<Actor, 'anonymous'>, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startAccountsApi(database.url);
    const signIn = (email: string) => SessionClient.signIn(api.baseUrl, email, DEMO_PASSWORD);
    clients.anonymous = new SessionClient(api.baseUrl);
    clients.admin = await signIn(DEMO.admin);
    clients.analystRlp = await signIn(DEMO.analystRlp);
    clients.respondentOwn = await signIn(DEMO.mayenKoblenz);
    clients.respondentSameLand = await signIn(DEMO.cochemZell);
    const admin = clients.admin;

    const analystHe = await inviteAndAccept(admin, 'analyse.he@test.example', 'STATE_ANALYST', '06');
    clients.analystHe = analystHe.client;
    const darmstadt = await inviteAndAccept(admin, 'respondent.darmstadt@test.example', 'RESPONDENT', '06411');
    clients.respondentOtherLand = darmstadt.client;
    Object.assign(emails, {
      admin: DEMO.admin,
      analystRlp: DEMO.analystRlp,
      analystHe: 'analyse.he@test.example',
      respondentOwn: DEMO.mayenKoblenz,
      respondentSameLand: DEMO.cochemZell,
      respondentOtherLand: 'respondent.darmstadt@test.example',
    });

    const userId = async (client: SessionClient) => (await client.session()).body.user?.id ?? '';
    ids['adminUser'] = await userId(admin);
    ids['rlpUser'] = await userId(clients.respondentOwn);
    ids['heUser'] = await userId(clients.respondentOtherLand);
    ids['analystHeUser'] = await userId(clients.analystHe);
    ids['scratchRlp'] = (await inviteAndAccept(admin, 'scratch.rlp@test.example', 'RESPONDENT', '07131')).session.user
      ?.id as string;
    ids['scratchHe'] = (await inviteAndAccept(admin, 'scratch.he@test.example', 'RESPONDENT', '06431')).session.user
      ?.id as string;
    ids['mixedUser'] = (await inviteAndAccept(admin, 'mixed@test.example', 'RESPONDENT', '07132')).session.user
      ?.id as string;
    expect((await admin.post(`users/${ids['mixedUser']}/scopes`, scope('RESPONDENT', '06432'))).status).toBe(201);

    ids['rlpInvitation'] = (await invite(admin, 'pending.rlp@test.example', 'RESPONDENT', '07133')).invitation.id;
    ids['heInvitation'] = (await invite(admin, 'pending.he@test.example', 'RESPONDENT', '06433')).invitation.id;
    ids['rlpRevoke'] = (await invite(admin, 'revoke.rlp@test.example', 'RESPONDENT', '07134')).invitation.id;
    ids['heRevoke'] = (await invite(admin, 'revoke.he@test.example', 'RESPONDENT', '06434')).invitation.id;

    // Surveys: an open RLP wave over Mayen-Koblenz and Cochem-Zell, an open Hessen wave over Darmstadt (each
    // made by the Land's analyst), scheduled ones for PATCH, and the responses of the three regions.
    ids['rlpWave'] = await createWave(clients.analystRlp, 'Matrix RLP', ['07137', '07135']);
    ids['heWave'] = await createWave(clients.analystHe, 'Matrix Hessen', ['06411']);
    ids['rlpScheduled'] = await createWave(clients.analystRlp, 'Matrix RLP geplant', ['07137'], 20 * 24);
    ids['heScheduled'] = await createWave(clients.analystHe, 'Matrix Hessen geplant', ['06411'], 20 * 24);
    ids['rlpToClose'] = await createWave(clients.analystRlp, 'Matrix RLP zu schließen', ['07137']);
    ids['heToClose'] = await createWave(clients.analystHe, 'Matrix Hessen zu schließen', ['06411']);
    ids['mkResponse'] = await openResponse(clients.respondentOwn, ids['rlpWave'], '07137');
    ids['czResponse'] = await openResponse(clients.respondentSameLand, ids['rlpWave'], '07135');
    ids['heResponse'] = await openResponse(clients.respondentOtherLand, ids['heWave'], '06411');
    await saveAnswers(clients.respondentOwn, ids['mkResponse'], requiredAnswers('07137'));
    await saveAnswers(clients.respondentOtherLand, ids['heResponse'], requiredAnswers('06411'));
    await freshSubmittedIfPublished('mkToPublish', clients.analystRlp, clients.respondentOwn, '07137', admin);
    await freshSubmittedIfPublished('heToPublish', clients.analystHe, clients.respondentOtherLand, '06411', admin);

    for (const id of Object.values(ids)) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  async function send(actor: Actor, endpoint: string, targetName: string): Promise<ApiResponse> {
    const target = TARGETS[targetName];
    if (!target) throw new Error(`no target "${targetName}"`);
    const [method, template] = endpoint.split(' ');
    await target.setup?.(clients.admin, clients);
    let path = template.replace('{id}', target.id ? target.id() : 'nope');
    for (const [placeholder, value] of Object.entries({ ...PATH_VALUES, ...target.pathValues })) {
      path = path.replace(placeholder, value);
    }
    path += target.query ?? '';
    let client = clients[actor];
    if (target.freshSession && actor !== 'anonymous') {
      client = new SessionClient(api.baseUrl);
      const password = emails[actor].endsWith('@demo.example') ? DEMO_PASSWORD : TEST_PASSWORD;
      expect((await client.login(emails[actor], password)).status).toBe(200);
    }
    return client.request(method, path, { body: target.body, raw: target.raw });
  }

  const cases = MATRIX.flatMap(([endpoint, target, ...expected]) =>
    ACTORS.map((actor, index) => ({ endpoint, target, actor, label: ACTOR_LABELS[actor], status: expected[index] })),
  );

  const check = async ({ endpoint, target, actor, status }: (typeof cases)[number]) => {
    const response = await send(actor, endpoint, target);
    // The body rides along in the received value, so a failure shows what the API said.
    expect(`${response.status} ${JSON.stringify(response.body)}`).toMatch(new RegExp(`^${status} `));
  };
  for (const c of cases) {
    const title = `${c.endpoint} [${c.target}] as ${c.label} → ${c.status}`;
    it(title, () => check(c));
  }

  describe('lists hold only rows of the caller’s Länder', () => {
    async function allUsers(client: SessionClient): Promise<UserSummary[]> {
      const response = await client.get<Page<UserSummary>>('users?limit=200');
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(response.body.items.length);
      return response.body.items;
    }

    it('users: the RLP analyst sees the RLP accounts and none of Hessen, and only their RLP scopes', async () => {
      const users = await allUsers(clients.analystRlp);
      const listed = users.map((user) => user.email);
      expect(listed).toEqual(
        expect.arrayContaining([DEMO.mayenKoblenz, DEMO.cochemZell, 'scratch.rlp@test.example', 'mixed@test.example']),
      );
      for (const hidden of [
        DEMO.admin,
        'analyse.he@test.example',
        'respondent.darmstadt@test.example',
        'scratch.he@test.example',
        'pending.he@test.example',
      ]) {
        expect(listed).not.toContain(hidden);
      }
      for (const user of users) {
        // Invited people have no scope until they accept; the pending invitation makes them visible.
        if (user.status !== 'invited') expect(user.scopes.length).toBeGreaterThan(0);
        for (const granted of user.scopes) expect(granted.regionArs).toMatch(/^07/);
      }
      expect(listed.filter((email) => /\.he@|darmstadt/.test(email))).toEqual([]);
      const mixed = users.find((user) => user.email === 'mixed@test.example');
      expect(mixed?.scopes.map((s) => s.regionArs)).toEqual(['07132']);
    });

    it('users: the Hessen analyst sees the reverse', async () => {
      const users = await allUsers(clients.analystHe);
      const listed = users.map((user) => user.email);
      expect(listed).toEqual(
        expect.arrayContaining(['respondent.darmstadt@test.example', 'scratch.he@test.example', 'mixed@test.example']),
      );
      for (const hidden of [
        DEMO.admin,
        DEMO.analystRlp,
        DEMO.mayenKoblenz,
        DEMO.cochemZell,
        'scratch.rlp@test.example',
      ]) {
        expect(listed).not.toContain(hidden);
      }
      for (const user of users) for (const granted of user.scopes) expect(granted.regionArs).toMatch(/^06/);
      const mixed = users.find((user) => user.email === 'mixed@test.example');
      expect(mixed?.scopes.map((s) => s.regionArs)).toEqual(['06432']);
    });

    it('users: a search for a Hessen account by the RLP analyst finds nothing', async () => {
      const response = await clients.analystRlp.get<Page<UserSummary>>('users?q=darmstadt');
      expect(response.body).toMatchObject({ items: [], total: 0 });
      const byEmail = await clients.analystRlp.get<Page<UserSummary>>('users?q=analyse.he');
      expect(byEmail.body.total).toBe(0);
    });

    it('users: the admin sees every account with every scope', async () => {
      const users = await allUsers(clients.admin);
      expect(users.map((user) => user.email)).toEqual(
        expect.arrayContaining(Object.values(emails).concat('scratch.rlp@test.example', 'scratch.he@test.example')),
      );
      const mixed = users.find((user) => user.email === 'mixed@test.example');
      expect(mixed?.scopes.map((s) => s.regionArs)).toEqual(['06432', '07132']);
    });

    it('invitations: each analyst lists only invitations of their own Land', async () => {
      for (const [client, own, foreign] of [
        [clients.analystRlp, 'rlp', 'he'],
        [clients.analystHe, 'he', 'rlp'],
      ] as const) {
        const response = await client.get<Page<InvitationSummary>>('invitations?limit=200');
        expect(response.status).toBe(200);
        const listed = response.body.items.map((item) => item.id);
        const land = own === 'rlp' ? '07' : '06';
        expect(listed).toEqual(expect.arrayContaining([ids[`${own}Invitation`], ids[`${own}Revoke`]]));
        expect(listed).not.toContain(ids[`${foreign}Invitation`]);
        expect(listed).not.toContain(ids[`${foreign}Revoke`]);
        for (const item of response.body.items) expect(item.regionArs?.startsWith(land)).toBe(true);
        expect(response.body.total).toBe(response.body.items.length);
      }
      const all = await clients.admin.get<Page<InvitationSummary>>('invitations?limit=200');
      expect(all.body.items.map((item) => item.id)).toEqual(
        expect.arrayContaining([ids['rlpInvitation'], ids['heInvitation'], ids['rlpRevoke'], ids['heRevoke']]),
      );
    });

    async function wholeAudit(client: SessionClient, filter = ''): Promise<AuditPage['items']> {
      const items: AuditPage['items'] = [];
      let before: string | null = null;
      do {
        const response: ApiResponse<AuditPage> = await client.get<AuditPage>(
          `audit?limit=500${filter}${before ? `&before=${before}` : ''}`,
        );
        expect(response.status).toBe(200);
        items.push(...response.body.items);
        before = response.body.nextBefore;
      } while (before);
      return items;
    }

    it('audit: the RLP analyst reads only events of regions in 07, never events without a region', async () => {
      const events = await wholeAudit(clients.analystRlp);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(event.regionArs).toMatch(/^07/);
      expect(events.map((e) => e.entityId)).toContain(ids['rlpInvitation']);
      expect(events.map((e) => e.entityId)).not.toContain(ids['heInvitation']);
      expect(JSON.stringify(events)).not.toMatch(/\.he@test\.example|darmstadt/);
    });

    it('audit: the Hessen analyst reads only events of 06', async () => {
      const events = await wholeAudit(clients.analystHe);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(event.regionArs).toMatch(/^06/);
      expect(events.map((e) => e.entityId)).toContain(ids['heInvitation']);
      expect(events.map((e) => e.entityId)).not.toContain(ids['rlpInvitation']);
    });

    it('audit: filtering for another Land yields nothing rather than that Land’s events', async () => {
      expect(await wholeAudit(clients.analystRlp, '&regionArs=06')).toEqual([]);
      expect(await wholeAudit(clients.analystRlp, '&regionArs=06411')).toEqual([]);
      expect(await wholeAudit(clients.analystRlp, '&action=auth.login')).toEqual([]);
    });

    it('audit: the admin reads events of both Länder and those without a region', async () => {
      const events = await wholeAudit(clients.admin);
      const lands = [...new Set(events.map((event) => event.regionArs?.slice(0, 2) ?? null))];
      expect(lands).toEqual(expect.arrayContaining(['06', '07', null]));
    });

    it('audit export: the RLP analyst’s CSV holds only RLP rows', async () => {
      const response = await clients.analystRlp.get<string>('audit/export');
      expect(response.status).toBe(200);
      const lines = response.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines.slice(1)) expect(line.split(';')[5]).toMatch(/^07/);
      expect(response.body).not.toMatch(/\.he@test\.example|darmstadt/);
    });

    it('bulk dry run: the Hessen analyst’s report refuses the RLP row', async () => {
      const response = await clients.analystHe.post<BulkInvitationReport>('invitations/bulk', {
        csv: 'region;email\n07141;bulk.rlp@test.example\n06439;bulk.he@test.example\n',
        role: 'RESPONDENT',
        dryRun: true,
      });
      expect(response.status).toBe(200);
      expect(response.body.valid.map((row) => row.regionArs)).toEqual(['06439']);
      expect(response.body.invalid).toEqual([expect.objectContaining({ line: 2, regionArs: '07141' })]);
      expect(response.body.created).toEqual([]);
    });
  });

  describe('sessions of respondents', () => {
    it.each([
      ['respondentOwn', '07137'],
      ['respondentSameLand', '07135'],
      ['respondentOtherLand', '06411'],
    ] as const)('%s holds exactly its one region', async (actor, ars) => {
      const response = await clients[actor].get<SessionInfo>('auth/session');
      expect(response.body.user?.scopes).toEqual([
        expect.objectContaining({ role: 'RESPONDENT', regionArs: ars, regionName: expect.any(String) }),
      ]);
    });
  });

  describe('every endpoint is covered', () => {
    let operations: string[];

    beforeAll(async () => {
      const response = await fetch(`${api.baseUrl}/api/docs-json`);
      expect(response.status).toBe(200);
      const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
      operations = Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.keys(methods)
          .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => `${method.toUpperCase()} ${path}`),
      );
    });

    it('every operation of the OpenAPI document has a matrix row or is listed as public', () => {
      const covered = new Set([...MATRIX.map(([endpoint]) => endpoint), ...Object.keys(PUBLIC_ENDPOINTS)]);
      const missing = operations.filter((operation) => !covered.has(operation));
      expect(missing).toEqual([]);
      expect(operations.length).toBeGreaterThan(30);
    });

    it('every matrix row and public entry names an operation that exists', () => {
      const known = new Set(operations);
      const stale = [...MATRIX.map(([endpoint]) => endpoint), ...Object.keys(PUBLIC_ENDPOINTS)].filter(
        (endpoint) => !known.has(endpoint),
      );
      expect(stale).toEqual([]);
    });

    it.each(Object.entries(PUBLIC_ENDPOINTS))('%s is open to anonymous callers', async (_endpoint, call) => {
      const [method] = _endpoint.split(' ');
      const response = await new SessionClient(api.baseUrl).request(method, call.path, { body: call.body });
      expect(response.status).not.toBe(401);
      expect(response.status).not.toBe(403);
      expect(response.status).toBeLessThan(500);
    });
  });
});
