/**
 * The one entry point that scores a response: every field, the index, the priority index, the indicators
 * and the completeness, from one reading of the answers.
 */
import { compileDefinition } from '../definition/compiled-definition';
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { readResponse } from '../conditions/response-view';
import { computeCompleteness } from './completeness';
import { readFieldPriorities } from './field-priority';
import { scoreField } from './field-score';
import { computeIndicators } from './indicators';
import type { ScoringContext } from './item-score';
import { computeIndex } from './overall-index';
import { computePriorityIndex } from './priority-index';
import type { FieldResult, ResponseScore } from './score-result';

/**
 * Expects a definition that passed validateDefinition. Answers may be anything: values that do not fit
 * their question count as unanswered (see validateAnswers for the reasons).
 */
export function scoreResponse(
  definition: QuestionnaireDefinition,
  answers: Readonly<Record<string, unknown>>,
  context: ScoringContext = {},
): ResponseScore {
  const compiled = compileDefinition(definition);
  const view = readResponse(compiled, answers);
  const priorityOf = readFieldPriorities(view, definition.scoring);

  const fields: FieldResult[] = [];
  definition.sections.forEach((section, i) => {
    const questions = compiled.questionsBySection[i];
    // Sections without scored questions (Stammdaten, Hemmnisse, Abschluss) have no field score.
    if (!section.countsInIndex && !questions.some((cq) => cq.question.scored)) return;
    fields.push(
      scoreField(section, questions, view, definition.scoring.fieldMinAnsweredShare, priorityOf(section.code), context),
    );
  });

  return {
    definition: { id: definition.id, version: definition.version },
    fields,
    index: computeIndex(fields, definition.scoring, view),
    priorityIndex: computePriorityIndex(fields),
    indicators: computeIndicators(compiled, view),
    completeness: computeCompleteness(compiled, view),
    hiddenQuestions: compiled.questions
      .filter((cq) => !view.visible.get(cq.question.code))
      .map((cq) => cq.question.code),
  };
}
