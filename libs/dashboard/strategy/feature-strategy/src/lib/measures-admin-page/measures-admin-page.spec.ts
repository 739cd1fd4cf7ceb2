import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { adminUser } from '@digitalcheck/dashboard-accounts-data-access/testing';
import {
  ambassadorMeasure,
  touristNewsMeasure,
  websiteMeasure,
} from '@digitalcheck/dashboard-strategy-data-access/testing';
import { rowsOf, setUpStrategyPage, textOf, textsOf, type } from '../../testing/strategy-testing';

const LIST = '/api/v1/measures';

describe('MeasuresAdminPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;
  const q = (selector: string) => element().querySelector(selector);

  beforeEach(async () => {
    ({ http, harness } = await setUpStrategyPage(adminUser));
    await harness.navigateByUrl('/verwaltung/massnahmen');
    const request = http.expectOne((r) => r.url === LIST);
    expect(request.request.params.get('includeArchived')).toBe('true');
    request.flush([touristNewsMeasure, { ...ambassadorMeasure, archived: true }, websiteMeasure]);
    await harness.fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function submit(): Promise<void> {
    (q('[data-testid="measure-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  it('lists the measures by field of action in the order of the fields, archived ones marked', () => {
    expect(textsOf(element(), '.dc-measure-group h2')).toEqual(['Kommunale Verwaltung', 'Tourismus']);
    expect(rowsOf(element(), '[data-testid="measures-VER"]')).toEqual([
      [
        'VER-01',
        'Gemeinde-Webseite mit Online-Diensten',
        'mittlerer Aufwand',
        '8.000 € bis 25.000 €',
        'aktiv',
        'Bearbeiten: Gemeinde-Webseite mit Online-Diensten',
      ],
      [
        'VER-02',
        'Digitalbotschafter im Rathaus',
        'geringer Aufwand',
        '0 € bis 2.000 €',
        'archiviert',
        'Bearbeiten: Digitalbotschafter im Rathaus',
      ],
    ]);
  });

  it('saves an edit with its base version and shows the API’s field errors beside the fields', async () => {
    (q('[data-testid="edit-VER-01"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(document.activeElement?.id).toBe('dc-measure-form-title');
    expect((q('[data-testid="measure-form-title"]') as HTMLInputElement).value).toBe(
      'Gemeinde-Webseite mit Online-Diensten',
    );
    expect((q('[data-testid="measure-form-improves"]') as HTMLInputElement).value).toBe('VER.1');
    type(q('[data-testid="measure-form-prerequisite"]'), '{"q": "XX9", "in": ["a"]}');
    type(q('[data-testid="measure-form-costMax"]'), '30000');
    await submit();
    const put = http.expectOne({ method: 'PUT', url: `${LIST}/m-ver-01` });
    expect(put.request.body).toEqual(
      expect.objectContaining({ baseVersion: 1, costMin: 8000, costMax: 30000, prerequisite: { q: 'XX9', in: ['a'] } }),
    );
    put.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'x',
        errors: [{ field: 'prerequisite/q', code: 'unknownQuestion', message: 'no question XX9' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(textOf(q('#dc-measure-prerequisite-error'))).toBe(
      'Die Voraussetzung passt nicht zum Fragebogen (prerequisite/q): no question XX9',
    );
    expect(q('[data-testid="measure-form-prerequisite"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(textOf(q('[data-testid="error-summary"]'))).toContain('Bitte prüfen Sie Ihre Eingaben.');
  });

  it('refuses JSON that cannot be read before sending anything', async () => {
    (q('[data-testid="edit-VER-01"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    type(q('[data-testid="measure-form-prerequisite"]'), '{q: A1');
    await submit();
    http.expectNone({ method: 'PUT', url: `${LIST}/m-ver-01` });
    expect(textOf(q('#dc-measure-prerequisite-error'))).toContain('kein gültiges JSON-Objekt');
  });

  it('on 409 shows the stored measure and saves the own edit on top of it on request', async () => {
    (q('[data-testid="edit-VER-01"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    type(q('[data-testid="measure-form-title"]'), 'Neue Webseite');
    await submit();
    http
      .expectOne({ method: 'PUT', url: `${LIST}/m-ver-01` })
      .flush({ statusCode: 409, code: 'MEASURE_CONFLICT', message: 'x' }, { status: 409, statusText: 'Conflict' });
    const stored = { ...websiteMeasure, title: 'Webseite (geändert)', version: 2 };
    http.expectOne((r) => r.url === LIST).flush([stored, touristNewsMeasure]);
    await harness.fixture.whenStable();
    expect(textOf(q('[data-testid="measure-conflict-theirs"]'))).toBe(
      'Webseite (geändert) · mittlerer Aufwand · 8.000 € bis 25.000 €',
    );
    (q('[data-testid="measure-keep-mine"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    const put = http.expectOne({ method: 'PUT', url: `${LIST}/m-ver-01` });
    expect(put.request.body).toEqual(expect.objectContaining({ baseVersion: 2, title: 'Neue Webseite' }));
    put.flush({ ...stored, title: 'Neue Webseite', version: 3 });
    await harness.fixture.whenStable();
    expect(textOf(q('[data-testid="measure-saved"]'))).toBe('Die Maßnahme VER-01 „Neue Webseite“ ist gespeichert.');
    expect(q('[data-testid="measure-form"]')).toBeNull();
  });

  it('creates a new measure', async () => {
    (q('[data-testid="measure-new"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    type(q('[data-testid="measure-form-code"]'), 'VER-09');
    type(q('[data-testid="measure-form-title"]'), 'Online-Terminvergabe');
    type(q('[data-testid="measure-form-description"]'), 'Termine im Bürgerbüro online buchen.');
    type(q('[data-testid="measure-form-costMin"]'), '2000');
    type(q('[data-testid="measure-form-costMax"]'), '12000');
    type(q('[data-testid="measure-form-exampleTitle"]'), 'Bürgerbüro Musterhausen');
    type(q('[data-testid="measure-form-exampleDescription"]'), 'Wartezeit halbiert.');
    type(q('[data-testid="measure-form-improves"]'), 'V4, V5');
    await submit();
    const post = http.expectOne({ method: 'POST', url: LIST });
    expect(post.request.body).toEqual({
      code: 'VER-09',
      field: 'VER',
      title: 'Online-Terminvergabe',
      description: 'Termine im Bürgerbüro online buchen.',
      effort: 'mittel',
      costMin: 2000,
      costMax: 12000,
      prerequisite: null,
      improves: ['V4', 'V5'],
      example: { title: 'Bürgerbüro Musterhausen', description: 'Wartezeit halbiert.' },
      archived: false,
    });
    post.flush({ ...websiteMeasure, ...post.request.body, id: 'm-new', version: 1 });
    await harness.fixture.whenStable();
    expect(textsOf(element(), '[data-testid="measures-VER"] tbody th')).toContain('Online-Terminvergabe');
  });
});
