import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { managedWaveDetail, waveParticipation } from '@digitalcheck/dashboard-surveys-data-access/testing';
import type { WaveDetail, WaveParticipation } from '@digitalcheck/shared-contracts';
import { fakeToday } from '../../testing/clock';
import { click, questionnaireList, rowsOf, setUpWavesPage, textOf, type } from '../../testing/waves-testing';

function waveError(status: number, code: string, errors?: { field: string; code: string; message: string }[]) {
  return [
    { statusCode: status, code, message: code, ...(errors ? { errors } : {}) },
    { status, statusText: code },
  ] as const;
}

/** jsdom's Blob has no text(); FileReader decodes UTF-8 (and drops the BOM, checked on the bytes). */
function read(blob: Blob, as: 'text'): Promise<string>;
function read(blob: Blob, as: 'buffer'): Promise<ArrayBuffer>;
function read(blob: Blob, as: 'text' | 'buffer'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string | ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    if (as === 'text') reader.readAsText(blob);
    else reader.readAsArrayBuffer(blob);
  });
}

describe('WaveDetailPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();

  beforeEach(() => fakeToday(new Date('2026-04-10T10:00:00.000Z')));
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  async function open(wave: WaveDetail = managedWaveDetail, participation: WaveParticipation = waveParticipation) {
    ({ http, harness } = await setUpWavesPage());
    await harness.navigateByUrl(`/verwaltung/befragungen/${wave.id}`);
    http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
    http.expectOne(`/api/v1/waves/${wave.id}`).flush(wave);
    await stable();
    if (wave.manageable) {
      http.expectOne(`/api/v1/waves/${wave.id}/participation`).flush(participation);
      await stable();
    }
  }

  function buttons(): string[] {
    return Array.from(element().querySelectorAll('[data-testid="wave-actions"] .kern-label')).map(
      (b) => textOf(b) ?? '',
    );
  }

  function actionsOf(ars: string): (string | undefined)[] {
    return Array.from(element().querySelectorAll(`[data-testid="region-${ars}"] .kern-label`)).map((l) => textOf(l));
  }

  function chooseFilter(value: 'all' | 'notStarted' | 'notSubmitted'): void {
    const radio = element().querySelector(`#dc-filter-${value}`) as HTMLInputElement;
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
  }

  it('shows the wave, "n von N" and every region with its state and answered questions', async () => {
    await open();
    expect(textOf(element().querySelector('h1'))).toBe('Digitalcheck 2026');
    expect(
      Array.from(element().querySelectorAll('[data-testid="wave-facts"] .kern-description-list-item')).map((item) => [
        textOf(item.querySelector('dt')),
        textOf(item.querySelector('dd')),
      ]),
    ).toEqual([
      ['Status', 'läuft'],
      ['Zeitraum', '01.03.2026 bis 30.06.2026'],
      ['Fragebogen', 'Digitale Kommune, Version 1'],
      ['Eingeladen', '3 Regionen'],
    ]);
    expect(textOf(element().querySelector('[data-testid="submitted"]'))).toBe('1 von 3 abgesendet');
    expect(textOf(element().querySelector('[data-testid="started"]'))).toBe('2 von 3 begonnen');
    expect(buttons()).toEqual(['Verlängern', 'Schließen']);
    expect(rowsOf(element(), '[data-testid="participation-table"]').map((row) => row.slice(0, 3))).toEqual([
      ['Ahrweiler 07131', 'abgesendet', '56'],
      ['Cochem-Zell 07135', 'nicht begonnen', '0'],
      ['Mayen-Koblenz 07137', 'in Bearbeitung', '12'],
    ]);
    expect(actionsOf('07131')).toEqual([
      'Ergebnis: Ahrweiler',
      'Wieder öffnen: Ahrweiler',
      'Veröffentlichen: Ahrweiler',
    ]);
    expect(actionsOf('07135')).toEqual([]);
    expect(actionsOf('07137')).toEqual([]);
    expect(element().querySelector('[data-testid="region-07131"] a')?.getAttribute('href')).toBe(
      '/selbsteinschaetzung/r-31/ergebnis',
    );
    expect(textOf(element().querySelector('[data-testid="rows-shown"]'))).toBe('3 Regionen angezeigt');
    expect(element().querySelector('[data-testid="reminder-tools"]')).toBeNull();
  });

  it('filters the regions that have not started or not submitted, for reminders', async () => {
    await open();
    expect(Array.from(element().querySelectorAll('fieldset label')).map((l) => textOf(l))).toEqual([
      'Alle (3)',
      'Nicht begonnen (1)',
      'Nicht abgesendet (2)',
    ]);
    chooseFilter('notStarted');
    await stable();
    expect(rowsOf(element(), '[data-testid="participation-table"]').map((row) => row[0])).toEqual([
      'Cochem-Zell 07135',
    ]);
    expect(textOf(element().querySelector('[data-testid="rows-shown"]'))).toBe('1 Region angezeigt');
    chooseFilter('notSubmitted');
    await stable();
    expect(rowsOf(element(), '[data-testid="participation-table"]').map((row) => row[0])).toEqual([
      'Cochem-Zell 07135',
      'Mayen-Koblenz 07137',
    ]);
    expect(textOf(element().querySelector('[data-testid="rows-shown"]'))).toBe('2 Regionen angezeigt');
    expect(element().querySelector('[data-testid="reminder-tools"]')).not.toBeNull();
  });

  it('copies the names of the reminder list to the clipboard', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await open();
    chooseFilter('notSubmitted');
    await stable();
    click(element(), '[data-testid="copy-names"]');
    await stable();
    expect(writeText).toHaveBeenCalledWith('Cochem-Zell\nMayen-Koblenz');
    expect(textOf(element().querySelector('[data-testid="copy-status"]'))).toBe('2 Namen kopiert.');
  });

  it('downloads the reminder list as CSV', async () => {
    let blob: Blob | null = null;
    let fileName = '';
    URL.createObjectURL = jest.fn((b: Blob) => ((blob = b), 'blob:liste'));
    URL.revokeObjectURL = jest.fn();
    const clickSpy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
    await open();
    chooseFilter('notStarted');
    await stable();
    click(element(), '[data-testid="download-csv"]');
    expect(fileName).toBe('nicht-begonnen.csv');
    const file = blob as unknown as Blob;
    expect(file.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await read(file, 'buffer'));
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(await read(file, 'text')).toBe(
      'Regionalschlüssel;Region;Stand;Beantwortete Fragen\r\n07135;Cochem-Zell;nicht begonnen;0\r\n',
    );
    clickSpy.mockRestore();
  });

  describe('reopening a submitted response', () => {
    async function openDialog(): Promise<HTMLElement> {
      await open();
      click(element(), '#dc-reopen-07131');
      await stable();
      return element().querySelector('[data-testid="reopen-dialog"]') as HTMLElement;
    }

    it('requires a reason', async () => {
      const dialog = await openDialog();
      expect(dialog.hasAttribute('open')).toBe(true);
      expect(textOf(dialog.querySelector('h2'))).toBe('Selbsteinschätzung von Ahrweiler wieder öffnen?');
      expect(document.activeElement?.id).toBe('dc-reopen-reason');
      type(dialog, '#dc-reopen-reason', '   ');
      click(dialog, '[data-testid="reopen-confirm"]');
      await stable();
      http.expectNone('/api/v1/responses/r-31/reopen');
      expect(textOf(dialog.querySelector('#dc-reopen-reason-error'))).toBe(
        'Bitte geben Sie einen Grund an (höchstens 1.000 Zeichen).',
      );
      const reason = dialog.querySelector('#dc-reopen-reason') as HTMLTextAreaElement;
      expect(reason.getAttribute('aria-invalid')).toBe('true');
      expect(reason.getAttribute('aria-describedby')).toBe('dc-reopen-reason-error');
    });

    it('sends the reason, then shows the new state', async () => {
      const dialog = await openDialog();
      type(dialog, '#dc-reopen-reason', ' Zahlen zu A4 werden korrigiert ');
      click(dialog, '[data-testid="reopen-confirm"]');
      const request = http.expectOne({ method: 'POST', url: '/api/v1/responses/r-31/reopen' });
      expect(request.request.body).toEqual({ reason: 'Zahlen zu A4 werden korrigiert' });
      request.flush({});
      const reopened: WaveParticipation = {
        ...waveParticipation,
        submitted: 0,
        regions: waveParticipation.regions.map((r) => (r.ars === '07131' ? { ...r, state: 'reopened' } : r)),
        notSubmitted: ['07131', '07135', '07137'],
      };
      http.expectOne('/api/v1/waves/w-1/participation').flush(reopened);
      await stable();
      expect(element().querySelector('[data-testid="reopen-dialog"]')).toBeNull();
      expect(textOf(element().querySelector('[data-testid="wave-notice"]'))).toBe(
        'Die Selbsteinschätzung von Ahrweiler ist wieder geöffnet.',
      );
      expect(textOf(element().querySelector('[data-testid="submitted"]'))).toBe('0 von 3 abgesendet');
      expect(rowsOf(element(), '[data-testid="participation-table"]')[0]).toEqual([
        'Ahrweiler 07131',
        'wieder geöffnet',
        '56',
        '',
      ]);
    });

    it('shows a refusal in German inside the dialog', async () => {
      const dialog = await openDialog();
      type(dialog, '#dc-reopen-reason', 'Korrektur');
      click(dialog, '[data-testid="reopen-confirm"]');
      http.expectOne('/api/v1/responses/r-31/reopen').flush(...waveError(409, 'WAVE_CLOSED'));
      await stable();
      expect(textOf(dialog.querySelector('[data-testid="reopen-error"]'))).toBe(
        'Die Befragung ist geschlossen und kann nicht mehr geändert werden.',
      );
    });

    it('can be cancelled without a request', async () => {
      const dialog = await openDialog();
      click(dialog, '.kern-dialog__footer .kern-btn--secondary');
      await stable();
      expect(element().querySelector('[data-testid="reopen-dialog"]')).toBeNull();
      http.expectNone('/api/v1/responses/r-31/reopen');
    });

    it('is not offered once the wave has closed; publishing still is', async () => {
      await open({ ...managedWaveDetail, status: 'closed', closedAt: '2026-04-01T10:00:00.000Z' });
      expect(element().querySelector('#dc-reopen-07131')).toBeNull();
      expect(element().querySelector('#dc-publish-07131')).not.toBeNull();
      expect(element().querySelector('[data-testid="wave-actions"]')).toBeNull();
    });
  });

  it('publishes a submitted response after confirmation', async () => {
    await open();
    click(element(), '#dc-publish-07131');
    await stable();
    http.expectNone('/api/v1/responses/r-31/publish');
    const panel = element().querySelector('[data-testid="confirm-panel"]') as HTMLElement;
    expect(textOf(panel.querySelector('h2'))).toBe('Selbsteinschätzung von Ahrweiler veröffentlichen?');
    click(panel, '.kern-btn--primary');
    http.expectOne({ method: 'POST', url: '/api/v1/responses/r-31/publish' }).flush({});
    http.expectOne('/api/v1/waves/w-1/participation').flush({
      ...waveParticipation,
      regions: waveParticipation.regions.map((r) => (r.ars === '07131' ? { ...r, state: 'published' } : r)),
    });
    await stable();
    expect(textOf(element().querySelector('[data-testid="wave-notice"]'))).toBe(
      'Die Selbsteinschätzung von Ahrweiler ist veröffentlicht.',
    );
    expect(rowsOf(element(), '[data-testid="participation-table"]')[0]).toEqual([
      'Ahrweiler 07131',
      'veröffentlicht',
      '56',
      'Ergebnis: Ahrweiler',
    ]);
  });

  it('closes the wave after confirmation', async () => {
    await open();
    click(element(), '[data-testid="wave-actions"] button:last-child');
    await stable();
    const panel = element().querySelector('[data-testid="confirm-panel"]') as HTMLElement;
    expect(textOf(panel.querySelector('h2'))).toBe('Befragung „Digitalcheck 2026“ jetzt schließen?');
    click(panel, '.kern-btn--primary');
    http
      .expectOne({ method: 'POST', url: '/api/v1/waves/w-1/close' })
      .flush({ ...managedWaveDetail, status: 'closed', closedAt: '2026-04-10T10:00:00.000Z' });
    await stable();
    expect(textOf(element().querySelector('[data-testid="wave-notice"]'))).toBe('Die Befragung ist geschlossen.');
    expect(textOf(element().querySelector('[data-testid="wave-status"]'))).toBe('geschlossen');
    expect(element().querySelector('[data-testid="wave-actions"]')).toBeNull();
    expect(element().querySelector('#dc-reopen-07131')).toBeNull();
  });

  it('extends the wave to a later last day', async () => {
    await open();
    click(element(), '[data-testid="wave-actions"] button:first-child');
    await stable();
    const form = element().querySelector('[data-testid="extend-form"]') as HTMLElement;
    expect(document.activeElement?.id).toBe('dc-extend-ends');
    expect(textOf(form.querySelector('#dc-extend-ends-hint'))).toBe(
      'TT.MM.JJJJ. Bisher endet die Befragung am 30.06.2026.',
    );
    type(form, '#dc-extend-ends', '30.06.2026');
    click(form, '[data-testid="extend-confirm"]');
    await stable();
    http.expectNone('/api/v1/waves/w-1/extend');
    expect(textOf(form.querySelector('#dc-extend-ends-error'))).toBe(
      'Das neue Ende muss nach dem bisherigen Ende und nach heute liegen.',
    );
    type(form, '#dc-extend-ends', '31.07.2026');
    click(form, '[data-testid="extend-confirm"]');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/waves/w-1/extend' });
    expect(request.request.body).toEqual({ endsAt: new Date(2026, 7, 1).toISOString() });
    request.flush({ ...managedWaveDetail, endsAt: '2026-07-31T22:00:00.000Z' });
    await stable();
    expect(element().querySelector('[data-testid="extend-form"]')).toBeNull();
    expect(textOf(element().querySelector('[data-testid="wave-notice"]'))).toBe(
      'Die Befragung ist verlängert bis einschließlich 31.07.2026.',
    );
    expect(textOf(element().querySelector('[data-testid="wave-period"]'))).toBe('01.03.2026 bis 31.07.2026');
  });

  it('shows why the server refused to extend, in German', async () => {
    await open();
    click(element(), '[data-testid="wave-actions"] button:first-child');
    await stable();
    const form = element().querySelector('[data-testid="extend-form"]') as HTMLElement;
    type(form, '#dc-extend-ends', '31.07.2026');
    click(form, '[data-testid="extend-confirm"]');
    http.expectOne('/api/v1/waves/w-1/extend').flush(...waveError(409, 'WAVE_CLOSED'));
    await stable();
    expect(textOf(form.querySelector('[data-testid="extend-error"]'))).toBe(
      'Die Befragung ist geschlossen und kann nicht mehr geändert werden.',
    );
  });

  it('offers editing only before the start', async () => {
    await open({ ...managedWaveDetail, status: 'scheduled' });
    expect(buttons()).toEqual(['Bearbeiten', 'Verlängern', 'Schließen']);
    expect(element().querySelector('[data-testid="wave-actions"] a')?.getAttribute('href')).toBe(
      '/verwaltung/befragungen/w-1/bearbeiten',
    );
  });

  it('says so when the wave does not exist', async () => {
    ({ http, harness } = await setUpWavesPage());
    await harness.navigateByUrl('/verwaltung/befragungen/w-9');
    http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
    http.expectOne('/api/v1/waves/w-9').flush(...waveError(404, 'NOT_FOUND'));
    await stable();
    expect(textOf(element().querySelector('h1'))).toBe('Befragung nicht gefunden');
    expect(textOf(element().querySelector('[data-testid="detail-error"]'))).toBe(
      'Der Eintrag wurde nicht gefunden. Vielleicht wurde er inzwischen gelöscht.',
    );
  });

  it('shows no participation for a wave another Land manages', async () => {
    await open({ ...managedWaveDetail, manageable: false });
    expect(element().querySelector('[data-testid="participation"]')).toBeNull();
    expect(element().querySelector('[data-testid="wave-actions"]')).toBeNull();
  });
});
