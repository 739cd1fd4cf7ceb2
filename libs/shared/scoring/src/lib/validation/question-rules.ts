/**
 * Per-question rules beyond structure: option flags, the fixed scales, and what a scored question needs
 * to be scored (rule 1).
 */
import type { ChoiceOption, NumberThreshold, QuestionDefinition } from '../definition/questionnaire-definition';
import { sameScaleOption, STANDARD_SCALES } from '../definition/standard-scales';
import { childPath, type DefinitionErrors } from './definition-errors';

export function checkQuestionRules(question: QuestionDefinition, path: string, errors: DefinitionErrors): void {
  if ('options' in question) checkOptions(question, question.options, childPath(path, 'options'), errors);
  if (question.type === 'number') {
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      errors.add(childPath(path, 'max'), 'invalidValue', 'max must not be below min.');
    }
    if (question.numberScoring?.kind === 'thresholds') {
      checkAscending(
        question.numberScoring.thresholds,
        childPath(childPath(path, 'numberScoring'), 'thresholds'),
        errors,
      );
    }
  }
  if (question.scored) checkScorable(question, path, errors);
}

function checkOptions(
  question: QuestionDefinition,
  options: readonly ChoiceOption[],
  path: string,
  errors: DefinitionErrors,
): void {
  const multiple = question.type === 'multipleChoice';
  options.forEach((option, i) => {
    const optionPath = childPath(path, i);
    const flags = [option.notApplicable, option.dontKnow, option.exclusive].filter(Boolean).length;
    if (flags > 1)
      errors.add(optionPath, 'conflictingFlags', 'An option is at most one of n/a, "weiß nicht" and exclusive.');
    if (multiple && (option.notApplicable || option.dontKnow)) {
      errors.add(optionPath, 'flagNotAllowed', 'A multiple choice knows only the exclusive flag ("keine davon").');
    }
    if (!multiple && option.exclusive) {
      errors.add(optionPath, 'flagNotAllowed', 'Only a multiple choice has exclusive options.');
    }
    // MC/k counts selected options; a score per option would suggest a weighting the engine does not do.
    if (option.score !== undefined && (multiple || option.notApplicable)) {
      errors.add(
        childPath(optionPath, 'score'),
        'unexpectedScore',
        multiple
          ? 'Options of a multiple choice carry no score; the item scores selected / k.'
          : 'A not-applicable option takes the item out of the calculation and carries no score.',
      );
    }
    if (option.dontKnow && option.score !== undefined && option.score !== 0) {
      errors.add(childPath(optionPath, 'score'), 'invalidValue', '"Weiß nicht" scores 0.');
    }
  });
  const scale = STANDARD_SCALES[question.type];
  if (scale && (scale.length !== options.length || scale.some((o, i) => !sameScaleOption(o, options[i])))) {
    errors.add(
      path,
      'scaleMismatch',
      `A ${question.type} question uses the standard scale: ${scale.map((o) => o.code).join(', ')}.`,
    );
  }
}

function checkScorable(question: QuestionDefinition, path: string, errors: DefinitionErrors): void {
  switch (question.type) {
    case 'text':
    case 'obstacleScale':
      errors.add(childPath(path, 'scored'), 'notScorable', `A ${question.type} question is never scored.`);
      return;
    case 'multipleChoice': {
      const scoredOptions = question.options.filter((o) => !o.exclusive).length;
      if (question.k === undefined) errors.add(path, 'missingK', 'A scored multiple choice needs k (MC/k).');
      else if (question.k > scoredOptions) {
        errors.add(childPath(path, 'k'), 'kTooLarge', `k = ${question.k} exceeds the ${scoredOptions} scored options.`);
      }
      return;
    }
    case 'number':
      if (!question.numberScoring)
        errors.add(path, 'missingNumberScoring', 'A scored number question needs numberScoring.');
      return;
    default:
      question.options.forEach((option, i) => {
        if (!option.notApplicable && option.score === undefined) {
          errors.add(
            childPath(childPath(path, 'options'), i),
            'missingOptionScore',
            `Option "${option.code}" of a scored question needs a score.`,
          );
        }
      });
  }
}

/** Strictly ascending by bound, and at an equal bound `from x` (≥) before `above x` (>). */
function checkAscending(thresholds: readonly NumberThreshold[], path: string, errors: DefinitionErrors): void {
  const key = (t: NumberThreshold): [number, number] => ('from' in t ? [t.from, 0] : [t.above, 1]);
  for (let i = 1; i < thresholds.length; i++) {
    const [bound, strict] = key(thresholds[i]);
    const [previousBound, previousStrict] = key(thresholds[i - 1]);
    if (bound < previousBound || (bound === previousBound && strict <= previousStrict)) {
      errors.add(
        childPath(path, i),
        'thresholdsNotAscending',
        'Thresholds must ascend: each starts above the one before.',
      );
    }
  }
}
