import type { ParamKind } from './hostile-inputs';

/**
 * The fuzz table: every write operation of the OpenAPI document, who sends it (the most privileged caller
 * that gets past the guards to the validation), real values for its path parameters, and a valid body whose
 * fields the fuzzer breaks. The spec's meta-test fails when the document lists a write operation without a row.
 */

/** Resources the suite creates (or finds in the demo data) before the first fingerprint. */
export interface Fixtures {
  openWave: string;
  scheduledWave: string;
  /** Mayen-Koblenz's draft response in the open wave. */
  draftResponse: string;
  /** Mayen-Koblenz's published response of 2024. */
  publishedResponse: string;
  pendingInvitation: string;
  respondentUser: string;
  measure: string;
  measureVersion: number;
  /** The shipped questionnaire definition (digitale-kommune v1) as its export gives it. */
  definition: Record<string, unknown>;
}

/**
 * `admin`: the demo administrator (reaches every route but the strategy draft, which only the region's
 * respondents save); `respondent`: Mayen-Koblenz (07137); `spare`: a second administrator session
 * for the one route that would end the session it is sent with (logout); `anonymous`: no cookies.
 */
export type FuzzActor = 'admin' | 'respondent' | 'spare' | 'anonymous';

/**
 * How a field is broken with a wrong type: `string` gets numbers, booleans, arrays, objects (and null unless
 * nullable); `enum` also gets strings outside the enum; `object` gets scalars and arrays; `any` is never
 * broken by type (its value is a hostile payload instead).
 */
export type FieldKind = 'string' | 'number' | 'boolean' | 'enum' | 'array' | 'object' | 'uuid' | 'any';

export interface FieldSpec {
  kind: FieldKind;
  required?: boolean;
  nullable?: boolean;
}

export interface WriteTarget {
  actor: FuzzActor;
  /** Real values for the path parameters (`{id}` → `id`). */
  params?: (fixtures: Fixtures) => Record<string, string>;
  /** The kind of each path parameter: each is fuzzed with junk that cannot name a real resource. */
  paramKinds?: Record<string, ParamKind>;
  /** A query string sent with every case (`?dryRun=true`). */
  query?: string;
  /** A valid JSON body: broken by construction before it is sent. Absent: a body-less action. */
  body?: (fixtures: Fixtures) => Record<string, unknown>;
  fields?: Record<string, FieldSpec>;
  /** The endpoint changes nothing whatever the body (a computation): hostile bodies are sent unbroken. */
  readOnly?: boolean;
  /** The body is a file (raw bytes) rather than JSON: hostile bytes go with `query` (a dry run). */
  rawUpload?: boolean;
}

const str = (required = true): FieldSpec => ({ kind: 'string', required });
const enm = (required = true): FieldSpec => ({ kind: 'enum', required });
const num = (required = true): FieldSpec => ({ kind: 'number', required });

const HOUR = 3_600_000;
const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString();

const waveBody = () => ({
  title: 'Fuzz-Welle',
  questionnaireId: 'digitale-kommune',
  questionnaireVersion: 1,
  regionArs: ['07137'],
  startsAt: inDays(20),
  endsAt: inDays(50),
});
const waveFields = (required: boolean): Record<string, FieldSpec> => ({
  title: str(required),
  questionnaireId: str(required),
  questionnaireVersion: num(required),
  regionArs: { kind: 'array' },
  selectors: { kind: 'array' },
  startsAt: str(required),
  endsAt: str(required),
});

const measureBody = () => ({
  code: 'VER-77',
  field: 'VER',
  title: 'Fuzz-Maßnahme',
  description: 'Beschreibung',
  effort: 'gering',
  costMin: 0,
  costMax: 100,
  prerequisite: null,
  improves: ['V4'],
  example: { title: 'Musterhausen', description: 'Beispiel' },
  archived: false,
});
const measureFields: Record<string, FieldSpec> = {
  code: str(),
  field: enm(),
  title: str(),
  description: str(),
  effort: enm(),
  costMin: num(),
  costMax: num(),
  prerequisite: { kind: 'object', required: true, nullable: true },
  improves: { kind: 'array', required: true },
  example: { kind: 'object', required: true },
  archived: { kind: 'boolean' },
};

const scopeFields: Record<string, FieldSpec> = {
  role: enm(),
  regionArs: { kind: 'string', required: true, nullable: true },
};

const id = (pick: (fixtures: Fixtures) => string) => (fixtures: Fixtures) => ({ id: pick(fixtures) });
const UUID_PARAM: Record<string, ParamKind> = { id: 'uuid' };

export const WRITE_TARGETS: Record<string, WriteTarget> = {
  'POST /api/v1/auth/login': {
    actor: 'anonymous',
    body: () => ({ email: 'admin@demo.example', password: 'not-the-password' }),
    fields: { email: str(), password: str() },
  },
  // Any JSON body would end the session: only malformed bodies, sent with a spare session.
  'POST /api/v1/auth/logout': { actor: 'spare' },
  'POST /api/v1/auth/password-reset': {
    actor: 'anonymous',
    body: () => ({ email: 'admin@demo.example' }),
    fields: { email: str() },
  },
  'POST /api/v1/auth/password-reset/complete': {
    actor: 'anonymous',
    body: () => ({ token: 'unknown-token', password: 'a-long-enough-password' }),
    fields: { token: str(), password: str() },
  },
  'POST /api/v1/invitations/inspect': {
    actor: 'anonymous',
    body: () => ({ token: 'unknown-token' }),
    fields: { token: str() },
  },
  'POST /api/v1/invitations/accept': {
    actor: 'anonymous',
    body: () => ({ token: 'unknown-token', password: 'a-long-enough-password', displayName: 'Fuzz' }),
    fields: { token: str(), password: str(), displayName: str(false) },
  },
  'POST /api/v1/invitations': {
    actor: 'admin',
    body: () => ({ email: 'fuzz.invite@test.example', role: 'RESPONDENT', regionArs: '07138' }),
    fields: { email: str(), role: enm(), regionArs: { kind: 'string', required: true, nullable: true } },
  },
  'POST /api/v1/invitations/bulk': {
    actor: 'admin',
    body: () => ({ csv: 'region;email\n07141;fuzz.bulk@test.example\n', role: 'RESPONDENT', dryRun: false }),
    fields: { csv: str(), role: enm(), dryRun: { kind: 'boolean' } },
  },
  'POST /api/v1/invitations/{id}/resend': {
    actor: 'admin',
    params: id((f) => f.pendingInvitation),
    paramKinds: UUID_PARAM,
  },
  'POST /api/v1/invitations/{id}/revoke': {
    actor: 'admin',
    params: id((f) => f.pendingInvitation),
    paramKinds: UUID_PARAM,
  },
  'PATCH /api/v1/users/{id}/status': {
    actor: 'admin',
    params: id((f) => f.respondentUser),
    paramKinds: UUID_PARAM,
    body: () => ({ status: 'disabled' }),
    fields: { status: enm() },
  },
  'POST /api/v1/users/{id}/scopes': {
    actor: 'admin',
    params: id((f) => f.respondentUser),
    paramKinds: UUID_PARAM,
    body: () => ({ role: 'RESPONDENT', regionArs: '07135' }),
    fields: scopeFields,
  },
  'DELETE /api/v1/users/{id}/scopes': {
    actor: 'admin',
    params: id((f) => f.respondentUser),
    paramKinds: UUID_PARAM,
    body: () => ({ role: 'RESPONDENT', regionArs: '07137' }),
    fields: scopeFields,
  },
  'POST /api/v1/regions/import': { actor: 'admin', query: '?dryRun=true&file=fuzz.csv', rawUpload: true },
  // Checked against the definition's JSON Schema (no additional properties anywhere) rather than a DTO.
  'POST /api/v1/questionnaires/import': {
    actor: 'admin',
    body: (f) => f.definition,
    fields: {
      $schema: str(false),
      id: str(),
      version: num(),
      title: str(),
      description: str(false),
      scoring: { kind: 'object', required: true },
      sections: { kind: 'array', required: true },
      indicators: { kind: 'array', required: true },
    },
  },
  'POST /api/v1/questionnaires/{id}/versions/{version}/publish': {
    actor: 'admin',
    params: () => ({ id: 'digitale-kommune', version: '1' }),
    paramKinds: { id: 'slug', version: 'version' },
  },
  'POST /api/v1/questionnaires/{id}/versions/{version}/score-preview': {
    actor: 'anonymous',
    params: () => ({ id: 'digitale-kommune', version: '1' }),
    paramKinds: { id: 'slug', version: 'version' },
    body: () => ({ answers: { A1: 'c' }, referencePopulation: 100_000 }),
    fields: { answers: { kind: 'object', required: true }, referencePopulation: num(false) },
    readOnly: true,
  },
  'POST /api/v1/waves': { actor: 'admin', body: waveBody, fields: waveFields(true) },
  'PATCH /api/v1/waves/{id}': {
    actor: 'admin',
    params: id((f) => f.scheduledWave),
    paramKinds: UUID_PARAM,
    body: () => ({ title: 'Umbenannt' }),
    fields: waveFields(false),
  },
  'POST /api/v1/waves/{id}/close': { actor: 'admin', params: id((f) => f.openWave), paramKinds: UUID_PARAM },
  'POST /api/v1/waves/{id}/extend': {
    actor: 'admin',
    params: id((f) => f.openWave),
    paramKinds: UUID_PARAM,
    body: () => ({ endsAt: inDays(120) }),
    fields: { endsAt: str() },
  },
  'POST /api/v1/waves/{id}/regions/{ars}/response': {
    actor: 'admin',
    params: (f) => ({ id: f.openWave, ars: '07135' }),
    paramKinds: { id: 'uuid', ars: 'ars' },
  },
  'PUT /api/v1/responses/{id}/answers/{questionCode}': {
    actor: 'admin',
    params: (f) => ({ id: f.draftResponse, questionCode: 'A3' }),
    paramKinds: { id: 'uuid', questionCode: 'questionCode' },
    body: () => ({ value: 'ja', baseVersion: 0, operationId: '6f1c2d1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f' }),
    fields: {
      value: { kind: 'any', required: true },
      baseVersion: num(),
      operationId: { kind: 'uuid', required: true },
    },
  },
  'POST /api/v1/responses/{id}/submit': {
    actor: 'admin',
    params: id((f) => f.draftResponse),
    paramKinds: UUID_PARAM,
  },
  'POST /api/v1/responses/{id}/reopen': {
    actor: 'admin',
    params: id((f) => f.publishedResponse),
    paramKinds: UUID_PARAM,
    body: () => ({ reason: 'Korrektur' }),
    fields: { reason: str() },
  },
  'POST /api/v1/responses/{id}/publish': {
    actor: 'admin',
    params: id((f) => f.draftResponse),
    paramKinds: UUID_PARAM,
  },
  'POST /api/v1/exports/records': {
    actor: 'admin',
    body: (f) => ({ format: 'png', chart: 'Rangfolge', fileName: 'rangfolge.png', waveId: f.openWave, rows: 3 }),
    fields: {
      format: enm(),
      chart: str(),
      fileName: str(),
      waveId: { kind: 'uuid' },
      filters: { kind: 'object' },
      rows: num(false),
    },
  },
  'POST /api/v1/measures': { actor: 'admin', body: measureBody, fields: measureFields },
  'PUT /api/v1/measures/{id}': {
    actor: 'admin',
    params: id((f) => f.measure),
    paramKinds: UUID_PARAM,
    body: (f) => ({ ...measureBody(), code: 'VER-78', baseVersion: f.measureVersion }),
    fields: { ...measureFields, archived: { kind: 'boolean', required: true }, baseVersion: num() },
  },
  'PUT /api/v1/responses/{id}/strategy': {
    actor: 'respondent',
    params: id((f) => f.publishedResponse),
    paramKinds: UUID_PARAM,
    body: () => ({ baseVersion: 0, content: { focusFields: ['VER'], vision: 'Vision', measures: [] } }),
    fields: { baseVersion: num(), content: { kind: 'object', required: true } },
  },
};

/** `/api/v1/waves/{id}` with `values` filled in (values are inserted as given: encode them first). */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return value;
  });
}
