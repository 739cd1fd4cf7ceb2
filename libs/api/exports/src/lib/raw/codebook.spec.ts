import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { codebookLines, codebookRow } from './codebook';
import { RawExportLayout } from './raw-columns';

const lines = codebookLines(DIGITALE_KOMMUNE_V1);

describe('codebookLines', () => {
  it('describes every column of the data, in the same order', () => {
    const columns = [...new Set(lines.map((line) => line.column))];
    expect(columns).toEqual(new RawExportLayout(DIGITALE_KOMMUNE_V1).header);
  });

  it('lists the options of a choice question with value, label and score', () => {
    const a1 = lines.filter((line) => line.column === 'A1');
    expect(a1.map((line) => line.value)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(a1[0]).toMatchObject({ question: 'A1', section: 'A Strategie & Steuerung', type: 'Einfachauswahl' });
    const a1Question = DIGITALE_KOMMUNE_V1.sections[1].questions[0];
    expect(a1Question.code).toBe('A1');
    if (a1Question.type !== 'singleChoice') throw new Error('A1 is a single choice');
    expect(a1.map((line) => line.label)).toEqual(a1Question.options.map((option) => option.label));
    expect(a1.map((line) => line.score)).toEqual(a1Question.options.map((option) => option.score ?? null));
  });

  it('gives matrix rows their options, with numeric codes as numbers', () => {
    const p1 = lines.filter((line) => line.column === 'P1_VER');
    expect(p1.map((line) => line.value)).toEqual([1, 2, 3, 4, 5, 'nichtRelevant']);
    expect(p1[0].text).toMatch(/ – /);
  });

  it('has one line per multiple-choice option column, value 1', () => {
    const a2 = lines.find((line) => line.column === 'A2_VER');
    expect(a2).toMatchObject({ question: 'A2', value: 1, type: expect.stringMatching(/^Mehrfachauswahl/) });
  });

  it('describes the fixed columns and the extra columns of dates and consents', () => {
    expect(lines.filter((line) => line.column === 'Status').map((line) => line.value)).toEqual([
      'in Bearbeitung',
      'eingereicht',
      'veröffentlicht',
    ]);
    expect(lines.find((line) => line.column === 'S3_stichtag')).toMatchObject({ question: 'S3', type: 'Datum' });
    expect(lines.find((line) => line.column === 'E2_freigabe')).toMatchObject({ question: 'E2' });
    expect(codebookRow(lines[0])).toEqual(['ARS', '', 'Region', 'Amtlicher Regionalschlüssel', 'Text', null, '', null]);
  });
});
