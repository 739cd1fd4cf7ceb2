/**
 * Digitale Kommune v1, "Abschluss" (not scored).
 */
import type { SectionDefinition } from '../../lib/definition/questionnaire-definition';
import { textQuestion } from '../question-builders';

export const CLOSING: SectionDefinition = {
  code: 'E',
  title: 'Abschluss',
  weight: 0,
  fieldOfAction: false,
  countsInIndex: false,
  questions: [
    textQuestion('E1', 'Was ist Ihr wichtigstes Digitalprojekt der nächsten 12 Monate?', { maxLength: 2000 }),
    textQuestion('E2', 'Möchten Sie ein gelungenes Projekt als gutes Beispiel teilen?', {
      maxLength: 2000,
      consentLabel: 'Ich bin einverstanden, dass dieses Beispiel veröffentlicht wird.',
    }),
  ],
};
