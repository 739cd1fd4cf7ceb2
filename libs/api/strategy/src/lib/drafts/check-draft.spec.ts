import type { StrategyContent } from '@digitalcheck/shared-contracts';
import { type CatalogueEntry, checkDraft } from './check-draft';

const catalogue = new Map<string, CatalogueEntry>([
  ['m-ver', { id: 'm-ver', field: 'VER' }],
  ['m-tou', { id: 'm-tou', field: 'TOU' }],
]);

function content(overrides: Partial<StrategyContent> = {}): StrategyContent {
  return {
    focusFields: ['VER', 'TOU'],
    vision: '',
    measures: [
      {
        measureId: 'm-ver',
        goal: 'Ziel',
        responsible: 'Büro',
        startMonth: '2027-01',
        endMonth: '2027-06',
        budgetEur: 100,
      },
    ],
    ...overrides,
  };
}

describe('checkDraft', () => {
  it('accepts measures of the focus fields with a time frame in order', () => {
    expect(checkDraft(content(), catalogue)).toEqual([]);
  });

  it('accepts an empty draft and open time frames', () => {
    expect(checkDraft({ focusFields: [], vision: '', measures: [] }, catalogue)).toEqual([]);
    const open = content();
    open.measures[0] = { ...open.measures[0], startMonth: null, endMonth: '2027-01' };
    expect(checkDraft(open, catalogue)).toEqual([]);
  });

  it('names measures missing from the catalogue, outside the focus fields or chosen twice', () => {
    const measure = content().measures[0];
    const errors = checkDraft(
      content({
        focusFields: ['VER'],
        measures: [measure, { ...measure, measureId: 'nope' }, { ...measure, measureId: 'm-tou' }, measure],
      }),
      catalogue,
    );
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['content.measures.1.measureId', 'unknownMeasure'],
      ['content.measures.2.measureId', 'measureOutsideFocus'],
      ['content.measures.3.measureId', 'duplicateMeasure'],
    ]);
  });

  it('names a time frame that ends before it starts', () => {
    const late = content();
    late.measures[0] = { ...late.measures[0], startMonth: '2027-06', endMonth: '2027-05' };
    expect(checkDraft(late, catalogue)).toEqual([
      {
        field: 'content.measures.0.endMonth',
        code: 'endBeforeStart',
        message: 'endMonth must not be before startMonth',
      },
    ]);
  });
});
