import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUESTION_TYPES } from '../../lib/definition/questionnaire-definition';
import { COMPARE_OPERATORS } from '../../lib/definition/condition';
import { validateDefinition } from '../../lib/validation/validate-definition';
import { schemaErrors } from '../../testing/schema-subset-validator';
import { DIGITALE_KOMMUNE_V1 } from './definition';

const readJson = (relative: string): unknown => JSON.parse(readFileSync(join(__dirname, relative), 'utf8'));
const definitionJson = readJson('../digitale-kommune-v1.json');
const schema = readJson('../../schema/questionnaire-definition.schema.json') as Record<string, unknown>;
const questions = DIGITALE_KOMMUNE_V1.sections.flatMap((s) => s.questions);

describe('default questionnaire "Digitale Kommune – Standortbestimmung" v1', () => {
  it('passes validateDefinition as published JSON', () => {
    const result = validateDefinition(definitionJson);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('JSON file and typed constant are identical (regenerate with scripts/write-default-definition.ts)', () => {
    expect(definitionJson).toEqual(JSON.parse(JSON.stringify(DIGITALE_KOMMUNE_V1)));
  });

  it('has the 56 questions of the spec, 45 of them scored', () => {
    expect(questions).toHaveLength(56);
    expect(questions.filter((q) => q.scored)).toHaveLength(45);
  });

  it('has the sections of the spec in order, with A weighted 2 and the nine fields weighted 1', () => {
    expect(DIGITALE_KOMMUNE_V1.sections.map((s) => [s.code, s.weight, s.fieldOfAction, s.countsInIndex])).toEqual([
      ['S', 0, false, false],
      ['A', 2, false, true],
      ['H', 0, false, false],
      ...['VER', 'INF', 'BIL', 'WIR', 'TOU', 'SEN', 'SOZ', 'ORT', 'ALL'].map((code) => [code, 1, true, true]),
      ['E', 0, false, false],
    ]);
  });

  it('carries the weights and k of the spec', () => {
    const weighted = questions.filter((q) => (q.weight ?? 1) !== 1).map((q) => [q.code, q.weight]);
    expect(weighted).toEqual([
      ['A1', 3],
      ['V1', 2],
      ['I1', 2],
    ]);
    const k = questions.flatMap((q) => (q.type === 'multipleChoice' && q.k !== undefined ? [[q.code, q.k]] : []));
    expect(k).toEqual([
      ['A9', 3],
      ['V4', 3],
      ['B2', 2],
      ['W1', 2],
      ['T2', 3],
      ['O3', 2],
      ['L1', 4],
      ['L3', 2],
      ['L4', 2],
    ]);
  });
});

describe('published JSON schema agrees with the format', () => {
  it('accepts the default questionnaire', () => {
    expect(schemaErrors(schema, definitionJson)).toEqual([]);
  });

  it('is draft 2020-12 and requires what the types require', () => {
    const defs = schema['$defs'] as Record<string, Record<string, unknown>>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['required']).toEqual(['id', 'version', 'title', 'scoring', 'sections', 'indicators']);
    expect(defs['section']['required']).toEqual([
      'code',
      'title',
      'weight',
      'fieldOfAction',
      'countsInIndex',
      'questions',
    ]);
    expect(defs['option']['required']).toEqual(['code', 'label']);
    expect(defs['indicator']['required']).toEqual(['code', 'label', 'question', 'in']);
  });

  it('lists exactly the question types and comparison operators of the code', () => {
    const defs = schema['$defs'] as Record<string, { properties: Record<string, { enum?: string[] }> }>;
    expect(defs['question'].properties['type'].enum).toEqual([...QUESTION_TYPES]);
    const comparison = (
      schema['$defs'] as Record<string, { oneOf: { properties: Record<string, { enum?: string[] }> }[] }>
    )['condition'].oneOf.find((shape) => 'op' in shape.properties);
    expect(comparison?.properties['op'].enum).toEqual([...COMPARE_OPERATORS]);
  });

  it.each([
    ['a missing title', (d: Record<string, unknown>) => delete d['title']],
    ['an unknown top-level property', (d: Record<string, unknown>) => (d['colour'] = 'blau')],
    ['an unknown question type', (d: Record<string, unknown>) => (firstQuestion(d)['type'] = 'slider')],
    ['a string weight', (d: Record<string, unknown>) => (firstSection(d)['weight'] = '2')],
    ['a score above 1', (d: Record<string, unknown>) => (firstOption(d)['score'] = 1.5)],
  ])('rejects %s, as validateDefinition does', (_, breakIt) => {
    const broken = JSON.parse(JSON.stringify(definitionJson)) as Record<string, unknown>;
    breakIt(broken);
    expect(schemaErrors(schema, broken)).not.toEqual([]);
    expect(validateDefinition(broken).ok).toBe(false);
  });
});

function firstSection(d: Record<string, unknown>): Record<string, unknown> {
  return (d['sections'] as Record<string, unknown>[])[1];
}
function firstQuestion(d: Record<string, unknown>): Record<string, unknown> {
  return (firstSection(d)['questions'] as Record<string, unknown>[])[0];
}
function firstOption(d: Record<string, unknown>): Record<string, unknown> {
  return (firstQuestion(d)['options'] as Record<string, unknown>[])[0];
}
