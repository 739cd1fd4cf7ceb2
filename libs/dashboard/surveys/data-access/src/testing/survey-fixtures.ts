import type { ResponseComparison, WaveSummary } from '@digitalcheck/shared-contracts';
import {
  LIKERT5_SCALE,
  STATUS_SCALE,
  YES_NO_SCALE,
  type QuestionDefinition,
  type QuestionnaireDefinition,
  type ResponseScore,
} from '@digitalcheck/shared-scoring';
import type { SurveyResponse, SurveyResult } from '../lib/surveys-api';

/** A small definition with every question type the respondent pages render, and one condition (B2 on B1). */
export const surveyDefinition: QuestionnaireDefinition = {
  id: 'test-kommune',
  version: 1,
  title: 'Testfragebogen',
  scoring: {
    fieldMinAnsweredShare: { numerator: 2, denominator: 3 },
    indexMinScoredShare: { numerator: 2, denominator: 3 },
  },
  sections: [
    {
      code: 'A',
      title: 'Strategie',
      weight: 2,
      fieldOfAction: false,
      countsInIndex: true,
      questions: [
        {
          code: 'A1',
          type: 'yesNo',
          text: 'Gibt es eine Digitalstrategie?',
          required: true,
          scored: true,
          options: [...YES_NO_SCALE],
        },
        {
          code: 'A2',
          type: 'singleChoice',
          text: 'Wer steuert die Digitalisierung?',
          help: 'Wählen Sie die zuständige Stelle.',
          required: true,
          scored: true,
          options: [
            { code: 'a', label: 'Die Verwaltungsspitze', score: 1 },
            { code: 'b', label: 'Niemand', score: 0 },
          ],
        },
        {
          code: 'A3',
          type: 'multipleChoice',
          text: 'Welche Online-Dienste gibt es?',
          required: false,
          scored: true,
          k: 2,
          options: [
            { code: 'termin', label: 'Terminbuchung', score: 1 },
            { code: 'bezahlen', label: 'Online-Bezahlung', score: 1 },
            { code: 'keine', label: 'keine davon', score: 0, exclusive: true },
          ],
        },
        {
          code: 'A4',
          type: 'likert5',
          text: 'Die Verwaltung ist offen für Neues.',
          required: false,
          scored: true,
          options: [...LIKERT5_SCALE],
        },
      ],
    },
    {
      code: 'B',
      title: 'Verwaltung',
      weight: 1,
      fieldOfAction: true,
      countsInIndex: true,
      questions: [
        {
          code: 'B1',
          type: 'statusScale',
          text: 'E-Akte eingeführt?',
          required: true,
          scored: true,
          options: [...STATUS_SCALE],
        },
        {
          code: 'B2',
          type: 'number',
          text: 'Wie viele Stellen gibt es für Digitalisierung?',
          required: false,
          scored: false,
          min: 0,
          max: 50,
          unit: 'Vollzeitstellen',
          condition: { q: 'B1', in: ['vollstaendig', 'teilweise'] },
        },
        {
          code: 'B3',
          type: 'text',
          text: 'Was ist Ihr bestes Beispiel?',
          required: false,
          scored: false,
          maxLength: 200,
        },
        {
          code: 'B4',
          type: 'matrix',
          text: 'Wie groß sind diese Hemmnisse?',
          required: true,
          scored: false,
          rows: [
            { code: 'geld', label: 'Geld' },
            { code: 'personal', label: 'Personal' },
          ],
          options: [
            { code: '1', label: 'klein', value: 1 },
            { code: '2', label: 'mittel', value: 2 },
            { code: '3', label: 'groß', value: 3 },
          ],
        },
      ],
    },
  ],
  indicators: [{ code: 'ohneStrategie', label: 'ohne Digitalstrategie', question: 'A1', in: ['nein'] }],
};

export const openWave: WaveSummary = {
  id: 'w-1',
  title: 'Digitalcheck 2026',
  questionnaireId: 'test-kommune',
  questionnaireVersion: 1,
  landArs: '07',
  startsAt: '2026-03-01T00:00:00.000Z',
  endsAt: '2026-06-30T22:00:00.000Z',
  closedAt: null,
  status: 'open',
  invited: 24,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  manageable: false,
  myRegions: ['07137'],
};

export const draftResponse: SurveyResponse = {
  id: 'r-1',
  waveId: 'w-1',
  waveTitle: 'Digitalcheck 2026',
  waveStatus: 'open',
  regionArs: '07137',
  regionName: 'Landkreis Mayen-Koblenz',
  questionnaireId: 'test-kommune',
  questionnaireVersion: 1,
  status: 'draft',
  answers: {
    A1: { value: 'ja', version: 2, savedAt: '2026-03-10T09:00:00.000Z', savedBy: 'Mia Mayen' },
    A2: { value: 'a', version: 1, savedAt: '2026-03-10T09:01:00.000Z', savedBy: 'Mia Mayen' },
  },
  hiddenQuestions: ['B2'],
  progress: {
    answered: 2,
    visible: 7,
    share: 2 / 7,
    sections: [
      { section: 'A', answered: 2, visible: 4, share: 0.5 },
      { section: 'B', answered: 0, visible: 3, share: 0 },
    ],
  },
  editable: true,
  createdAt: '2026-03-10T08:59:00.000Z',
  submittedAt: null,
  publishedAt: null,
};

export const surveyScore: ResponseScore = {
  definition: { id: 'test-kommune', version: 1 },
  fields: [
    field('A', 'Strategie', false, 2, 'scored', 62.5, 4),
    field('B', 'Verwaltung', true, 1, 'incomplete', null, null),
  ],
  index: {
    status: 'scored',
    score: 62.5,
    maturityLevel: 4,
    gatedMaturityLevel: 4,
    gateApplied: false,
    weightRemaining: 3,
    weightScored: 2,
    excludedFields: [],
  },
  priorityIndex: { score: null, maturityLevel: null, prioritySum: 0, fields: [] },
  indicators: { ohneStrategie: false },
  completeness: { answered: 5, visible: 7, share: 5 / 7, sections: [] },
  hiddenQuestions: [],
};

export const surveyResult: SurveyResult = {
  responseId: 'r-1',
  status: 'submitted',
  submittedAt: '2026-03-12T10:30:00.000Z',
  score: surveyScore,
};

/** Strategie compares well; Verwaltung has no own score and too few peers (suppressed). */
export const surveyComparison: ResponseComparison = {
  responseId: 'r-1',
  waveId: 'w-1',
  minimumGroupSize: 3,
  peerGroup: { label: 'Landkreis, 150.000 bis unter 250.000 Einwohner', members: 4 },
  land: { ars: '07', name: 'Rheinland-Pfalz', members: 12 },
  index: {
    section: null,
    title: 'Gesamtindex',
    own: 62.5,
    peerMedian: { members: 4, value: 55.25, suppressed: false },
    landAverage: { members: 12, value: 48.4, suppressed: false },
  },
  fields: [
    {
      section: 'A',
      title: 'Strategie',
      own: 62.5,
      peerMedian: { members: 4, value: 70, suppressed: false },
      landAverage: { members: 12, value: 51.5, suppressed: false },
    },
    {
      section: 'B',
      title: 'Verwaltung',
      own: null,
      peerMedian: { members: 2, value: null, suppressed: true },
      landAverage: { members: 9, value: 40, suppressed: false },
    },
  ],
};

function field(
  section: string,
  title: string,
  fieldOfAction: boolean,
  indexWeight: number,
  status: 'scored' | 'incomplete',
  score: number | null,
  maturityLevel: 4 | null,
): ResponseScore['fields'][number] {
  return {
    section,
    title,
    fieldOfAction,
    countsInIndex: true,
    indexWeight,
    status,
    score,
    maturityLevel,
    weightCounted: 3,
    weightAnswered: 2,
    weightedScoreSum: 1.25,
    priority: null,
    notRelevant: false,
    items: [],
  };
}

/** A question of `surveyDefinition` by code. */
export function surveyQuestion(code: string): QuestionDefinition {
  const question = surveyDefinition.sections.flatMap((s) => s.questions).find((q) => q.code === code);
  if (!question) throw new Error(`No question ${code}`);
  return question;
}
