/**
 * Digitale Kommune v1, Handlungsfelder 1–4: Kommunale Verwaltung, Digitale Infrastruktur, Bildung und
 * Jugend, Kommunale Wirtschaft. Texts and options exactly as in shared/spec/questionnaire-v1.md.
 */
import {
  likert5,
  multipleChoice,
  numberQuestion,
  option,
  singleChoice,
  statusScale,
  yesNo,
} from '../question-builders';
import { fieldOfAction, noneOfThese } from './fields-of-action-list';

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
  statusScale(
    'V3',
    'Können elektronische Rechnungen (z. B. XRechnung) empfangen und medienbruchfrei verarbeitet werden?',
  ),
  multipleChoice('V4', 'Welche Online-Funktionen bieten Sie an?', 3, [
    option('terminbuchung', 'Terminbuchung'),
    option('onlineBezahlung', 'Online-Bezahlung'),
    option('nutzerkonto', 'Anmeldung mit Nutzerkonto (z. B. BundID)'),
    option('digitaleZustellung', 'digitale Zustellung von Bescheiden'),
    option('chat', 'Chat/Chatbot'),
    noneOfThese(),
  ]),
  singleChoice(
    'V5',
    'Gibt es ein Informationssicherheitskonzept und eine benannte Person für Informationssicherheit?',
    [option('beides', 'beides', 1), option('einsDavon', 'eins davon', 0.5), option('keines', 'keines', 0)],
  ),
  likert5('V6', '„Unser Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO) ist vollständig und aktuell.“'),
]);

export const INFRASTRUCTURE = fieldOfAction('INF', [
  numberQuestion(
    'I1',
    'Welcher Anteil der Haushalte kann einen gigabitfähigen Anschluss buchen? (in %, z. B. laut Breitbandatlas)',
    {
      min: 0,
      max: 100,
      unit: '%',
      numberScoring: { kind: 'linear', zeroAt: 0, fullAt: 100 },
    },
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
    option('keineSchultraegerschaft', 'keine Schulträgerschaft', undefined, {
      notApplicable: true,
    }),
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
