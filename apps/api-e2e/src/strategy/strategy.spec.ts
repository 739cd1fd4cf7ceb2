import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  ApiErrorBody,
  AuditPage,
  Measure,
  SaveStrategyRequest,
  StrategyConflictBody,
  StrategyContent,
  StrategyDraft,
  StrategyPlans,
  StrategyVersionSummary,
} from '@digitalcheck/shared-contracts';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import { strFromU8, unzipSync } from 'fflate';
import { DEMO, DEMO_PASSWORD, inviteAndAccept, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import { pdfFacts } from '../reports/support/pdf-tools';
import type { RunningApi } from '../support/running-api';
import { answerAndSubmit, openWave } from '../surveys/support/survey-steps';

/**
 * The region's Digitalstrategie draft (issue 9): autosave with versions and conflicts, shared by the region's
 * team, read by the Land's analysts, refused to other regions; DOCX and PDF contain the choices (read back with
 * fflate and pdftotext); the Land's view counts exactly the drafts saved here.
 */

jest.setTimeout(120_000);

const squeezed = (text: string) => text.replace(/\s+/g, ' ');

/** GET with the client's cookies, the body kept as bytes. */
async function download(client: SessionClient, path: string) {
  const session = client.cookie('dc_session');
  const response = await fetch(`${client.baseUrl}/api/v1/${path}`, {
    headers: session ? { Cookie: `dc_session=${session}` } : {},
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** The text of a DOCX's word/document.xml, runs joined by spaces, entities decoded. */
function docxText(docx: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1])
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe(`strategy drafts (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let admin: SessionClient;
  let analyst: SessionClient;
  let mayen: SessionClient;
  let mayenTeam: SessionClient;
  let mayenTeamId: string;
  let cochem: SessionClient;
  let waveId: string;
  let mkResponse: string;
  let czResponse: string;
  let tourism: Measure[];
  let administration: Measure;

  const strategyOf = (client: SessionClient, responseId = mkResponse) =>
    client.get<StrategyDraft & ApiErrorBody>(`responses/${responseId}/strategy`);
  const save = (client: SessionClient, request: unknown, responseId = mkResponse) =>
    client.request<StrategyDraft & ApiErrorBody & StrategyConflictBody>('PUT', `responses/${responseId}/strategy`, {
      body: request,
    });

  let first: StrategyContent;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startAccountsApi(database.url);
    const signIn = (email: string) => SessionClient.signIn(api.baseUrl, email, DEMO_PASSWORD);
    [admin, analyst, mayen, cochem] = await Promise.all([
      signIn(DEMO.admin),
      signIn(DEMO.analystRlp),
      signIn(DEMO.mayenKoblenz),
      signIn(DEMO.cochemZell),
    ]);
    const team = await inviteAndAccept(analyst, 'team.mayen-koblenz@test.example', 'RESPONDENT', '07137');
    mayenTeam = team.client;
    mayenTeamId = team.session.user?.id ?? '';
    waveId = (await openWave(analyst, `Strategie ${Date.now()}`, ['07137', '07135'])).id;
    mkResponse = await answerAndSubmit(mayen, waveId, '07137', VERBANDSGEMEINDE_EXAMPLE);
    czResponse = await answerAndSubmit(cochem, waveId, '07135', VERBANDSGEMEINDE_EXAMPLE);
    const catalogue = await mayen.get<Measure[]>('measures');
    expect(catalogue.status).toBe(200);
    tourism = catalogue.body.filter((measure) => measure.field === 'TOU' && !measure.archived).slice(0, 2);
    administration = catalogue.body.find((measure) => measure.field === 'VER' && !measure.archived) as Measure;
    expect(tourism).toHaveLength(2);
    first = {
      focusFields: ['TOU', 'VER'],
      vision: 'Gäste und Bürger erreichen uns digital.',
      measures: [
        {
          measureId: tourism[0].id,
          goal: 'Bis Ende 2027 erreichen wir 2.000 Gäste im Monat.',
          responsible: 'Tourist-Information',
          startMonth: '2027-03',
          endMonth: '2027-12',
          budgetEur: 25000,
        },
        {
          measureId: administration.id,
          goal: 'Zehn Verwaltungsleistungen online.',
          responsible: 'Hauptamt',
          startMonth: '2027-01',
          endMonth: '2028-06',
          budgetEur: 80000,
        },
      ],
    };
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('starts as version 0 with empty content', async () => {
    const { status, body } = await strategyOf(mayen);
    expect(status).toBe(200);
    expect(body).toEqual({
      responseId: mkResponse,
      regionArs: '07137',
      regionName: 'Mayen-Koblenz',
      content: { focusFields: [], vision: '', measures: [] },
      version: 0,
      savedAt: null,
      savedBy: null,
    });
  });

  it('saves, survives a reload, and the second respondent of the region sees and edits it', async () => {
    const saved = await save(mayen, { baseVersion: 0, content: first } satisfies SaveStrategyRequest);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, content: first, regionArs: '07137' });
    expect(saved.body.savedBy).not.toBeNull();

    const reloaded = await strategyOf(mayenTeam);
    expect(reloaded.status).toBe(200);
    expect(reloaded.body).toEqual(saved.body);

    const second: StrategyContent = {
      ...first,
      measures: [
        ...first.measures,
        {
          measureId: tourism[1].id,
          goal: 'Coworking im Bahnhof <ab 2028> & mit WLAN',
          responsible: 'Wirtschaftsförderung',
          startMonth: null,
          endMonth: null,
          budgetEur: null,
        },
      ],
    };
    const edited = await save(mayenTeam, { baseVersion: 1, content: second });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, content: second });
    expect((await strategyOf(mayen)).body.content).toEqual(second);
  });

  it('answers a stale baseVersion with 409 STRATEGY_CONFLICT and the current draft', async () => {
    const stale = await save(mayen, { baseVersion: 1, content: { ...first, vision: 'veraltet' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STRATEGY_CONFLICT');
    expect(stale.body.current.version).toBe(2);
    expect(stale.body.current.content.measures).toHaveLength(3);
    expect((await strategyOf(mayen)).body.version).toBe(2);
  });

  it('keeps every version, newest first', async () => {
    const list = await mayen.get<StrategyVersionSummary[]>(`responses/${mkResponse}/strategy/versions`);
    expect(list.status).toBe(200);
    expect(list.body.map((version) => version.version)).toEqual([2, 1]);
    expect(list.body.every((version) => version.savedBy !== null && !Number.isNaN(Date.parse(version.savedAt)))).toBe(
      true,
    );
    const one = await analyst.get<StrategyDraft>(`responses/${mkResponse}/strategy/versions/1`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ version: 1, content: first });
    expect((await mayen.get(`responses/${mkResponse}/strategy/versions/3`)).status).toBe(404);
    expect((await mayen.get<ApiErrorBody>(`responses/${mkResponse}/strategy/versions/null`)).status).toBe(400);
  });

  it('refuses bad drafts field by field (400)', async () => {
    const measure = first.measures[0];
    const cases: [unknown, string[]][] = [
      [{ baseVersion: 2, content: { ...first, focusFields: ['TOU', 'VER', 'BIL', 'ALL'] } }, ['content.focusFields']],
      [{ baseVersion: 2, content: { ...first, focusFields: ['XYZ'] } }, ['content.focusFields']],
      [
        { baseVersion: 2, content: { ...first, measures: [{ ...measure, startMonth: '2027-13' }] } },
        ['content.measures.0.startMonth'],
      ],
      [
        { baseVersion: 2, content: { ...first, measures: [{ ...measure, budgetEur: -1 }] } },
        ['content.measures.0.budgetEur'],
      ],
      [
        { baseVersion: 2, content: { ...first, measures: [{ ...measure, goal: 'x'.repeat(2001) }] } },
        ['content.measures.0.goal'],
      ],
      [
        { baseVersion: 2, content: { ...first, measures: [{ ...measure, endMonth: '2027-01' }] } },
        ['content.measures.0.endMonth'],
      ],
      [{ baseVersion: 2, content: { ...first, focusFields: ['VER'] } }, ['content.measures.0.measureId']],
      [
        {
          baseVersion: 2,
          content: { ...first, measures: [{ ...measure, measureId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }] },
        },
        ['content.measures.0.measureId'],
      ],
      [{ baseVersion: -1, content: first }, ['baseVersion']],
      [{ baseVersion: 2 }, ['content']],
    ];
    for (const [request, fields] of cases) {
      const answer = await save(mayen, request);
      expect({ request, status: answer.status, fields: answer.body.errors?.map((error) => error.field) }).toEqual({
        request,
        status: 400,
        fields,
      });
    }
    expect((await strategyOf(mayen)).body.version).toBe(2);
  });

  it('is absent for other regions (404), read-only for the Land’s analysts and admins (403), 401 anonymous', async () => {
    expect((await strategyOf(cochem)).status).toBe(404);
    expect((await save(cochem, { baseVersion: 2, content: first })).status).toBe(404);
    expect((await strategyOf(analyst)).status).toBe(200);
    const byAnalyst = await save(analyst, { baseVersion: 2, content: first });
    expect({ status: byAnalyst.status, code: byAnalyst.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await save(admin, { baseVersion: 2, content: first })).status).toBe(403);
    const anonymous = new SessionClient(api.baseUrl);
    expect((await strategyOf(anonymous)).status).toBe(401);
    expect((await download(anonymous, `responses/${mkResponse}/strategy.docx`)).status).toBe(401);
    expect((await download(cochem, `responses/${mkResponse}/strategy.docx`)).status).toBe(404);
  });

  it('lets exactly one of two saves on the same version through', async () => {
    const current = (await strategyOf(mayen)).body;
    const content = (vision: string): StrategyContent => ({ ...current.content, vision });
    const answers = await Promise.all([
      save(mayen, { baseVersion: current.version, content: content('erste') }),
      save(mayenTeam, { baseVersion: current.version, content: content('zweite') }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = answers.find((answer) => answer.status === 200)?.body as StrategyDraft;
    const loser = answers.find((answer) => answer.status === 409)?.body as StrategyConflictBody;
    expect(winner.version).toBe(current.version + 1);
    expect(loser.current).toEqual(winner);
    // Back to the content the later tests expect, on top of the winner.
    expect((await save(mayen, { baseVersion: winner.version, content: current.content })).status).toBe(200);
  });

  it('is no longer visible to a team member whose scope was removed', async () => {
    const removed = await admin.delete(`users/${mayenTeamId}/scopes`, { role: 'RESPONDENT', regionArs: '07137' });
    expect(removed.status).toBe(200);
    expect((await strategyOf(mayenTeam)).status).toBe(404);
    expect((await save(mayenTeam, { baseVersion: 4, content: first })).status).toBe(404);
  });

  it('audits every save', async () => {
    const page = await analyst.get<AuditPage>('audit?action=strategy.saved&limit=20');
    expect(page.status).toBe(200);
    const mine = page.body.items.filter((item) => item.entityId === mkResponse);
    expect(mine.map((item) => item.details['version'])).toEqual([4, 3, 2, 1]);
  });

  it('exports a DOCX laid out as a Digitalstrategie with the choices', async () => {
    const file = await download(mayen, `responses/${mkResponse}/strategy.docx`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.disposition).toBe('attachment; filename="mayen-koblenz_digitalstrategie_entwurf.docx"');
    const text = docxText(file.bytes);
    const order = ['Ausgangslage', 'Handlungsfelder', 'Maßnahmen', 'Zeitplan', 'Verantwortlichkeiten'].map((heading) =>
      text.indexOf(heading),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Digitalstrategie Mayen-Koblenz');
    for (const measure of [tourism[0], tourism[1], administration]) expect(text).toContain(measure.title);
    expect(text).toContain('Bis Ende 2027 erreichen wir 2.000 Gäste im Monat.');
    expect(text).toContain('Coworking im Bahnhof <ab 2028> & mit WLAN');
    expect(text).toContain('25.000 €');
    expect(text).toContain('März 2027 – Dezember 2027');
    expect(text).toContain('Tourist-Information');
  });

  it('exports a PDF from the print route with the same choices', async () => {
    const file = await download(analyst, `responses/${mkResponse}/strategy.pdf`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('application/pdf');
    expect(file.disposition).toBe('attachment; filename="mayen-koblenz_digitalstrategie_entwurf.pdf"');
    const facts = pdfFacts(file.bytes);
    expect(facts.title).toBe('Digitalstrategie Mayen-Koblenz – Digitalcheck Kommune');
    const text = squeezed(facts.text);
    for (const heading of ['Ausgangslage', 'Handlungsfelder', 'Maßnahmen', 'Zeitplan', 'Verantwortlichkeiten']) {
      expect(text).toContain(heading);
    }
    for (const measure of [tourism[0], tourism[1], administration]) expect(text).toContain(squeezed(measure.title));
    expect(text).toContain('Bis Ende 2027 erreichen wir 2.000 Gäste im Monat.');
    expect(text).toContain('Coworking im Bahnhof <ab 2028> & mit WLAN');
    expect(text).toContain('25.000 €');

    const exports = await analyst.get<AuditPage>('audit?action=export.strategy&limit=20');
    expect(exports.body.items.map((item) => item.details['format']).sort()).toEqual(['docx', 'pdf']);
  });

  it('counts the drafts of the Land in the state view', async () => {
    const cochemDraft = await save(
      cochem,
      {
        baseVersion: 0,
        content: {
          focusFields: ['VER'],
          vision: '',
          measures: [{ ...first.measures[1], goal: 'Online-Termine' }],
        },
      },
      czResponse,
    );
    expect(cochemDraft.status).toBe(200);

    const plans = await analyst.get<StrategyPlans>(`analytics/waves/${waveId}/strategy-plans?landArs=07`);
    expect(plans.status).toBe(200);
    expect(plans.body.waveId).toBe(waveId);
    expect(plans.body.drafts).toBe(2);
    const fieldCount = (field: string) => plans.body.fields.find((entry) => entry.field === field)?.count;
    expect([fieldCount('VER'), fieldCount('TOU'), fieldCount('BIL')]).toEqual([2, 1, 0]);
    expect(plans.body.fields.find((entry) => entry.field === 'TOU')?.title).toBe('Tourismus');
    expect(plans.body.measures).toEqual([
      { measureId: administration.id, code: administration.code, title: administration.title, field: 'VER', count: 2 },
      ...[tourism[0], tourism[1]]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((measure) => ({
          measureId: measure.id,
          code: measure.code,
          title: measure.title,
          field: 'TOU',
          count: 1,
        })),
    ]);

    const otherLand = await analyst.get<StrategyPlans>(`analytics/waves/${waveId}/strategy-plans?landArs=06`);
    expect(otherLand.body.drafts).toBe(0);
    expect((await admin.get<StrategyPlans>(`analytics/waves/${waveId}/strategy-plans`)).body.drafts).toBe(2);
    expect((await mayen.get(`analytics/waves/${waveId}/strategy-plans`)).status).toBe(403);
    const bad = await analyst.get<ApiErrorBody>(`analytics/waves/${waveId}/strategy-plans?landArs=7`);
    expect({ status: bad.status, fields: bad.body.errors?.map((error) => error.field) }).toEqual({
      status: 400,
      fields: ['landArs'],
    });
  });
});
