import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '../support/running-api';

type Json = Record<string, unknown>;
type Question = Json & { options?: Json[]; numberScoring?: { thresholds: Json[] } };
export type Definition = Json & { sections: (Json & { questions: Question[] })[] };

/** A fresh copy of the default questionnaire's JSON. */
export function defaultDefinition(): Definition {
  const file = join(workspaceRoot, 'libs/shared/scoring/src/definitions/digitale-kommune-v1.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Definition;
}

/** Section 1 is "A"; its questions 0 (A1, single choice), 1 (A2) and 3 (A4, number with thresholds). */
export const BROKEN: Record<string, { change: (d: Definition) => void; line: RegExp }> = {
  'unknown question type': {
    change: (d) => (d.sections[1].questions[0]['type'] = 'slider'),
    line: /^\/sections\/1\/questions\/0\/type unknownQuestionType /m,
  },
  'duplicate codes': {
    change: (d) => (d.sections[1].questions[1]['code'] = 'A1'),
    line: /^\/sections\/1\/questions\/1 duplicateCode Question code "A1" is already used/m,
  },
  'condition cycle': {
    change: (d) => (d.sections[1].questions[0]['condition'] = { answered: 'A2' }),
    line: /^\/sections\/1\/questions\/\d\/condition conditionCycle /m,
  },
  'missing option score': {
    change: (d) => delete d.sections[1].questions[0].options?.[0]['score'],
    line: /^\/sections\/1\/questions\/0\/options\/0\S* missingOptionScore /m,
  },
  'non-ascending thresholds': {
    change: (d) => d.sections[1].questions[3].numberScoring?.thresholds.reverse(),
    line: /^\/sections\/1\/questions\/3\/numberScoring\/thresholds\S* thresholdsNotAscending /m,
  },
};

export function writeDefinition(dir: string, name: string, definition: Definition): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(definition));
  return file;
}
