/**
 * Progress of a response: answered / visible questions, overall and per section. Every question type counts
 * here, scored or not; a matrix counts once all its rows are answered.
 */
import type { CompiledDefinition } from '../definition/compiled-definition';
import { isCompleteAnswer } from '../answers/read-answer';
import type { ResponseView } from '../conditions/response-view';
import type { CompletenessResult, SectionCompleteness } from './score-result';

export function computeCompleteness(compiled: CompiledDefinition, view: ResponseView): CompletenessResult {
  const sections: SectionCompleteness[] = compiled.questionsBySection.map((questions, i) => {
    let visible = 0;
    let answered = 0;
    for (const cq of questions) {
      if (!view.visible.get(cq.question.code)) continue;
      visible += 1;
      if (isCompleteAnswer(cq, view.readings.get(cq.question.code)?.answer ?? null)) answered += 1;
    }
    return {
      section: compiled.definition.sections[i].code,
      answered,
      visible,
      share: share(answered, visible),
    };
  });
  const answered = sections.reduce((total, s) => total + s.answered, 0);
  const visible = sections.reduce((total, s) => total + s.visible, 0);
  return { answered, visible, share: share(answered, visible), sections };
}

function share(answered: number, visible: number): number {
  return visible === 0 ? 1 : answered / visible;
}
