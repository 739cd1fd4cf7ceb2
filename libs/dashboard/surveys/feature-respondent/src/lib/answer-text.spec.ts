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

  describe('resumes where the response was left off', () => {
    const progress = (a: number, b: number) => [
      { section: 'A', answered: a, visible: 4, share: a / 4 },
      { section: 'B', answered: b, visible: 3, share: b / 3 },
    ];
    const savedAt = (time: string) => ({ savedAt: `2026-03-10T${time}:00.000Z` });

    it('in the section of the answer saved last, though an earlier section has an open question', () => {
      expect(resumeSection(surveyDefinition, progress(3, 1), { A1: savedAt('09:00'), B1: savedAt('09:05') })).toBe('B');
    });

    it('in the section of the answer saved last, also when that is not the last section', () => {
      expect(resumeSection(surveyDefinition, progress(3, 1), { B1: savedAt('09:00'), A4: savedAt('09:05') })).toBe('A');
    });

    it('in the next section with open questions once that section is complete, else the first one', () => {
      expect(resumeSection(surveyDefinition, progress(4, 1), { A4: savedAt('09:05') })).toBe('B');
      expect(resumeSection(surveyDefinition, progress(3, 3), { B3: savedAt('09:05'), A1: savedAt('09:00') })).toBe('A');
      expect(resumeSection(surveyDefinition, progress(4, 3), { B3: savedAt('09:05') })).toBeNull();
    });
  });
});
