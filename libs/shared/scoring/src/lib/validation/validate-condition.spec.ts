import { DIGITALE_KOMMUNE_V1 } from '../../definitions/digitale-kommune-v1/definition';
import { validateCondition } from './validate-condition';

describe('validateCondition (measure prerequisites)', () => {
  const check = (json: unknown) => validateCondition(json, DIGITALE_KOMMUNE_V1);

  it('accepts conditions on questions, matrix rows and options of the questionnaire', () => {
    for (const condition of [
      { q: 'A1', in: ['a', 'b'] },
      { answered: 'P1.TOU' },
      { q: 'S3', op: 'gte', value: 10000 },
      { all: [{ q: 'P1.TOU', in: ['4', '5'] }, { not: { q: 'V4', in: ['keineDavon'] } }] },
    ]) {
      expect(check(condition)).toEqual({ ok: true, condition });
    }
  });

  it('names the JSON path of a broken structure', () => {
    expect(check({ all: [{ q: 'A1' }] })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '/all/0', code: 'invalidCondition' })],
    });
    expect(check({ q: 'A1', op: 'about', value: 1 })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '/op', code: 'invalidValue' })],
    });
    expect(check('A1')).toEqual({ ok: false, errors: [expect.objectContaining({ path: '', code: 'wrongType' })] });
  });

  it('names the JSON path of an unknown question, row or option', () => {
    expect(
      check({
        any: [
          { q: 'A1', in: ['a'] },
          { q: 'X9', in: ['a'] },
        ],
      }),
    ).toEqual({
      ok: false,
      errors: [{ path: '/any/1/q', code: 'unknownQuestion', message: 'No question "X9".' }],
    });
    expect(check({ answered: 'P1.XYZ' })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '/answered', code: 'unknownRow' })],
    });
    expect(check({ q: 'A1', in: ['a', 'z'] })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '/in/1', code: 'unknownOption' })],
    });
    expect(check({ q: 'A1', op: 'gt', value: 1 })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '/q', code: 'questionTypeMismatch' })],
    });
  });
});
