import { surveyDefinition, surveyQuestion } from '@digitalcheck/dashboard-surveys-data-access/testing';
import { answerText, isEmptyAnswerValue, parseNumberDe, resumeSection } from './answer-text';

const question = surveyQuestion;

describe('answer helpers', () => {
  it('parses German numbers', () => {
    expect([
      parseNumberDe('3,5'),
      parseNumberDe(' 12 '),
      parseNumberDe('1.234,5'),
      parseNumberDe('214.000'),
      parseNumberDe('2.5'),
      parseNumberDe(''),
    ]).toEqual([3.5, 12, 1234.5, 214000, 2.5, null]);
    expect(parseNumberDe('zwölf')).toBeNaN();
  });

  it('puts answers into words', () => {
    expect(answerText(question('A1'), 'weissNicht')).toBe('Weiß nicht');
    expect(answerText(question('A3'), ['termin', 'bezahlen'])).toBe('Terminbuchung, Online-Bezahlung');
    expect(answerText(question('B2'), 2.5)).toBe('2,5 Vollzeitstellen');
    expect(answerText(question('B4'), { geld: '3', personal: '1' })).toBe('Geld: groß; Personal: klein');
    expect(answerText(question('A1'), null)).toBe('keine Antwort');
  });

  it('knows empty answers', () => {
    expect([null, '', [], {}, 'ja', 0].map((v) => isEmptyAnswerValue(v as never))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('resumes at the first section with open questions', () => {
    expect(
      resumeSection(surveyDefinition, [
        { section: 'A', answered: 4, visible: 4, share: 1 },
        { section: 'B', answered: 1, visible: 3, share: 1 / 3 },
      ]),
    ).toBe('B');
    expect(resumeSection(surveyDefinition, [{ section: 'A', answered: 4, visible: 4, share: 1 }])).toBeNull();
  });
});
