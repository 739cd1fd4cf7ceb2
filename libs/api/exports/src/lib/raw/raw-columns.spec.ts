import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import { RawExportLayout, type RawResponse } from './raw-columns';

const layout = new RawExportLayout(DIGITALE_KOMMUNE_V1);

function response(answers: Record<string, unknown>, extra: Partial<RawResponse> = {}): RawResponse {
  return {
    ars: '071405004000',
    name: 'Kirchberg (Hunsrück)',
    level: 'GEMEINDEVERBAND',
    kind: 'Verbandsgemeinde',
    population: 18_500,
    status: 'submitted',
    submittedAt: new Date('2026-03-02T09:30:00Z'),
    indexScore: 51.25,
    fieldScores: { A: 40, VER: 62.5, SOZ: null },
    answers,
    ...extra,
  };
}

function cells(r: RawResponse): Record<string, unknown> {
  const values = layout.row(r);
  return Object.fromEntries(layout.header.map((name, index) => [name, values[index]]));
}

describe('RawExportLayout', () => {
  it('starts with the region, status and score columns, then the questions in order', () => {
    expect(layout.header.slice(0, 8)).toEqual([
      'ARS',
      'Name',
      'Ebene',
      'Art',
      'Größenklasse',
      'Status',
      'Eingereicht am',
      'Index',
    ]);
    expect(layout.header).toEqual(expect.arrayContaining(['Index_A', 'Index_VER', 'Index_ALL']));
    expect(layout.header).not.toContain('Index_S');
    const after = layout.header.slice(layout.header.indexOf('S1'));
    expect(after.slice(0, 6)).toEqual(['S1', 'S2', 'S3', 'S3_stichtag', 'S4', 'A1']);
    expect(new Set(layout.header).size).toBe(layout.header.length);
  });

  it('has one column per matrix row and per multiple-choice option', () => {
    expect(layout.header.filter((name) => name.startsWith('H1_'))).toEqual(
      'abcdefghijk'.split('').map((row) => `H1_${row}`),
    );
    expect(layout.header.filter((name) => name.startsWith('A2_'))).toEqual([
      'A2_VER',
      'A2_INF',
      'A2_BIL',
      'A2_WIR',
      'A2_TOU',
      'A2_SEN',
      'A2_SOZ',
      'A2_ORT',
      'A2_ALL',
    ]);
    expect(layout.header).toContain('E2_freigabe');
  });

  it('writes a response: option codes, numeric codes as numbers, dichotomies, dates and texts', () => {
    const row = cells(
      response({
        ...VERBANDSGEMEINDE_EXAMPLE,
        E2: { text: '=HYPERLINK("http://example.org","x")', consentToPublish: true },
      }),
    );
    expect(row).toMatchObject({
      ARS: '071405004000',
      Name: 'Kirchberg (Hunsrück)',
      Ebene: 'Gemeindeverband',
      Art: 'Verbandsgemeinde',
      Größenklasse: '10.000 bis unter 20.000 Einwohner',
      Status: 'eingereicht',
      'Eingereicht am': new Date('2026-03-02T09:30:00Z'),
      Index: 51.25,
      Index_A: 40,
      Index_VER: 62.5,
      Index_SOZ: null,
      Index_INF: null,
      S1: '071405004000',
      S2: 'verbandsgemeinde',
      S3: 18_500,
      S3_stichtag: new Date('2024-12-31T00:00:00Z'),
      A1: 'c',
      A2_VER: 1,
      A2_BIL: 0,
      A2_ALL: 1,
      A4: 0.5,
      A7: 2,
      P1_VER: 5,
      P1_SOZ: 'nichtRelevant',
      H1_b: 5,
      H2: 'Fachkräfte für die IT sind auf dem Land kaum zu finden.',
      V6: 1,
      I1: 62,
      // The writers neutralise text cells; the layout keeps the stored text.
      E2: '=HYPERLINK("http://example.org","x")',
      E2_freigabe: 1,
    });
  });

  it('leaves unanswered questions empty, also multiple choice and matrix rows', () => {
    const row = cells(response({ A2: [], H1: { a: '3' } }, { status: 'draft', submittedAt: null, indexScore: null }));
    expect(row).toMatchObject({
      Status: 'in Bearbeitung',
      'Eingereicht am': null,
      Index: null,
      A1: null,
      A2_VER: null,
      H1_a: 3,
      H1_b: null,
      S3: null,
      S3_stichtag: null,
      E2: null,
      E2_freigabe: null,
    });
  });

  it('names published responses and regions without a size class', () => {
    const row = cells(response({}, { status: 'published', level: 'GEMEINDE', population: null }));
    expect(row).toMatchObject({ Status: 'veröffentlicht', Ebene: 'Gemeinde', Größenklasse: null });
  });
});
