// A copy of libs/shared/scoring/src/testing/worked-example.ts (no public testing entry); numbers in docs/SCORING.md.
/**
 * The worked example of WORKED-EXAMPLE.md: a realistic Verbandsgemeinde in Rheinland-Pfalz (18,500
 * inhabitants) answering the default questionnaire. The fictitious ARS is well-formed only.
 */
export const VERBANDSGEMEINDE_EXAMPLE: Readonly<Record<string, unknown>> = {
  S1: '071405004000',
  S2: 'verbandsgemeinde',
  S3: { value: 18500, referenceDate: '2024-12-31' },
  S4: 'digitalbeauftragte',

  A1: 'c',
  A2: ['VER', 'INF', 'ALL'],
  A3: 'ja',
  A4: 0.5,
  A5: 'nein',
  A6: 'ja',
  A7: '2',
  A8: '3',
  A9: ['nachbarkommunen', 'landkreisVgs', 'itDienstleister', 'land'],
  A10: '3',
  P1: {
    VER: '5',
    INF: '5',
    BIL: '3',
    WIR: '3',
    TOU: '4',
    SEN: '4',
    SOZ: 'nichtRelevant',
    ORT: '3',
    ALL: '4',
  },

  H1: {
    a: '3',
    b: '5',
    c: '5',
    d: '4',
    e: '2',
    f: '4',
    g: '3',
    h: '3',
    i: '2',
    j: '2',
    k: '3',
  },
  H2: 'Fachkräfte für die IT sind auf dem Land kaum zu finden.',
  H3: ['foerdermittel', 'austausch'],

  V1: '1bis9',
  V2: 'einige',
  V3: 'inUmsetzung',
  V4: ['terminbuchung', 'onlineBezahlung'],
  V5: 'einsDavon',
  V6: '1',

  I1: 62,
  I2: 'vereinzelt',
  I3: 'geplant',
  I4: 'mehrAlsHaelfte',

  B1: 'teilweise',
  B2: ['medienkompetenz'],
  B3: 'ja',
  B4: '4',

  W1: ['keineDavon'],
  W2: 'keinThema',
  W3: 'geplant',

  T1: 'vollstaendig',
  T2: ['website', 'app', 'touren', 'gaesteWlan'],
  T3: 'weissNicht',

  G1: 'inUmsetzung',
  G4: '5',

  Z1: 'nichtZutreffend',
  Z2: 'geplant',
  Z3: '2',

  O1: 'vollstaendig',
  O2: 'teilweise',
  O3: ['raumbuchung'],

  L1: ['aktuell', 'mobil', 'barrierefreiheit'],
  L2: 'geplant',
  L3: ['socialMedia', 'amtsblatt'],
  L4: ['echtzeit'],
  L5: '4',

  E1: 'Eine Dorf-App für alle Ortsgemeinden einführen.',
  E2: {
    text: 'Smartphone-Sprechstunde für Ältere in der Bücherei',
    consentToPublish: true,
  },
};
