/**
 * The default questionnaire "Digitale Kommune – Standortbestimmung", version 1, as a typed constant.
 * This is where it is written; ../digitale-kommune-v1.json is generated from it
 * (`node -r @swc-node/register libs/shared/scoring/scripts/write-default-definition.ts`) and a test keeps both
 * identical.
 */
import type { QuestionnaireDefinition } from '../../lib/definition/questionnaire-definition';
import { CLOSING } from './closing';
import { ADMINISTRATION, ECONOMY, EDUCATION, INFRASTRUCTURE } from './fields-of-action-1-4';
import { EVERYDAY_LIFE, SENIORS, SOCIAL, TOURISM, TOWN_DEVELOPMENT } from './fields-of-action-5-9';
import { MASTER_DATA, OBSTACLES, STRATEGY } from './master-data-and-strategy';

export const DIGITALE_KOMMUNE_V1: QuestionnaireDefinition = {
  $schema: '../schema/questionnaire-definition.schema.json',
  id: 'digitale-kommune',
  version: 1,
  title: 'Digitale Kommune – Standortbestimmung',
  description:
    'Selbsteinschätzung zur Digitalisierung in Strategie & Steuerung und den neun Handlungsfeldern der ' +
    'Digital-Werkstätten, mit Index 0–100 und fünf Reifegraden.',
  scoring: {
    fieldMinAnsweredShare: { numerator: 2, denominator: 3 },
    indexMinScoredShare: { numerator: 2, denominator: 3 },
    gate: { maxMaturityLevel: 3, unless: { q: 'A1', in: ['a', 'b'] } },
    fieldPriority: { question: 'P1' },
  },
  sections: [
    MASTER_DATA,
    STRATEGY,
    OBSTACLES,
    ADMINISTRATION,
    INFRASTRUCTURE,
    EDUCATION,
    ECONOMY,
    TOURISM,
    SENIORS,
    SOCIAL,
    TOWN_DEVELOPMENT,
    EVERYDAY_LIFE,
    CLOSING,
  ],
  indicators: [
    {
      code: 'ohneStrategie',
      label: 'ohne Digitalstrategie',
      description: 'A1 ∈ {d, e}: für die Zukunft geplant oder derzeit kein Thema (vergleichbar mit DLT).',
      question: 'A1',
      in: ['d', 'e'],
    },
    {
      code: 'grossesHemmnis',
      label: 'großes Hemmnis',
      description: 'Je Faktor in H1: Antwort 4 oder 5.',
      question: 'H1',
      in: ['4', '5'],
    },
  ],
};
