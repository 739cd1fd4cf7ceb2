import { convertToParamMap } from '@angular/router';
import { EMPTY_VIEW, apiFilter, readRegionList, readView, viewQueryParams } from './analytics-view';

const WAVE = '6F1C2A3B-4D5E-4F60-8A7B-9C0D1E2F3A4B';

describe('analytics view in the URL', () => {
  it('reads every filter from the URL', () => {
    const view = readView(
      convertToParamMap({ befragung: WAVE, land: '07', ebene: 'KREIS', art: 'Landkreis', groesse: '100k-150k' }),
    );
    expect(view).toEqual({
      waveId: WAVE.toLowerCase(),
      landArs: '07',
      level: 'KREIS',
      kind: 'Landkreis',
      sizeClass: '100k-150k',
    });
  });

  it('leaves out values that cannot be right', () => {
    const view = readView(
      convertToParamMap({ befragung: 'x; drop table', land: '7', ebene: 'STADT', art: ' ', groesse: '<script>' }),
    );
    expect(view).toEqual(EMPTY_VIEW);
  });

  it('writes a view back as query parameters, empty ones removed', () => {
    expect(viewQueryParams({ waveId: 'w', landArs: null, level: 'KREIS', kind: '' })).toEqual({
      befragung: 'w',
      land: null,
      ebene: 'KREIS',
      art: null,
    });
  });

  it('round-trips a view through the URL', () => {
    const view = {
      waveId: WAVE.toLowerCase(),
      landArs: '16',
      level: 'GEMEINDEVERBAND' as const,
      kind: null,
      sizeClass: 'lt10k',
    };
    const params = Object.fromEntries(Object.entries(viewQueryParams(view)).filter(([, v]) => v !== null));
    expect(readView(convertToParamMap(params))).toEqual(view);
  });

  it('turns a view into the API filter', () => {
    const view = { ...EMPTY_VIEW, landArs: '07', kind: 'Landkreis' };
    expect(apiFilter(view, ['07131'])).toEqual({
      landArs: '07',
      level: null,
      kind: 'Landkreis',
      sizeClass: null,
      regionArs: ['07131'],
    });
  });

  it('reads a list of up to six region keys, unique, digits only', () => {
    expect(readRegionList('07131, 07132,07131,abc,071,07133,07134,07135,07137,07138')).toEqual([
      '07131',
      '07132',
      '071',
      '07133',
      '07134',
      '07135',
    ]);
    expect(readRegionList(null)).toEqual([]);
  });
});
