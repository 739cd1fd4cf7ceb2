/**
 * Test-only shorthands around scoreResponse for the default questionnaire.
 */
import { DIGITALE_KOMMUNE_V1 } from '../definitions/digitale-kommune-v1/definition';
import type { QuestionnaireDefinition } from '../lib/definition/questionnaire-definition';
import type { ScoringContext } from '../lib/scoring/item-score';
import { scoreResponse } from '../lib/scoring/score-response';
import type { FieldResult, ItemResult, ResponseScore } from '../lib/scoring/score-result';

export function scoreDefault(answers: Record<string, unknown>, context: ScoringContext = {}): ResponseScore {
  return scoreResponse(DIGITALE_KOMMUNE_V1, answers, context);
}

export function fieldOf(result: ResponseScore, section: string): FieldResult {
  const field = result.fields.find((f) => f.section === section);
  if (!field) throw new Error(`No field ${section}`);
  return field;
}

export function itemOf(result: ResponseScore, question: string): ItemResult {
  const item = result.fields.flatMap((f) => f.items).find((i) => i.question === question);
  if (!item) throw new Error(`No scored item ${question}`);
  return item;
}

/** A deep copy to break on purpose in definition tests. */
export function copyOfDefault(): QuestionnaireDefinition {
  return JSON.parse(JSON.stringify(DIGITALE_KOMMUNE_V1)) as QuestionnaireDefinition;
}

/** The best answer to every scored question: every field and the index score 100. */
export const BEST_ANSWERS: Readonly<Record<string, unknown>> = {
  S3: 10000,
  A1: 'a',
  A3: 'ja',
  A4: 1,
  A5: 'ja',
  A6: 'ja',
  A7: '5',
  A8: '5',
  A9: ['nachbarkommunen', 'land', 'vereine'],
  A10: '5',
  V1: 'ab100',
  V2: 'alle',
  V3: 'vollstaendig',
  V4: ['terminbuchung', 'chat', 'nutzerkonto'],
  V5: 'beides',
  V6: '5',
  I1: 100,
  I2: 'keine',
  I3: 'vollstaendig',
  I4: 'alle',
  B1: 'vollstaendig',
  B2: ['makerspace', 'jugendarbeit'],
  B3: 'ja',
  B4: '5',
  W1: ['onlineBeratung', 'gewerbeflaechen'],
  W2: 'vollstaendig',
  W3: 'vollstaendig',
  T1: 'vollstaendig',
  T2: ['website', 'app', 'touren'],
  T3: 'ja',
  G1: 'vollstaendig',
  G2: 'vollstaendig',
  G3: '5',
  G4: '5',
  Z1: 'vollstaendig',
  Z2: 'vollstaendig',
  Z3: '5',
  O1: 'vollstaendig',
  O2: 'vollstaendig',
  O3: ['app', 'leerstand'],
  O4: 'vollstaendig',
  L1: ['aktuell', 'mobil', 'formulare', 'leichteSprache'],
  L2: 'vollstaendig',
  L3: ['push', 'newsletter'],
  L4: ['rufbus', 'sharing'],
  L5: '5',
};

/** The worst answer to every question of one Handlungsfeld: its field scores 0. */
export const WORST_FIELD_ANSWERS: Readonly<Record<string, Record<string, unknown>>> = {
  VER: {
    V1: 'keine',
    V2: 'keinThema',
    V3: 'keinThema',
    V4: ['keineDavon'],
    V5: 'keines',
    V6: '1',
  },
  INF: { I1: 0, I2: 'viele', I3: 'keinThema', I4: 'keine' },
  BIL: { B1: 'keinThema', B2: ['keineDavon'], B3: 'nein', B4: '1' },
  WIR: { W1: ['keineDavon'], W2: 'keinThema', W3: 'keinThema' },
  TOU: { T1: 'keinThema', T2: ['keineDavon'], T3: 'nein' },
  SEN: { G1: 'keinThema', G2: 'keinThema', G3: '1', G4: '1' },
  SOZ: { Z1: 'keinThema', Z2: 'keinThema', Z3: '1' },
  ORT: {
    O1: 'keinThema',
    O2: 'keinThema',
    O3: ['keineDavon'],
    O4: 'keinThema',
  },
  ALL: {
    L1: ['keineDavon'],
    L2: 'keinThema',
    L3: ['keineDavon'],
    L4: ['keineDavon'],
    L5: '1',
  },
};
