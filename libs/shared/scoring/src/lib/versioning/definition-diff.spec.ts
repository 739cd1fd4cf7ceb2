import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIGITALE_KOMMUNE_V1 } from '../../definitions/digitale-kommune-v1/definition';
import { yesNo } from '../../definitions/question-builders';
import type { ChoiceQuestion, MultipleChoiceQuestion, NumberQuestion } from '../definition/questionnaire-definition';
import { STATUS_SCALE } from '../definition/standard-scales';
import {
  ALL_QUESTION_CODES,
  changedQuestions,
  changedSections,
  questionIn,
  variant,
} from '../../testing/definition-variants';
import { diffDefinitions } from './definition-diff';

const diffTo = (change: Parameters<typeof variant>[0]) => diffDefinitions(DIGITALE_KOMMUNE_V1, variant(change));
const codesOf = (diff: ReturnType<typeof diffDefinitions>) => diff.questions.map((q) => q.code);

describe('diffDefinitions', () => {
  it('an identical copy: every question, section and indicator unchanged, in definition order', () => {
    const diff = diffTo(() => undefined);
    expect(diff.older).toEqual({ id: 'digitale-kommune', version: 1 });
    expect(diff.newer).toEqual({ id: 'digitale-kommune', version: 2 });
    expect(codesOf(diff)).toEqual(ALL_QUESTION_CODES);
    expect(diff.questions.every((q) => q.status === 'unchanged' && q.changes.length === 0)).toBe(true);
    expect(diff.sections.map((s) => [s.code, s.status])).toEqual(
      ['S', 'A', 'H', 'VER', 'INF', 'BIL', 'WIR', 'TOU', 'SEN', 'SOZ', 'ORT', 'ALL', 'E'].map((c) => [c, 'unchanged']),
    );
    expect(diff.scoring).toEqual([]);
    expect(diff.indicators).toEqual([
      { code: 'ohneStrategie', status: 'unchanged', changes: [], question: 'A1' },
      { code: 'grossesHemmnis', status: 'unchanged', changes: [], question: 'H1' },
    ]);
    expect(diff.indexDependsOn).toEqual(['P1', 'A1']);
  });

  it('the published JSON equals the typed constant', () => {
    const json = JSON.parse(readFileSync(join(__dirname, '../../definitions/digitale-kommune-v1.json'), 'utf8'));
    const diff = diffDefinitions(DIGITALE_KOMMUNE_V1, json);
    expect(changedQuestions(diff)).toEqual([]);
    expect(changedSections(diff)).toEqual([]);
  });

  it('records what each question depends on and where it lives', () => {
    const diff = diffTo(() => undefined);
    const entry = (code: string) => diff.questions.find((q) => q.code === code);
    expect(entry('A2')?.newer).toEqual({ section: 'A', scored: false, dependsOn: ['A1'] });
    expect(entry('A4')?.older).toEqual({ section: 'A', scored: true, dependsOn: ['S3'] });
    expect(entry('V1')?.newer).toEqual({ section: 'VER', scored: true, dependsOn: [] });
  });

  it('reworded A3: text', () => {
    const diff = diffTo((d) => {
      questionIn(d, 'A3').text = 'Gibt es eine Digitalbeauftragte oder einen Digitalbeauftragten?';
    });
    expect(changedQuestions(diff)).toEqual([['A3', 'changed', ['text']]]);
    expect(changedSections(diff)).toEqual([]);
  });

  it('white space and line breaks alone are no change', () => {
    const diff = diffTo((d) => {
      const a3 = questionIn(d, 'A3');
      a3.text = `  ${a3.text.replace(' ', '\n  ')} `;
    });
    expect(changedQuestions(diff)).toEqual([]);
  });

  it('changed option score in V1: optionScores', () => {
    const diff = diffTo((d) => {
      (questionIn(d, 'V1') as ChoiceQuestion).options[1].score = 0.2;
    });
    expect(changedQuestions(diff)).toEqual([['V1', 'changed', ['optionScores']]]);
  });

  it('relabelled option in V1: optionLabels only', () => {
    const diff = diffTo((d) => {
      (questionIn(d, 'V1') as ChoiceQuestion).options[1].label = '1 bis 9';
    });
    expect(changedQuestions(diff)).toEqual([['V1', 'changed', ['optionLabels']]]);
  });

  it('removed I2: listed right after I1; INF lost a question', () => {
    const diff = diffTo((d) => {
      d.sections[4].questions.splice(1, 1);
    });
    expect(changedQuestions(diff)).toEqual([['I2', 'removed', []]]);
    expect(codesOf(diff)).toEqual(ALL_QUESTION_CODES);
    expect(diff.questions.find((q) => q.code === 'I2')).toMatchObject({
      older: { section: 'INF', scored: true },
      newer: null,
    });
    expect(changedSections(diff)).toEqual([['INF', 'changed', ['questions']]]);
  });

  it('a removed first question comes first', () => {
    const diff = diffTo((d) => {
      d.sections[0].questions.shift();
    });
    expect(codesOf(diff).slice(0, 2)).toEqual(['S1', 'S2']);
    expect(changedQuestions(diff)).toEqual([['S1', 'removed', []]]);
  });

  it('added V7 after V6', () => {
    const diff = diffTo((d) => {
      d.sections[3].questions.push(yesNo('V7', 'Nutzen Sie ein Dokumentenmanagementsystem?'));
    });
    expect(changedQuestions(diff)).toEqual([['V7', 'added', []]]);
    expect(codesOf(diff).slice(18, 26)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'I1']);
    expect(changedSections(diff)).toEqual([['VER', 'changed', ['questions']]]);
  });

  it('moved V6 from VER to SEN: section; listed at its new place', () => {
    const diff = diffTo((d) => {
      const [v6] = d.sections[3].questions.splice(5, 1);
      d.sections[8].questions.push(v6);
    });
    expect(changedQuestions(diff)).toEqual([['V6', 'changed', ['section']]]);
    expect(codesOf(diff).slice(36, 43)).toEqual(['T3', 'G1', 'G2', 'G3', 'G4', 'V6', 'Z1']);
    expect(changedSections(diff)).toEqual([
      ['VER', 'changed', ['questions']],
      ['SEN', 'changed', ['questions']],
    ]);
  });

  it('changed weight: V1 from 2 to 1; a missing weight equals 1', () => {
    const diff = diffTo((d) => {
      questionIn(d, 'V1').weight = 1;
      delete questionIn(d, 'A3').weight;
    });
    expect(changedQuestions(diff)).toEqual([['V1', 'changed', ['weight']]]);
  });

  it('changed condition of A2; the order of an "in" list does not matter', () => {
    const narrowed = diffTo((d) => {
      questionIn(d, 'A2').condition = { q: 'A1', in: ['a', 'b'] };
    });
    expect(changedQuestions(narrowed)).toEqual([['A2', 'changed', ['condition']]]);
    const reordered = diffTo((d) => {
      questionIn(d, 'A2').condition = { q: 'A1', in: ['c', 'b', 'a'] };
    });
    expect(changedQuestions(reordered)).toEqual([]);
  });

  it('help text, required, answer format, unit, number scoring', () => {
    const diff = diffTo((d) => {
      const a4 = questionIn(d, 'A4') as NumberQuestion;
      a4.help = 'Vollzeitäquivalente.';
      a4.required = true;
      a4.max = 500;
      a4.unit = 'Stellen';
      if (a4.numberScoring?.kind === 'thresholds') a4.numberScoring.thresholds[2] = { from: 1, score: 1 };
    });
    expect(changedQuestions(diff)).toEqual([
      ['A4', 'changed', ['helpText', 'required', 'numberScoring', 'unit', 'answerFormat']],
    ]);
  });

  it('type change A3 JN → UST: type and options; k of V4; P1 row labels', () => {
    const diff = diffTo((d) => {
      Object.assign(questionIn(d, 'A3'), { type: 'statusScale', options: STATUS_SCALE.map((o) => ({ ...o })) });
      (questionIn(d, 'V4') as MultipleChoiceQuestion).k = 2;
      const p1 = questionIn(d, 'P1');
      if (p1.type === 'matrix') p1.rows[0].label = 'Verwaltung';
    });
    expect(changedQuestions(diff)).toEqual([
      ['A3', 'changed', ['type', 'options']],
      ['P1', 'changed', ['rowLabels']],
      ['V4', 'changed', ['k']],
    ]);
  });

  it('section weight, title; global scoring parameters; fractions by value', () => {
    const diff = diffTo((d) => {
      d.sections[1].weight = 3;
      d.sections[1].title = 'Strategie und Steuerung';
      d.scoring.fieldMinAnsweredShare = { numerator: 3, denominator: 4 };
      d.scoring.indexMinScoredShare = { numerator: 4, denominator: 6 };
      delete d.scoring.gate;
    });
    expect(changedQuestions(diff)).toEqual([]);
    expect(changedSections(diff)).toEqual([['A', 'changed', ['title', 'weight']]]);
    expect(diff.scoring).toEqual(['fieldMinAnsweredShare', 'gate']);
    expect(diff.indexDependsOn).toEqual(['P1', 'A1']);
  });

  it('added section X and a changed indicator', () => {
    const diff = diffTo((d) => {
      d.sections.splice(12, 0, {
        code: 'X',
        title: 'Klimaschutz',
        weight: 1,
        fieldOfAction: false,
        countsInIndex: true,
        questions: [yesNo('X1', 'Gibt es ein digitales Energiemonitoring?')],
      });
      d.indicators[0].in = ['e'];
    });
    expect(changedSections(diff)).toEqual([['X', 'added', []]]);
    expect(diff.sections.map((s) => s.code).slice(-3)).toEqual(['ALL', 'X', 'E']);
    expect(changedQuestions(diff)).toEqual([['X1', 'added', []]]);
    expect(diff.indicators[0]).toEqual({ code: 'ohneStrategie', status: 'changed', changes: ['in'], question: 'A1' });
  });
});
