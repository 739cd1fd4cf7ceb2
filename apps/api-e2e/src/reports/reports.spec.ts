import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import {
  type AnalyticsOverview,
  type AnalyticsRanking,
  type AnalyticsRegionProfile,
  type AuditPage,
  landReportUrl,
  regionReportUrl,
  type WaveSummary,
} from '@digitalcheck/shared-contracts';
import { DEMO, DEMO_PASSWORD, inviteAndAccept, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import type { RunningApi } from '../support/running-api';
import { firstPageImage, pdfFacts } from './support/pdf-tools';
import { download } from './support/report-download';

/**
 * PDF reports (issue 8): the built API prints the built dashboard's report pages with Chromium. The Land report
 * of Rheinland-Pfalz over the demo wave 2024 and the region report of Mayen-Koblenz are read back with poppler
 * (pdfinfo, pdftotext, pdftoppm) and compared with the analytics API's own figures.
 */

jest.setTimeout(120_000);

const TITLE_2024 = 'Digitalcheck Rheinland-Pfalz 2024';
const MK = '07137';
const RANDOM_WAVE = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

const german = (value: number, digits = 1) =>
  new Intl.NumberFormat('de-DE', { maximumFractionDigits: digits }).format(value);
const percentText = (share: number) => `${Math.round(share * 100)} %`;
const today = () =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
/** pdftotext keeps the layout: table cells are separated by runs of spaces, lines may wrap. */
const squeezed = (text: string) => text.replace(/\s+/g, ' ');

describe(`PDF reports (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataDir: string | null = null;
  let url: string;
  let api: RunningApi;
  let analyst: SessionClient;
  let waveId: string;

  const signIn = (email: string) => SessionClient.signIn(api.baseUrl, email, DEMO_PASSWORD);

  async function read<T>(client: SessionClient, path: string): Promise<T> {
    const response = await client.get<T>(path);
    expect(`${path}: ${response.status}`).toBe(`${path}: 200`);
    return response.body;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    // The last test restarts the API without Chromium on the same data, so an embedded database lives on disk.
    dataDir = database.location.kind === 'embedded' ? mkdtempSync(join(tmpdir(), 'dc-reports-')) : null;
    url = dataDir ? `pglite://${dataDir}` : database.url;
    api = await startAccountsApi(url);
    analyst = await signIn(DEMO.analystRlp);
    const waves = await read<WaveSummary[]>(analyst, 'waves');
    waveId = waves.find((wave) => wave.title === TITLE_2024)?.id ?? '';
    expect(waveId).not.toBe('');
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  describe('Land report of Rheinland-Pfalz', () => {
    let overview: AnalyticsOverview;
    let ranking: AnalyticsRanking;
    let pdf: Buffer;
    let disposition: string;

    beforeAll(async () => {
      const filter = 'landArs=07&level=KREIS';
      overview = await read(analyst, `analytics/waves/${waveId}/overview?${filter}`);
      ranking = await read(analyst, `analytics/waves/${waveId}/ranking?${filter}&by=index`);
      const answer = await download(analyst, landReportUrl(waveId, '07'));
      expect(`${answer.status} ${JSON.stringify(answer.error)}`).toBe('200 null');
      expect(answer.contentType).toBe('application/pdf');
      pdf = answer.pdf;
      disposition = answer.disposition;
    });

    it('is an A4 PDF, tagged, of several pages, named after Land and wave', () => {
      const facts = pdfFacts(pdf);
      expect(facts.pageSize).toBe('595.92 x 842.88 pts (A4)');
      expect(facts.tagged).toBe(true);
      expect(facts.title).toBe('Landesbericht Rheinland-Pfalz – Digitalcheck Kommune');
      // The headings become the PDF's bookmarks.
      expect(pdf.includes('/Outlines')).toBe(true);
      expect(facts.pages).toBeGreaterThanOrEqual(4);
      expect(facts.pages).toBeLessThanOrEqual(10);
      expect(disposition).toBe('attachment; filename="bericht_07_digitalcheck-rheinland-pfalz-2024.pdf"');
    });

    it('has the sections of the Land overview, in order', () => {
      const { text } = pdfFacts(pdf);
      const headings = [
        'Landesbericht Rheinland-Pfalz',
        'Teilnahme',
        'Kennzahlen',
        'Karte',
        'Rangfolge',
        'Verteilung',
        'Handlungsfelder je Region',
        'Hemmnisse',
      ];
      const positions = headings.map((heading) => text.search(new RegExp(`^\\s*${heading}\\s*$`, 'm')));
      expect(Object.fromEntries(headings.map((h, i) => [h, positions[i] >= 0]))).toEqual(
        Object.fromEntries(headings.map((h) => [h, true])),
      );
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(text).toContain(`${TITLE_2024} · Kreise und kreisfreie Städte · Stand: ${today()}`);
    });

    it('prints the analytics API’s figures: participation, KPIs with n, the ranking, obstacles', () => {
      const text = squeezed(pdfFacts(pdf).text);
      const { participation } = overview;
      expect(participation.invited).toBe(36);
      expect(text).toContain(
        `${participation.label} eingeladenen Kreisen und kreisfreien Städten haben ihre Selbsteinschätzung abgesendet (${percentText(participation.share ?? 0)})`,
      );
      const kpi = overview.kpis.find((candidate) => candidate.code === 'ohneStrategie');
      expect(kpi?.suppressed).toBe(false);
      expect(text).toMatch(
        new RegExp(`ohne Digitalstrategie ${percentText(kpi?.share ?? 0)} ${kpi?.n} von ${kpi?.base}`),
      );
      const top = ranking.entries[0];
      // Regions × fields: the top region's row starts with its rounded index.
      expect(text).toContain(`${top.name} ${Math.round(top.score)} `);
      expect(text).toContain(`1 ${top.name} ${german(top.score)} `);
      const last = ranking.entries[ranking.entries.length - 1];
      expect(text).toContain(`${last.rank} ${last.name} ${german(last.score)} `);
      expect(text).toContain(`n = ${ranking.n}`);
      const obstacle = overview.obstacles.find((candidate) => !candidate.suppressed && candidate.n !== null);
      expect(obstacle).toBeDefined();
      expect(text).toContain(
        `${obstacle?.label.replace(/^großes Hemmnis: /, '')} ${percentText(obstacle?.share ?? 0)} ${obstacle?.n} von ${obstacle?.base}`,
      );
      const median = overview.index.median ?? 0;
      expect(text).toContain(`Gesamtindex ${german(median)} `);
    });

    it('numbers the pages and names date and source in every footer', () => {
      const facts = pdfFacts(pdf);
      expect(facts.pageTexts).toHaveLength(facts.pages);
      facts.pageTexts.forEach((page, index) => {
        expect(squeezed(page)).toContain(
          `Seite ${index + 1} von ${facts.pages} · Stand: ${today()} · Quelle: Digitalcheck Kommune`,
        );
      });
    });

    it('draws something on page 1 (pdftoppm at 50 dpi)', () => {
      const image = firstPageImage(pdf);
      // A4 (595.92 × 842.88 pt) at 50 dpi, rounded up by pdftoppm.
      expect([image.width, image.height]).toEqual([414, 586]);
      expect(image.inked).toBeGreaterThan(2_000);
    });

    it('records the export in the audit log (wave, Land, actor)', async () => {
      const page = await read<AuditPage>(analyst, 'audit?action=export.report&limit=20');
      expect(page.items[page.items.length - 1]).toMatchObject({
        action: 'export.report',
        entityType: 'wave',
        entityId: waveId,
        regionArs: '07',
        actorEmail: DEMO.analystRlp,
        details: expect.objectContaining({ report: 'land', land: '07', format: 'pdf' }),
      });
    });
  });

  describe('region report of Mayen-Koblenz', () => {
    let profile: AnalyticsRegionProfile;
    let text: string;

    beforeAll(async () => {
      profile = await read(analyst, `analytics/waves/${waveId}/regions/${MK}`);
      const answer = await download(analyst, regionReportUrl(waveId, MK));
      expect(`${answer.status} ${JSON.stringify(answer.error)}`).toBe('200 null');
      const facts = pdfFacts(answer.pdf);
      expect(facts.pageSize).toBe('595.92 x 842.88 pts (A4)');
      expect(facts.tagged).toBe(true);
      text = facts.text;
    });

    it('has the sections for a council', () => {
      for (const heading of [
        'Regionsbericht Mayen-Koblenz',
        'Ergebnisse',
        'Vergleich mit Vergleichsgruppe und Land',
        'Priorität und Reifegrad',
        'Kennzahlen',
      ]) {
        expect(text).toMatch(new RegExp(`^\\s*${heading}\\s*$`, 'm'));
      }
      expect(text).toContain(`Seite 1 von `);
    });

    it('prints its index, level and rank and the peers and Land medians of the analytics API', () => {
      const flat = squeezed(text);
      const { index } = profile;
      expect(index.score).not.toBeNull();
      expect(flat).toContain(`Gesamtindex: ${german(index.score ?? 0)} Punkte · Reifestufe ${index.maturityLevel} – `);
      expect(flat).toContain(`Rang ${index.rank} von ${index.rankOf} im Land`);
      expect(flat).toContain(`Vergleichsgruppe ${profile.peerGroup?.label}`);
      const peers = index.peers;
      expect(peers.suppressed).toBe(false);
      expect(flat).toContain(
        `${german(peers.median ?? 0)} (Q1 ${german(peers.q1 ?? 0)} – Q3 ${german(peers.q3 ?? 0)}; n =`,
      );
      expect(flat).toContain(`${german(index.land.median ?? 0)} (Q1 ${german(index.land.q1 ?? 0)} – Q3`);
    });

    it('places the fields of action by the region’s P1 priorities', () => {
      const placed = profile.fields.filter((field) => field.fieldOfAction && field.priority !== null);
      expect(placed.length).toBeGreaterThan(0);
      expect(profile.fields.find((field) => field.section === 'A')).toMatchObject({ fieldOfAction: false });
      const matrix = squeezed(text.slice(text.indexOf('Priorität und Reifegrad')));
      for (const field of placed) expect(matrix).toContain(field.title.split(' ')[0]);
    });
  });

  describe('who may print what', () => {
    it('answers 401 to nobody signed in', async () => {
      const anonymous = new SessionClient(api.baseUrl);
      expect((await download(anonymous, landReportUrl(waveId, '07'))).status).toBe(401);
      expect((await download(anonymous, regionReportUrl(waveId, MK))).status).toBe(401);
    });

    it('answers 403 to respondents, even for their own region (they print their result page)', async () => {
      const respondent = await signIn(DEMO.mayenKoblenz);
      expect((await download(respondent, regionReportUrl(waveId, MK))).error?.code).toBe('FORBIDDEN');
      expect((await download(respondent, landReportUrl(waveId, '07'))).status).toBe(403);
    });

    it('answers 404 to the analyst of another Land, as if the wave did not exist', async () => {
      const admin = await signIn(DEMO.admin);
      const { client: hessen } = await inviteAndAccept(admin, 'analyse.he@reports.example', 'STATE_ANALYST', '06');
      expect((await download(hessen, landReportUrl(waveId, '07'))).status).toBe(404);
      expect((await download(hessen, regionReportUrl(waveId, MK))).status).toBe(404);
    });

    it('answers 400 with the field for a malformed wave, Land or region key', async () => {
      const fields = async (path: string) =>
        (await download(analyst, path)).error?.errors?.map((error) => error.field) ?? [];
      expect(await fields(landReportUrl('nope', '07'))).toEqual(['id']);
      expect(await fields(landReportUrl(waveId, '7'))).toEqual(['land']);
      expect(await fields(landReportUrl(waveId, '17'))).toEqual(['land']);
      expect(await fields(regionReportUrl(waveId, '0713'))).toEqual(['ars']);
    });

    it('answers 404 for an unknown wave, a Land the wave does not invite, a region it does not invite', async () => {
      expect((await download(analyst, landReportUrl(RANDOM_WAVE, '07'))).status).toBe(404);
      const admin = await signIn(DEMO.admin);
      expect((await download(admin, landReportUrl(waveId, '06'))).status).toBe(404);
      expect((await download(analyst, regionReportUrl(waveId, '07999'))).status).toBe(404);
    });
  });

  describe('without Chromium', () => {
    it('answers 503 REPORT_RENDERER_UNAVAILABLE naming CHROMIUM_PATH and the package to install', async () => {
      await api.stop();
      api = await startAccountsApi(url, { CHROMIUM_PATH: '/nonexistent/chromium' });
      const client = await signIn(DEMO.analystRlp);
      const answer = await download(client, landReportUrl(waveId, '07'));
      expect(answer.status).toBe(503);
      expect(answer.error?.code).toBe('REPORT_RENDERER_UNAVAILABLE');
      expect(answer.error?.message).toContain('/nonexistent/chromium');
      expect(answer.error?.message).toContain('CHROMIUM_PATH');
      expect(answer.error?.message).toContain('apt-get install chromium');
      // Access is still decided first.
      expect((await download(new SessionClient(api.baseUrl), landReportUrl(waveId, '07'))).status).toBe(401);
    });
  });
});
