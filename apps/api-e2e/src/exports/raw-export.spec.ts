import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  ApiErrorBody,
  AuditPage,
  ChartExportRecordResponse,
  ResponseDetail,
  ResponseResult,
  WaveDetail,
} from '@digitalcheck/shared-contracts';
import type { ResponseScore } from '@digitalcheck/shared-scoring';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import { Workbook, type Worksheet } from 'exceljs';
import { DEMO, DEMO_PASSWORD, inviteAndAccept, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import type { RunningApi } from '../support/running-api';

/**
 * The exports API (issue 8): the raw data export against the answers this test saved and the scores the API
 * computed at submit, in XLSX and CSV (both dialects), the codebook, the formula guard, the audit events and
 * the tenant scope; and the records of chart exports made in the browser.
 */

const HOUR = 3_600_000;
const HYPERLINK = '=HYPERLINK("http://example.org","x")';

type Cells = Record<string, unknown>;

interface Download {
  status: number;
  contentType: string;
  disposition: string;
  body: Buffer;
}

/** A GET with the client's session cookie, the body as bytes (the session client reads text). */
async function download(client: SessionClient, path: string): Promise<Download> {
  const session = client.cookie('dc_session');
  const response = await fetch(`${client.baseUrl}/api/v1/${path}`, {
    headers: session ? { Cookie: `dc_session=${session}` } : {},
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** RFC 4180 with a given separator: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function csvRecords(body: Buffer, separator: string): { header: string[]; rows: Cells[] } {
  const text = body.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = parseCsv(text.slice(1), separator);
  return { header, rows: lines.map((line) => Object.fromEntries(header.map((name, i) => [name, line[i]]))) };
}

async function workbookOf(body: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

function sheetRecords(sheet: Worksheet): { header: string[]; rows: Cells[] } {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Cells[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    rows.push(Object.fromEntries(header.map((name, i) => [name, values[i + 1] ?? null])));
  }
  return { header, rows };
}

/** A number as the CSV dialect writes it. */
const csvNumber = (value: number, dialect: 'de' | 'international') =>
  dialect === 'de' ? String(value).replace('.', ',') : String(value);

describe(`exports API (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let admin: SessionClient;
  let analyst: SessionClient;
  let analystHe: SessionClient;
  let respondent: SessionClient;
  let waveId: string;
  let heWaveId: string;
  /** The answers saved for Mayen-Koblenz (submitted), Cochem-Zell (draft) and Darmstadt (submitted). */
  const answers: Record<string, Record<string, unknown>> = {};
  const results: Record<string, ResponseResult<ResponseScore>> = {};
  const names: Record<string, string> = {};

  const signIn = (email: string, password = DEMO_PASSWORD) => SessionClient.signIn(api.baseUrl, email, password);

  async function createWave(title: string, regionArs: string[]): Promise<string> {
    const response = await admin.post<WaveDetail>('waves', {
      title,
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      regionArs,
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
    });
    if (response.status !== 201) throw new Error(`wave: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  async function answer(ars: string, values: Record<string, unknown>, submit: boolean): Promise<void> {
    const opened = await admin.post<ResponseDetail>(`waves/${waveId}/regions/${ars}/response`);
    expect(opened.status).toBe(200);
    names[ars] = opened.body.regionName;
    for (const [code, value] of Object.entries(values)) {
      const saved = await admin.request('PUT', `responses/${opened.body.id}/answers/${code}`, {
        body: { value, baseVersion: 0, operationId: randomUUID() },
      });
      if (saved.status !== 200) throw new Error(`${ars} ${code}: ${saved.status} ${JSON.stringify(saved.body)}`);
    }
    answers[ars] = values;
    if (!submit) return;
    const submitted = await admin.post(`responses/${opened.body.id}/submit`);
    if (submitted.status !== 200) throw new Error(`submit ${ars}: ${JSON.stringify(submitted.body)}`);
    const result = await admin.get<ResponseResult<ResponseScore>>(`responses/${opened.body.id}/result`);
    expect(result.status).toBe(200);
    results[ars] = result.body;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startAccountsApi(database.url);
    admin = await signIn(DEMO.admin);
    analyst = await signIn(DEMO.analystRlp);
    respondent = await signIn(DEMO.mayenKoblenz);
    analystHe = (await inviteAndAccept(admin, 'analyse.he@test.example', 'STATE_ANALYST', '06')).client;
    waveId = await createWave('Digitalcheck 2026', ['07137', '07135', '07138', '06411']);
    heWaveId = await createWave('Digitalcheck Hessen', ['06411']);
    const base = (ars: string, kind: string) => ({
      ...VERBANDSGEMEINDE_EXAMPLE,
      S1: ars.padEnd(12, '0'),
      S2: kind,
      S3: { value: 210_000, referenceDate: '2024-12-31' },
    });
    await answer('07137', { ...base('07137', 'landkreis'), A4: 2.5, E1: HYPERLINK }, true);
    await answer('07135', { S1: '071350000000', A1: 'e', A7: '4', A2: ['VER'] }, false);
    await answer('06411', { ...base('06411', 'kreisfreieStadt'), A1: 'a', H2: '+49 6151 Rückruf' }, true);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  /** What the row of a region must hold, from the saved answers and the stored score. */
  function expectRow(row: Cells, ars: string, read: (value: unknown) => unknown): void {
    const score = results[ars]?.score ?? null;
    const given = answers[ars];
    expect(read(row['ARS'])).toBe(ars);
    expect(read(row['Name'])).toBe(names[ars]);
    expect(read(row['Ebene'])).toBe('Kreis');
    expect(read(row['Status'])).toBe(score ? 'eingereicht' : 'in Bearbeitung');
    expect(read(row['Index'])).toBe(score?.index.score ?? null);
    for (const field of score?.fields ?? []) expect(read(row[`Index_${field.section}`])).toBe(field.score);
    expect(read(row['A1'])).toBe(given['A1']);
    expect(read(row['A7'])).toBe(Number(given['A7']));
    const a2 = given['A2'] as string[];
    expect(read(row['A2_VER'])).toBe(a2.includes('VER') ? 1 : 0);
    expect(read(row['A2_BIL'])).toBe(a2.includes('BIL') ? 1 : 0);
    if (given['H1']) {
      const h1 = given['H1'] as Record<string, string>;
      expect(read(row['H1_b'])).toBe(Number(h1['b']));
      expect(read(row['P1_SOZ'])).toBe('nichtRelevant');
      expect(read(row['S3'])).toBe(210_000);
      expect(read(row['A4'])).toBe(given['A4']);
    }
  }

  describe('XLSX', () => {
    let workbook: Workbook;
    let file: Download;

    beforeAll(async () => {
      file = await download(admin, `exports/waves/${waveId}/responses?land=07&format=xlsx`);
      expect(file.status).toBe(200);
      workbook = await workbookOf(file.body);
    });

    it('is an attachment named after Land, wave and content', () => {
      expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(file.disposition).toBe('attachment; filename="rp_digitalcheck-2026_rohdaten.xlsx"');
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Daten', 'Codebuch', 'Metadaten']);
    });

    it('holds one typed row per RLP region with a response, equal to the stored answers and scores', () => {
      const data = sheetRecords(workbook.getWorksheet('Daten') as Worksheet);
      expect(data.rows.map((row) => row['ARS'])).toEqual(['07135', '07137']);
      const [draft, submitted] = data.rows;
      expectRow(submitted, '07137', (value) => value);
      expectRow(draft, '07135', (value) => value);
      expect(typeof submitted['Index']).toBe('number');
      expect(submitted['S3_stichtag']).toEqual(new Date('2024-12-31T00:00:00Z'));
      const at = submitted['Eingereicht am'] as Date;
      expect(at).toBeInstanceOf(Date);
      expect(Math.abs(at.getTime() - new Date(results['07137'].submittedAt).getTime())).toBeLessThan(1000);
      expect(submitted['E1']).toBe(`'${HYPERLINK}`);
      expect(JSON.stringify(data.rows)).not.toContain('06411');
    });

    it('has a bold, frozen header row and column widths', () => {
      const sheet = workbook.getWorksheet('Daten') as Worksheet;
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    });

    it('describes every column in the codebook and the export in the metadata', () => {
      const data = sheetRecords(workbook.getWorksheet('Daten') as Worksheet);
      const book = sheetRecords(workbook.getWorksheet('Codebuch') as Worksheet);
      expect(book.header).toEqual([
        'Spalte',
        'Frage',
        'Abschnitt',
        'Fragetext',
        'Typ',
        'Wert',
        'Bezeichnung',
        'Punkte (0–1)',
      ]);
      expect([...new Set(book.rows.map((row) => row['Spalte']))]).toEqual(data.header);
      expect(book.rows.find((row) => row['Spalte'] === 'A1' && row['Wert'] === 'c')).toMatchObject({
        Frage: 'A1',
        Typ: 'Einfachauswahl',
      });
      const meta = Object.fromEntries(
        sheetRecords(workbook.getWorksheet('Metadaten') as Worksheet).rows.map((row) => [row['Feld'], row['Wert']]),
      );
      expect(meta).toMatchObject({
        Befragung: 'Digitalcheck 2026',
        'Befragungs-ID': waveId,
        Land: 'Rheinland-Pfalz (07)',
        Fragebogen: 'digitale-kommune, Version 1',
        Zeilen: 2,
        Quelle: 'Digitalcheck Kommune',
      });
      expect(meta['Exportiert am']).toBeInstanceOf(Date);
    });

    it('gives the admin every Land without land=', async () => {
      const all = await download(admin, `exports/waves/${waveId}/responses`);
      expect(all.disposition).toContain('de_digitalcheck-2026_rohdaten.xlsx');
      const data = sheetRecords((await workbookOf(all.body)).getWorksheet('Daten') as Worksheet);
      expect(data.rows.map((row) => row['ARS'])).toEqual(['06411', '07135', '07137']);
      expectRow(data.rows[0], '06411', (value) => value);
      expect(data.rows[0]['H2']).toBe("'+49 6151 Rückruf");
    });
  });

  describe('CSV', () => {
    it.each([
      ['de', ';'],
      ['international', ','],
    ] as const)('dialect %s: BOM, separator, numbers and the formula guard', async (dialect, separator) => {
      const query = dialect === 'de' ? 'format=csv' : `format=csv&dialect=${dialect}`;
      const file = await download(analyst, `exports/waves/${waveId}/responses?${query}`);
      expect(file.status).toBe(200);
      expect(file.contentType).toBe('text/csv; charset=utf-8');
      expect(file.disposition).toBe('attachment; filename="rp_digitalcheck-2026_rohdaten.csv"');
      const { header, rows } = csvRecords(file.body, separator);
      expect(header.slice(0, 3)).toEqual(['ARS', 'Name', 'Ebene']);
      expect(rows.map((row) => row['ARS'])).toEqual(['07135', '07137']);
      const asNumber = (value: unknown) =>
        value === '' ? null : Number(dialect === 'de' ? String(value).replace(',', '.') : value);
      const read = (value: unknown) =>
        value === ''
          ? null
          : /^-?\d+([.,]\d+)?$/.test(String(value)) && String(value).length < 6
            ? asNumber(value)
            : value;
      const submitted = rows[1];
      expect(submitted['Index']).toBe(csvNumber(results['07137'].score.index.score as number, dialect));
      for (const field of results['07137'].score.fields) {
        expect(submitted[`Index_${field.section}`]).toBe(field.score === null ? '' : csvNumber(field.score, dialect));
      }
      expect(submitted['A4']).toBe(csvNumber(2.5, dialect));
      expect(read(submitted['A7'])).toBe(Number(answers['07137']['A7']));
      expect(submitted['A1']).toBe('c');
      expect(submitted['S3_stichtag']).toBe('2024-12-31');
      expect(submitted['Eingereicht am']).toBe(`${results['07137'].submittedAt.slice(0, 19)}Z`);
      expect(submitted['E1']).toBe(`'${HYPERLINK}`);
      expect(rows[0]['Status']).toBe('in Bearbeitung');
      expect(rows[0]['Index']).toBe('');
    });

    it('the codebook as ?part=codebook', async () => {
      const file = await download(analyst, `exports/waves/${waveId}/responses?format=csv&part=codebook`);
      expect(file.status).toBe(200);
      expect(file.disposition).toBe('attachment; filename="rp_digitalcheck-2026_codebuch.csv"');
      const { header, rows } = csvRecords(file.body, ';');
      expect(header).toEqual([
        'Spalte',
        'Frage',
        'Abschnitt',
        'Fragetext',
        'Typ',
        'Wert',
        'Bezeichnung',
        'Punkte (0–1)',
      ]);
      expect(rows.filter((row) => row['Spalte'] === 'P1_VER').map((row) => row['Wert'])).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        'nichtRelevant',
      ]);
    });
  });

  describe('tenant scope and roles', () => {
    it('the Hessen analyst gets only Darmstadt, and 404 for Rheinland-Pfalz', async () => {
      const own = await download(analystHe, `exports/waves/${waveId}/responses?format=csv`);
      expect(own.status).toBe(200);
      expect(own.disposition).toContain('he_digitalcheck-2026_rohdaten.csv');
      expect(csvRecords(own.body, ';').rows.map((row) => row['ARS'])).toEqual(['06411']);
      const rlp = await analystHe.get<ApiErrorBody>(`exports/waves/${waveId}/responses?land=07&format=csv`);
      expect(rlp.status).toBe(404);
      expect(JSON.stringify(rlp.body)).not.toContain('07137');
    });

    it('the RLP analyst never gets the Hessen wave or Hessen rows', async () => {
      expect((await analyst.get(`exports/waves/${heWaveId}/responses`)).status).toBe(404);
      expect((await analyst.get(`exports/waves/${waveId}/responses?land=06`)).status).toBe(404);
      expect((await analyst.get(`exports/waves/${randomUUID()}/responses`)).status).toBe(404);
    });

    it('401 anonymous, 403 respondent', async () => {
      expect((await new SessionClient(api.baseUrl).get(`exports/waves/${waveId}/responses`)).status).toBe(401);
      expect((await respondent.get(`exports/waves/${waveId}/responses?format=csv`)).status).toBe(403);
    });

    it.each([
      ['format=pdf', 'format'],
      ['format=csv&dialect=fr', 'dialect'],
      ['land=99', 'land'],
      ['land=7', 'land'],
      ['format=csv&part=all', 'part'],
      ['format=xlsx&dialect=de', 'dialect'],
      ['color=blue', 'color'],
    ])('400 for %s with a field error', async (query, field) => {
      const response = await admin.get<ApiErrorBody>(`exports/waves/${waveId}/responses?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors?.map((error) => error.field)).toEqual([field]);
    });

    it('403 when another website starts the download in a signed-in browser (Sec-Fetch-Site), none recorded', async () => {
      const before = (await admin.get<AuditPage>('audit?action=export.raw&limit=100')).body.items.length;
      const crossSite = await admin.request('GET', `exports/waves/${waveId}/responses?land=07&format=csv`, {
        headers: { 'Sec-Fetch-Site': 'cross-site' },
      });
      expect(crossSite.status).toBe(403);
      const sameOrigin = await admin.request('GET', `exports/waves/${waveId}/responses?land=07&format=csv`, {
        headers: { 'Sec-Fetch-Site': 'same-origin' },
      });
      expect(sameOrigin.status).toBe(200);
      expect((await admin.get<AuditPage>('audit?action=export.raw&limit=100')).body.items.length).toBe(before + 1);
    });

    it('400 for a wave id that is no UUID', async () => {
      const response = await admin.get<ApiErrorBody>('exports/waves/nope/responses');
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]).toMatchObject({ field: 'id' });
    });
  });

  describe('audit', () => {
    it('records every raw export with wave, Land, format and rows', async () => {
      const page = await admin.get<AuditPage>('audit?action=export.raw&limit=100');
      expect(page.status).toBe(200);
      const details = page.body.items.map((item) => item.details);
      expect(details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ waveId, land: '07', format: 'xlsx', part: 'data', rows: 2 }),
          expect.objectContaining({ waveId, land: null, format: 'xlsx', rows: 3 }),
          expect.objectContaining({ waveId, land: '07', format: 'csv', dialect: 'international', rows: 2 }),
          expect.objectContaining({ waveId, land: '06', format: 'csv', rows: 1 }),
        ]),
      );
      // The RLP analyst reads the RLP exports in their audit log, not the Hessen one.
      const own = await analyst.get<AuditPage>('audit?action=export.raw&limit=100');
      expect(own.body.items.length).toBeGreaterThan(0);
      for (const item of own.body.items) expect(item.regionArs).toBe('07');
    });
  });

  describe('POST /exports/records', () => {
    const valid = {
      format: 'svg',
      chart: 'Rangfolge nach Index',
      fileName: 'rp_2026_index-rangfolge.svg',
      filters: { Land: 'Rheinland-Pfalz', Ebene: 'Kreis' },
    };

    it('records a chart export of any role, with the body as details', async () => {
      for (const client of [admin, analyst, respondent]) {
        const response = await client.post<ChartExportRecordResponse>('exports/records', {
          ...valid,
          waveId,
          format: 'csv',
          fileName: 'rp_2026_index-rangfolge.csv',
          rows: 36,
        });
        expect(response.status).toBe(201);
        expect(response.body.id).toMatch(/^\d+$/);
      }
      const page = await admin.get<AuditPage>('audit?action=export.chart&limit=100');
      expect(page.body.items).toHaveLength(3);
      expect(page.body.items[0]).toMatchObject({
        action: 'export.chart',
        entityType: 'wave',
        entityId: waveId,
        actorEmail: DEMO.mayenKoblenz,
        details: { ...valid, waveId, format: 'csv', fileName: 'rp_2026_index-rangfolge.csv', rows: 36 },
      });
      const noWave = await analyst.post<ChartExportRecordResponse>('exports/records', valid);
      expect(noWave.status).toBe(201);
    });

    it('404 for a wave the caller does not see', async () => {
      const response = await respondent.post('exports/records', { ...valid, waveId: heWaveId });
      expect(response.status).toBe(404);
      expect((await respondent.post('exports/records', { ...valid, waveId: randomUUID() })).status).toBe(404);
    });

    it('401 anonymous', async () => {
      const anonymous = new SessionClient(api.baseUrl);
      await anonymous.session();
      expect((await anonymous.post('exports/records', valid)).status).toBe(401);
    });

    it.each([
      [{ format: 'gif' }, 'format'],
      [{ chart: '' }, 'chart'],
      [{ chart: 'x'.repeat(201) }, 'chart'],
      [{ fileName: 'rp_2026.png' }, 'fileName'],
      [{ fileName: 'RP 2026.svg' }, 'fileName'],
      [{ fileName: `${'a'.repeat(200)}.svg` }, 'fileName'],
      [{ waveId: 'nope' }, 'waveId'],
      [{ filters: { Land: 7 } }, 'filters'],
      [{ filters: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) }, 'filters'],
      [{ filters: { Land: 'x'.repeat(201) } }, 'filters'],
      [{ rows: -1 }, 'rows'],
      [{ rows: 1.5 }, 'rows'],
      [{ extra: 1 }, 'extra'],
    ])('400 for %j with an error on %s', async (change, field) => {
      const response = await analyst.post<ApiErrorBody>('exports/records', { ...valid, ...change });
      expect(response.status).toBe(400);
      expect([...new Set(response.body.errors?.map((error) => error.field))]).toEqual([field]);
    });
  });
});
