import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { QuestionnairesApi, latestVersion } from '@digitalcheck/dashboard-questionnaires-data-access';
import { LoadState, loadState } from '@digitalcheck/dashboard-regions-data-access';
import type { QuestionDefinition, SectionDefinition } from '@digitalcheck/shared-scoring';
import { switchMap, throwError } from 'rxjs';
import {
  conditionLabel,
  describe,
  formatNumberDe,
  numberScoringLabels,
  optionScoreLabel,
  questionTypeLabel,
  questionWeightLabel,
  sectionWeightLabel,
  statusLabel,
} from '../definition-labels';

const LOADING: LoadState<never> = { status: 'loading' };

/** Anchor id of a section, for the table of contents. */
export function sectionAnchor(section: SectionDefinition): string {
  return `abschnitt-${section.code}`;
}

/** One question prepared for the template: every German description computed once. */
interface QuestionView {
  question: QuestionDefinition;
  type: string;
  weight: string | null;
  condition: string | null;
  options: { code: string; label: string; score: string | null }[];
  rows: { code: string; label: string }[];
  numberRules: string[];
}

/**
 * The questionnaire as published: sections in order, each question with type, options and their scores,
 * conditions and number thresholds, plus a short explanation of how answers are counted. Read-only.
 */
@Component({
  selector: 'dc-questionnaire-page',
  templateUrl: './questionnaire-page.html',
  styleUrl: './questionnaire-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionnairePage {
  private readonly api = inject(QuestionnairesApi);

  protected readonly state = toSignal(
    loadState(
      this.api.list().pipe(
        switchMap((list) => {
          const questionnaire = list[0];
          const version = questionnaire ? latestVersion(questionnaire) : null;
          return questionnaire && version
            ? this.api.version(questionnaire.id, version.version)
            : throwError(() => ({ status: 404 }));
        }),
      ),
    ),
    { initialValue: LOADING },
  );

  protected readonly loaded = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : null;
  });
  protected readonly empty = computed(() => {
    const state = this.state();
    return state.status === 'error' && state.httpStatus === 404;
  });
  protected readonly failed = computed(() => this.state().status === 'error' && !this.empty());

  protected readonly status = computed(() => statusLabel(this.loaded()?.status ?? ''));

  protected readonly sections = computed(() =>
    (this.loaded()?.definition.sections ?? []).map((section) => ({
      section,
      anchor: sectionAnchor(section),
      weight: sectionWeightLabel(section),
      questions: section.questions.map(toView),
    })),
  );

  /** "2/3" of the scoring rules, from the definition. */
  protected readonly minShare = computed(() => {
    const share = this.loaded()?.definition.scoring.fieldMinAnsweredShare;
    return share ? `${share.numerator}/${share.denominator}` : '';
  });
  protected readonly gate = computed(() => {
    const gate = this.loaded()?.definition.scoring.gate;
    return gate ? { level: formatNumberDe(gate.maxMaturityLevel), unless: describe(gate.unless) } : null;
  });

  protected jumpTo(event: Event, anchor: string): void {
    event.preventDefault();
    const target = document.getElementById(anchor);
    target?.scrollIntoView();
    target?.focus();
  }
}

function toView(question: QuestionDefinition): QuestionView {
  return {
    question,
    type: questionTypeLabel(question),
    weight: questionWeightLabel(question),
    condition: question.condition ? conditionLabel(question.condition) : null,
    options: ('options' in question ? question.options : []).map((option) => ({
      code: option.code,
      label: option.label,
      score: question.scored ? optionScoreLabel(option) : null,
    })),
    rows: question.type === 'matrix' ? question.rows : [],
    numberRules: numberScoringLabels(question),
  };
}
