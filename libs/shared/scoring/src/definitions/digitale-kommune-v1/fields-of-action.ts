/**
 * Digitale Kommune v1, the nine Handlungsfelder (spec sections 1–9) and the closing part.
 * Texts and options exactly as in shared/spec/questionnaire-v1.md; help texts are ours.
 */
import type { ChoiceOption, QuestionDefinition, SectionDefinition } from '../../lib/definition/questionnaire-definition';
import {
  likert5,
  multipleChoice,
  numberQuestion,
  option,
  singleChoice,
  statusScale,
  textQuestion,
  yesNo,
} from '../question-builders';
import { FIELDS_OF_ACTION, type FieldOfActionCode } from './fields-of-action-list';

function fieldOfAction(code: FieldOfActionCode, questions: QuestionDefinition[]): SectionDefinition {
  const position = FIELDS_OF_ACTION.findIndex((f) => f.code === code);
  return {
    code,
    title: FIELDS_OF_ACTION[position].title,
    description: `Handlungsfeld ${position + 1} der Digital-Werkstätten.`,
    weight: 1,
    fieldOfAction: true,
    countsInIndex: true,
    questions,
  };
}

/**
 * The spec lists no "keine davon" for these MC/k questions, but rule 1 scores the exclusive option 0, and
 * without it "none of these" could not be told apart from "not answered yet".
 */
const noneOfThese = (): ChoiceOption => option('keineDavon', 'keine davon', undefined, { exclusive: true });

export const ADMINISTRATION = fieldOfAction('VER', [
  singleChoice(
    'V1',
    'Wie viele Verwaltungsleistungen Ihrer Kommune können vollständig online beantragt werden?',
    // Buckets are a guess of the spec; adjust the scores here after the pilot.
    [
      option('keine', 'keine', 0),
      option('1bis9', '1–9', 0.25),
      option('10bis49', '10–49', 0.5),
      option('50bis99', '50–99', 0.75),
      option('ab100', '≥ 100', 1),
    ],
    { weight: 2 },
  ),
  singleChoice('V2', 'Wird die elektronische Akte genutzt?', [
    option('alle', 'in allen Bereichen', 1),
    option('einige', 'in einigen Fachverfahren', 0.75),
    option('vorhaben', 'derzeitiges Vorhaben', 0.5),
    option('geplant', 'für die Zukunft geplant', 0.25),
    option('keinThema', 'kein Thema', 0),
  ]),
  statusScale('V3', 'Können elektronische Rechnungen (z. B. XRechnung) empfangen und medienbruchfrei verarbeitet werden?'),
  multipleChoice('V4', 'Welche Online-Funktionen bieten Sie an?', 3, [
    option('terminbuchung', 'Terminbuchung'),
    option('onlineBezahlung', 'Online-Bezahlung'),
    option('nutzerkonto', 'Anmeldung mit Nutzerkonto (z. B. BundID)'),
    option('digitaleZustellung', 'digitale Zustellung von Bescheiden'),
    option('chat', 'Chat/Chatbot'),
    noneOfThese(),
  ]),
  singleChoice('V5', 'Gibt es ein Informationssicherheitskonzept und eine benannte Person für Informationssicherheit?', [
    option('beides', 'beides', 1),
    option('einsDavon', 'eins davon', 0.5),
    option('keines', 'keines', 0),
  ]),
  likert5('V6', '„Unser Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO) ist vollständig und aktuell.“'),
]);

export const INFRASTRUCTURE = fieldOfAction('INF', [
  numberQuestion(
    'I1',
    'Welcher Anteil der Haushalte kann einen gigabitfähigen Anschluss buchen? (in %, z. B. laut Breitbandatlas)',
    { min: 0, max: 100, unit: '%', numberScoring: { kind: 'linear', zeroAt: 0, fullAt: 100 } },
    { weight: 2 },
  ),
  singleChoice('I2', 'Gibt es in Ihrem Gebiet bekannte Mobilfunklücken?', [
    option('keine', 'keine', 1),
    option('vereinzelt', 'vereinzelt', 0.5),
    option('viele', 'viele', 0),
    option('weissNicht', 'weiß nicht', 0, { dontKnow: true }),
  ]),
  statusScale('I3', 'Gibt es kostenloses öffentliches WLAN an zentralen Orten?'),
  singleChoice('I4', 'Wie viele Schulen in Ihrer Trägerschaft sind an Glasfaser angeschlossen?', [
    option('alle', 'alle', 1),
    option('mehrAlsHaelfte', 'mehr als die Hälfte', 0.66),
    option('wenigerAlsHaelfte', 'weniger als die Hälfte', 0.33),
    option('keine', 'keine', 0),
    option('keineSchultraegerschaft', 'keine Schulträgerschaft', undefined, { notApplicable: true }),
  ]),
]);

export const EDUCATION = fieldOfAction('BIL', [
  statusScale('B1', 'Liegt für Ihre Schulen ein Medienentwicklungsplan (Ausstattung, Betrieb, Support) vor?', {
    help: 'Ohne Schulträgerschaft bitte „nicht zutreffend“ wählen.',
  }),
  multipleChoice('B2', 'Welche digitalen Angebote gibt es für Kinder und Jugendliche?', 2, [
    option('medienkompetenz', 'Medienkompetenzkurse'),
    option('jugendbeteiligung', 'Online-Jugendbeteiligung'),
    option('makerspace', 'Makerspace/Digitalwerkstatt'),
    option('jugendarbeit', 'digitale Angebote der Jugendarbeit'),
    noneOfThese(),
  ]),
  yesNo('B3', 'Bieten Bücherei oder Volkshochschule digitale Angebote (z. B. Onleihe, Online-Kurse)?'),
  likert5('B4', '„Wir arbeiten bei Digitalthemen eng mit Schulen und Hochschulen zusammen.“'),
]);

export const ECONOMY = fieldOfAction('WIR', [
  multipleChoice('W1', 'Welche digitalen Angebote hat Ihre Wirtschaftsförderung?', 2, [
    option('gewerbeflaechen', 'Gewerbeflächen online'),
    option('onlineBeratung', 'Online-Beratung'),
    option('foerdermittelLotse', 'Fördermittel-Lotse'),
    option('unternehmensnetzwerk', 'Unternehmensnetzwerk digital'),
    noneOfThese(),
  ]),
  statusScale('W2', 'Unterstützen Sie den örtlichen Handel bei der Digitalisierung (z. B. lokaler Online-Marktplatz)?'),
  statusScale('W3', 'Gibt es in Ihrer Kommune einen Coworking-Space bzw. ein Dorf-Büro?'),
]);

export const TOURISM = fieldOfAction('TOU', [
  statusScale('T1', 'Können Gäste Unterkünfte, Führungen oder Tickets online buchen?'),
  multipleChoice('T2', 'Wie informieren Sie Gäste digital?', 3, [
    option('website', 'mehrsprachige Website'),
    option('app', 'App'),
    option('messenger', 'Messenger-Kanal mit Neuigkeiten für Gäste'),
    option('touren', 'digitale Wander-/Radtouren'),
    option('gaesteWlan', 'Gäste-WLAN'),
    noneOfThese(),
  ]),
  yesNo('T3', 'Stellen Sie touristische Daten (Veranstaltungen, Sehenswürdigkeiten) als offene Daten bereit?'),
]);

export const SENIORS = fieldOfAction('SEN', [
  statusScale('G1', 'Gibt es Lernangebote für Ältere (z. B. Smartphone-Sprechstunde, Digitalbotschafter/innen)?'),
  statusScale('G2', 'Gibt es digitale Nachbarschafts- oder Hilfsangebote (z. B. Einkaufshilfe, Mitfahrangebote)?'),
  likert5('G3', '„Wir unterstützen telemedizinische bzw. digitale Gesundheitsangebote vor Ort.“'),
  likert5('G4', '„Für jedes digitale Angebot bleibt ein analoger Zugang erhalten.“'),
]);

export const SOCIAL = fieldOfAction('SOZ', [
  statusScale('Z1', 'Können Sozialleistungen Ihrer Zuständigkeit online beantragt werden?'),
  statusScale('Z2', 'Gibt es digitale Angebote für Ehrenamt und Vereine (z. B. Ehrenamtsbörse, Vereinsplattform)?'),
  likert5('Z3', '„Menschen ohne eigenes Gerät finden bei uns öffentliche Internetzugänge und Beratung.“'),
]);

export const TOWN_DEVELOPMENT = fieldOfAction('ORT', [
  statusScale('O1', 'Sind Bebauungspläne und Geodaten online einsehbar?'),
  statusScale('O2', 'Nutzen Sie Online-Beteiligung bei Planungsvorhaben?'),
  multipleChoice('O3', 'Welche digitalen Werkzeuge nutzen Orts- bzw. Stadtteile?', 2, [
    option('app', 'Dorf-/Stadtteil-App'),
    option('schliesssysteme', 'digitale Schließsysteme für Gemeinschaftsgebäude'),
    option('raumbuchung', 'Online-Raumbuchung'),
    option('leerstand', 'digitales Leerstandsmanagement'),
    noneOfThese(),
  ]),
  statusScale('O4', 'Setzen Sie Sensorik bzw. Datenplattformen ein (z. B. Parken, Beleuchtung, Pegelstände)?'),
]);

export const EVERYDAY_LIFE = fieldOfAction('ALL', [
  multipleChoice('L1', 'Welche Aussagen treffen auf Ihre Website zu?', 4, [
    option('aktuell', 'wird aktuell gepflegt'),
    option('mobil', 'auf dem Smartphone gut nutzbar'),
    option('barrierefreiheit', 'Erklärung zur Barrierefreiheit vorhanden'),
    option('leichteSprache', 'Inhalte in Leichter Sprache'),
    option('formulare', 'Online-Formulare'),
    noneOfThese(),
  ]),
  statusScale('L2', 'Gibt es eine kommunale App oder einen digitalen Dorfplatz (z. B. DorfFunk/DorfNews)?'),
  multipleChoice('L3', 'Über welche digitalen Kanäle informieren Sie die Bevölkerung?', 2, [
    option('push', 'Push-/Messenger-Nachrichten'),
    option('socialMedia', 'soziale Medien'),
    option('amtsblatt', 'digitales Amtsblatt'),
    option('newsletter', 'E-Mail-Newsletter'),
    noneOfThese(),
  ]),
  multipleChoice('L4', 'Welche digitalen Mobilitätsangebote gibt es?', 2, [
    option('rufbus', 'Rufbus/On-Demand-Verkehr mit App'),
    option('mitfahrplattform', 'Mitfahrplattform'),
    option('echtzeit', 'Echtzeit-Fahrplanauskunft'),
    option('sharing', 'Sharing-Angebote'),
    noneOfThese(),
  ]),
  likert5('L5', '„Ehrenamtliche unterstützen unsere digitalen Angebote (z. B. Digitalbotschafter, Betreuung der Dorf-App).“'),
]);

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
