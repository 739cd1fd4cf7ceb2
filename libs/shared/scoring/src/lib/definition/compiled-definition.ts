/**
 * Lookups derived once per definition, so that scoring a response does no searching. Cached per definition
 * object; definitions are immutable once published, so the cache never goes stale.
 */
import { conditionReferences, parseQuestionReference } from './condition';
import type {
  ChoiceOption,
  QuestionDefinition,
  QuestionnaireDefinition,
  SectionDefinition,
} from './questionnaire-definition';

export interface CompiledQuestion {
  question: QuestionDefinition;
  section: SectionDefinition;
  sectionIndex: number;
  weight: number;
  options: ReadonlyMap<string, ChoiceOption>;
  rows: readonly string[];
  /** Codes of the questions the condition looks at. */
  dependsOn: readonly string[];
}

export interface CompiledDefinition {
  definition: QuestionnaireDefinition;
  questions: readonly CompiledQuestion[];
  byCode: ReadonlyMap<string, CompiledQuestion>;
  /** Every question after the questions its condition refers to. */
  visibilityOrder: readonly CompiledQuestion[];
  questionsBySection: readonly (readonly CompiledQuestion[])[];
}

const cache = new WeakMap<QuestionnaireDefinition, CompiledDefinition>();

export function compileDefinition(definition: QuestionnaireDefinition): CompiledDefinition {
  const cached = cache.get(definition);
  if (cached) return cached;
  const compiled = compile(definition);
  cache.set(definition, compiled);
  return compiled;
}

function compile(definition: QuestionnaireDefinition): CompiledDefinition {
  const questionsBySection = definition.sections.map((section, sectionIndex) =>
    section.questions.map((question) => compileQuestion(question, section, sectionIndex)),
  );
  const questions = questionsBySection.flat();
  const byCode = new Map(questions.map((q) => [q.question.code, q]));
  return {
    definition,
    questions,
    byCode,
    visibilityOrder: orderByDependencies(questions, byCode),
    questionsBySection,
  };
}

function compileQuestion(
  question: QuestionDefinition,
  section: SectionDefinition,
  sectionIndex: number,
): CompiledQuestion {
  const options = 'options' in question ? question.options : [];
  const references = question.condition ? conditionReferences(question.condition) : [];
  return {
    question,
    section,
    sectionIndex,
    weight: question.weight ?? 1,
    options: new Map(options.map((o) => [o.code, o])),
    rows: question.type === 'matrix' ? question.rows.map((r) => r.code) : [],
    dependsOn: [...new Set(references.map((r) => parseQuestionReference(r).question))],
  };
}

function orderByDependencies(
  questions: readonly CompiledQuestion[],
  byCode: ReadonlyMap<string, CompiledQuestion>,
): CompiledQuestion[] {
  const ordered: CompiledQuestion[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (q: CompiledQuestion): void => {
    const code = q.question.code;
    if (state.get(code) === 'done') return;
    // validateDefinition rejects cycles; an unvalidated definition must not loop here.
    if (state.get(code) === 'visiting')
      throw new Error(`Condition cycle through ${code}; validate the definition first.`);
    state.set(code, 'visiting');
    for (const dependency of q.dependsOn) {
      const target = byCode.get(dependency);
      if (target) visit(target);
    }
    state.set(code, 'done');
    ordered.push(q);
  };
  questions.forEach(visit);
  return ordered;
}
