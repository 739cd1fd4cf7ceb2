import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  ApiErrorBody,
  AuditPage,
  QuestionnaireImportResult,
  QuestionnairePublishResult,
  RegionDetail,
  RegionImportReport,
} from '@digitalcheck/shared-contracts';
import iconv from 'iconv-lite';
import { defaultDefinition } from '../questionnaires/definition-files';
import type { RunningApi } from '../support/running-api';
import { DEMO, DEMO_PASSWORD, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';

/** The admin HTTP endpoints of the region import (issue 3) and the questionnaire import/publish (issue 4). */
describe(`admin imports (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let admin: SessionClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startAccountsApi(database.url);
    admin = await SessionClient.signIn(api.baseUrl, DEMO.admin, DEMO_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const csv = (text: string) => ({ raw: { data: text, contentType: 'text/csv' } });

  async function audited(action: string): Promise<AuditPage['items']> {
    return (await admin.get<AuditPage>(`audit?action=${action}`)).body.items;
  }

  describe('POST /regions/import', () => {
    const file = 'ARS;Name;Einwohner\n071319901;Testverband Nord;12000\n071319902;Testverband Süd;8000\n';

    it('reports a dry run line by line and writes nothing', async () => {
      const { status, body } = await admin.post<RegionImportReport>(
        'regions/import?dryRun=true&file=test.csv',
        undefined,
        csv(file),
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({ file: 'test.csv', format: 'csv', encoding: 'utf-8', dryRun: true, applied: false });
      expect(body.created).toEqual([
        { line: 2, ars: '071319901', name: 'Testverband Nord' },
        { line: 3, ars: '071319902', name: 'Testverband Süd' },
      ]);
      expect((await admin.get('regions/071319901')).status).toBe(404);
    });

    it('applies the file, then finds it unchanged, and audits who imported', async () => {
      const applied = await admin.post<RegionImportReport>('regions/import?file=test.csv', undefined, csv(file));
      expect(applied.body).toMatchObject({ applied: true, unchanged: 0 });
      const region = await admin.get<RegionDetail>('regions/071319902');
      expect(region.body).toMatchObject({ name: 'Testverband Süd', level: 'GEMEINDEVERBAND', parentArs: '07131' });
      const again = await admin.post<RegionImportReport>('regions/import?file=test.csv', undefined, csv(file));
      expect(again.body).toMatchObject({ applied: false, created: [], changed: [], unchanged: 2 });
      const [event] = await audited('regions.imported');
      expect(event).toMatchObject({ actorEmail: DEMO.admin, entityId: 'test.csv' });
    });

    it('reads Latin-1 files byte for byte and names the encoding', async () => {
      const bytes = iconv.encode('ARS;Name\n071319903;Weißenthurm-Süd\n', 'win1252');
      const { body } = await admin.post<RegionImportReport>('regions/import?dryRun=true&file=latin1.csv', undefined, {
        raw: { data: new Blob([new Uint8Array(bytes)]), contentType: 'text/csv' },
      });
      expect(body).toMatchObject({ encoding: 'windows-1252', created: [{ line: 2, name: 'Weißenthurm-Süd' }] });
    });

    it('takes GeoJSON uploads (properties ARS and GEN)', async () => {
      const geojson = JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: null,
            properties: { ARS: '071319904', GEN: 'Geoverband', BEZ: 'Verbandsgemeinde' },
          },
        ],
      });
      const { body } = await admin.post<RegionImportReport>('regions/import?dryRun=true&file=v.geojson', undefined, {
        raw: { data: geojson, contentType: 'application/geo+json' },
      });
      expect(body).toMatchObject({ format: 'geojson', created: [{ ars: '071319904', name: 'Geoverband' }] });
    });

    it('applies nothing when one row is invalid, naming its line', async () => {
      const broken = 'ARS;Name\n071319905;Gut\n07X;Kaputt\n';
      const { body } = await admin.post<RegionImportReport>('regions/import?file=broken.csv', undefined, csv(broken));
      expect(body.applied).toBe(false);
      expect(body.invalid).toEqual([expect.objectContaining({ line: 3, key: '07X' })]);
      expect((await admin.get('regions/071319905')).status).toBe(404);
    });

    it('answers bad input with 400 and the field', async () => {
      const empty = await admin.post<ApiErrorBody>('regions/import', undefined, csv(''));
      expect(empty.status).toBe(400);
      expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'isNotEmpty' })]);
      const badQuery = await admin.post<ApiErrorBody>('regions/import?dryRun=vielleicht', undefined, csv(file));
      expect(badQuery.status).toBe(400);
      expect(badQuery.body.errors?.map((e) => e.field)).toEqual(['dryRun']);
    });
  });

  describe('POST /questionnaires/import and …/publish', () => {
    it('stores a changed definition as draft v2, finds it unchanged the second time, publishes it once', async () => {
      const definition = defaultDefinition();
      definition.sections[1].questions[0]['text'] = 'Hat Ihre Kommune eine beschlossene Digitalstrategie?';
      const first = await admin.post<QuestionnaireImportResult>('questionnaires/import', definition);
      expect(first).toMatchObject({
        status: 200,
        body: { outcome: 'created', questionnaireId: 'digitale-kommune', version: 2 },
      });
      const second = await admin.post<QuestionnaireImportResult>('questionnaires/import', definition);
      expect(second.body.outcome).toBe('unchanged');

      const publish = await admin.post<QuestionnairePublishResult>(
        'questionnaires/digitale-kommune/versions/2/publish',
      );
      expect(publish.body).toMatchObject({ outcome: 'published', version: { version: 2, status: 'published' } });
      const again = await admin.post<QuestionnairePublishResult>('questionnaires/digitale-kommune/versions/2/publish');
      expect(again.body.outcome).toBe('already-published');
      const [imported] = await audited('questionnaire.import');
      expect(imported).toMatchObject({ actorEmail: DEMO.admin, entityId: 'digitale-kommune/2' });
    });

    it('names every error of an invalid definition by its JSON path, and stores nothing', async () => {
      const definition = defaultDefinition();
      definition.sections[1].questions[0]['type'] = 'slider';
      const { status, body } = await admin.post<ApiErrorBody>('questionnaires/import', definition);
      expect(status).toBe(400);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([
        expect.objectContaining({ field: '/sections/1/questions/0/type', code: 'unknownQuestionType' }),
      ]);
      const list = await admin.get<Array<{ versions: unknown[] }>>('questionnaires');
      expect(list.body[0].versions).toHaveLength(2);
    });

    it('answers 404 for a version that does not exist and 400 for a malformed one', async () => {
      expect((await admin.post('questionnaires/digitale-kommune/versions/99/publish')).status).toBe(404);
      expect((await admin.post('questionnaires/digitale-kommune/versions/zwei/publish')).status).toBe(400);
    });
  });
});
