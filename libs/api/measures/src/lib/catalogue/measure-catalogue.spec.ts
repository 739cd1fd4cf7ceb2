import { MEASURE_EFFORTS } from '@digitalcheck/shared-contracts';
import { FIELD_CODES, measureRuleErrors } from '../measure-rules';
import { MEASURE_CATALOGUE } from './measure-catalogue';

describe('the shipped catalogue of measures', () => {
  it('has at least five measures for each of the nine fields of action, with unique codes', () => {
    expect(FIELD_CODES).toEqual(['VER', 'INF', 'BIL', 'WIR', 'TOU', 'SEN', 'SOZ', 'ORT', 'ALL']);
    for (const field of FIELD_CODES) {
      expect(MEASURE_CATALOGUE.filter((m) => m.field === field).length).toBeGreaterThanOrEqual(5);
    }
    const codes = MEASURE_CATALOGUE.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(MEASURE_CATALOGUE.map((m) => [m.code, m] as const))(
    '%s: valid field, code, costs, prerequisite and improved questions',
    (_code, measure) => {
      expect(measureRuleErrors(measure)).toEqual([]);
      expect(measure.code).toMatch(/^[A-Z]{3}-\d{2}$/);
      expect(MEASURE_EFFORTS).toContain(measure.effort);
      expect(measure.improves.length).toBeGreaterThan(0);
      expect(measure.costMin).toBeGreaterThanOrEqual(0);
      expect(measure.title.length).toBeLessThanOrEqual(200);
      expect(measure.example.title.length).toBeLessThanOrEqual(200);
      expect(measure.description.length).toBeGreaterThan(20);
      expect(measure.example.description.length).toBeGreaterThan(20);
    },
  );

  it('rejects what the catalogue must not contain, with the JSON path of the prerequisite', () => {
    const [first] = MEASURE_CATALOGUE;
    expect(
      measureRuleErrors({
        ...first,
        costMin: 10,
        costMax: 5,
        prerequisite: {
          all: [
            { q: 'A1', in: ['a'] },
            { q: 'X1', in: ['a'] },
          ],
        },
        improves: ['V1', 'S1', 'V1'],
      }),
    ).toEqual([
      { field: 'costMax', code: 'belowCostMin', message: 'costMax must not be below costMin' },
      { field: 'prerequisite/all/1/q', code: 'unknownQuestion', message: 'No question "X1".' },
      {
        field: 'improves.1',
        code: 'unknownQuestion',
        message: '"S1" is not a scored question of the questionnaire digitale-kommune',
      },
      { field: 'improves.2', code: 'duplicateQuestion', message: '"V1" is listed twice' },
    ]);
    expect(measureRuleErrors({ ...first, field: 'A' })).toEqual([
      {
        field: 'field',
        code: 'unknownField',
        message: 'field must be one of VER, INF, BIL, WIR, TOU, SEN, SOZ, ORT, ALL',
      },
    ]);
    expect(measureRuleErrors({ ...first, field: 'INF' })).toEqual([
      { field: 'code', code: 'codeFieldMismatch', message: 'code must start with "INF-"' },
    ]);
  });
});
