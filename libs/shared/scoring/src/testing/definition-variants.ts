/**
 * Test-only: small, still valid modifications of the default questionnaire, for the version diff. Section
 * indexes of the default: 0 S, 1 A (A1…A10, P1), 2 H, 3 VER, 4 INF, 5 BIL, 6 WIR, 7 TOU, 8 SEN, 9 SOZ, 10 ORT,
 * 11 ALL, 12 E.
 */
import type { QuestionDefinition, QuestionnaireDefinition } from '../lib/definition/questionnaire-definition';
import { validateDefinition } from '../lib/validation/validate-definition';
import type { DefinitionDiff } from '../lib/versioning/definition-diff-types';
import { copyOfDefault } from './scoring-helpers';

/** A deep copy of the default, changed by `change`; throws unless the result is still a valid definition. */
export function variant(change: (definition: QuestionnaireDefinition) => void): QuestionnaireDefinition {
  const definition = copyOfDefault();
  definition.version = 2;
  change(definition);
  const result = validateDefinition(definition);
  if (!result.ok) throw new Error(`Invalid variant: ${JSON.stringify(result.errors)}`);
  return result.definition;
}

/** The question with this code in a definition (to change it in place). */
export function questionIn(definition: QuestionnaireDefinition, code: string): QuestionDefinition {
  const found = definition.sections.flatMap((s) => s.questions).find((q) => q.code === code);
  if (!found) throw new Error(`No question ${code}`);
  return found;
}

/** Every question that is not unchanged, as [code, status, changes]. */
export const changedQuestions = (diff: DefinitionDiff) =>
  diff.questions.filter((q) => q.status !== 'unchanged').map((q) => [q.code, q.status, q.changes]);

/** Every section that is not unchanged, as [code, status, changes]. */
export const changedSections = (diff: DefinitionDiff) =>
  diff.sections.filter((s) => s.status !== 'unchanged').map((s) => [s.code, s.status, s.changes]);

/** The 56 question codes of the default in definition order. */
export const ALL_QUESTION_CODES: readonly string[] = (
  'S1 S2 S3 S4 A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 P1 H1 H2 H3 V1 V2 V3 V4 V5 V6 I1 I2 I3 I4 B1 B2 B3 B4 W1 W2 W3 ' +
  'T1 T2 T3 G1 G2 G3 G4 Z1 Z2 Z3 O1 O2 O3 O4 L1 L2 L3 L4 L5 E1 E2'
).split(' ');

/** The ten sections with a field score: Strategie & Steuerung and the nine Handlungsfelder. */
export const ALL_FIELDS: readonly string[] = ['A', 'VER', 'INF', 'BIL', 'WIR', 'TOU', 'SEN', 'SOZ', 'ORT', 'ALL'];

export const without = (codes: readonly string[], ...removed: string[]): string[] =>
  codes.filter((code) => !removed.includes(code));
