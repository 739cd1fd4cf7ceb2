/**
 * Answer validation: types, ranges, option codes, the exclusive option, matrix rows and values, and
 * "required" only at submit and only for visible questions.
 */
import { DIGITALE_KOMMUNE_V1 } from '../../definitions/digitale-kommune-v1/definition';
import { conditionalDefinition } from '../../testing/conditional-definition';
import { BEST_ANSWERS, copyOfDefault } from '../../testing/scoring-helpers';
import { validateAnswers } from './validate-answers';

const draft = (answers: Record<string, unknown>) => validateAnswers(DIGITALE_KOMMUNE_V1, answers, { forSubmit: false });
const MASTER_DATA = {
  S1: '071405004000',
  S2: 'verbandsgemeinde',
  S3: { value: 18500, referenceDate: '2024-12-31' },
  S4: 'itLeitung',
};

describe('validateAnswers', () => {
  it.each([
    ['unknownOption', { A1: 'z' }, 'A1'],
    ['wrongType', { A3: 1 }, 'A3'],
    ['wrongType', { A4: '3' }, 'A4'],
    ['wrongType', { V4: 'chat' }, 'V4'],
    ['wrongType', { H1: ['a'] }, 'H1'],
    ['wrongType', { E2: { text: 'Dorf-App', consentToPublish: 'ja' } }, 'E2'],
    ['wrongType', { E1: { text: 'kein Einwilligungsfeld', consentToPublish: true } }, 'E1'],
    ['belowMin', { A4: -1 }, 'A4'],
    ['aboveMax', { I1: 101 }, 'I1'],
    ['notInteger', { S3: 18500.5 }, 'S3'],
    ['invalidDate', { S3: { value: 18500, referenceDate: '2024-02-30' } }, 'S3'],
    ['exclusiveCombined', { V4: ['keineDavon', 'chat'] }, 'V4'],
    ['duplicateOption', { V4: ['chat', 'chat'] }, 'V4'],
    ['unknownOption', { V4: ['fax'] }, 'V4'],
    ['unknownRow', { H1: { z: '1' } }, 'H1'],
    ['unknownOption', { H1: { a: '9' } }, 'H1'],
    ['invalidFormat', { S1: '07140' }, 'S1'],
    ['tooLong', { E1: 'x'.repeat(2001) }, 'E1'],
    ['unknownQuestion', { Q99: 'ja' }, 'Q99'],
  ])('reports %s for %j', (code, answers, question) => {
    expect(draft(answers)).toEqual({ ok: false, errors: { [question]: code } });
  });

  it('accepts the valid shapes of every type', () => {
    expect(
      draft({
        ...MASTER_DATA,
        A1: 'a',
        A2: ['VER', 'INF'],
        V4: ['keineDavon'],
        P1: { VER: '5', SOZ: 'nichtRelevant' },
        H1: { a: '4', b: null },
        E2: { text: 'Digitale Sprechstunde', consentToPublish: true },
        S3: 18500,
      }),
    ).toEqual({ ok: true, errors: {} });
  });

  it('leaves everything open in a draft', () => {
    expect(draft({})).toEqual({ ok: true, errors: {} });
  });

  it('requires the visible required questions at submit', () => {
    expect(validateAnswers(DIGITALE_KOMMUNE_V1, {}, { forSubmit: true }).errors).toEqual({
      S1: 'required',
      S2: 'required',
      S3: 'required',
      S4: 'required',
      A1: 'required',
    });
    expect(validateAnswers(DIGITALE_KOMMUNE_V1, { ...BEST_ANSWERS, ...MASTER_DATA }, { forSubmit: true }).ok).toBe(
      true,
    );
  });

  it('needs every row of a required matrix at submit', () => {
    const definition = copyOfDefault();
    const p1 = definition.sections[1].questions.find((q) => q.code === 'P1');
    if (p1) p1.required = true;
    const answers = { ...BEST_ANSWERS, ...MASTER_DATA, P1: { VER: '5' } };
    expect(validateAnswers(definition, answers, { forSubmit: true }).errors).toEqual({ P1: 'rowsMissing' });
  });

  it('does not require a hidden question, but still checks a hidden answer', () => {
    const definition = conditionalDefinition();
    definition.sections[0].questions[1].required = true; // X2, shown only if X1 = a
    expect(validateAnswers(definition, { X1: 'b' }, { forSubmit: true }).errors).toEqual({});
    expect(validateAnswers(definition, { X1: 'a' }, { forSubmit: true }).errors).toEqual({ X2: 'required' });
    expect(validateAnswers(definition, { X1: 'b', X2: 'bogus' }, { forSubmit: false }).errors).toEqual({
      X2: 'unknownOption',
    });
  });
});
