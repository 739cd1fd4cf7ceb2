/**
 * Digitale Kommune v1, spec sections "S – Stammdaten", "A – Strategie & Steuerung" and "H – Hemmnisse".
 * Texts and options exactly as in shared/spec/questionnaire-v1.md; help texts are ours.
 */
import type { SectionDefinition } from '../../lib/definition/questionnaire-definition';
import { OBSTACLE_SCALE } from '../../lib/definition/standard-scales';
import {
  likert5,
  matrix,
  multipleChoice,
  numberQuestion,
  option,
  singleChoice,
  textQuestion,
  yesNo,
} from '../question-builders';
import { FIELDS_OF_ACTION } from './fields-of-action-list';

export const MASTER_DATA: SectionDefinition = {
  code: 'S',
  title: 'Stammdaten',
  description: 'Angaben zur Gebietskörperschaft; nicht bewertet.',
  weight: 0,
  fieldOfAction: false,
  countsInIndex: false,
  questions: [
    textQuestion(
      'S1',
      'Für welche Gebietskörperschaft füllen Sie den Fragebogen aus?',
      { format: 'ars', prefill: 'regionArs' },
      {
        required: true,
        help: 'Amtlicher Regionalschlüssel (12 Ziffern); aus Ihrem Konto vorbelegt.',
      },
    ),
    singleChoice(
      'S2',
      'Art der Gebietskörperschaft',
      [
        option('landkreis', 'Landkreis/Kreis'),
        option('kreisfreieStadt', 'kreisfreie Stadt/Stadtkreis'),
        option('verbandsgemeinde', 'Verbandsgemeinde'),
        option('verbandsfreieGemeinde', 'verbandsfreie Gemeinde'),
        option('andererGemeindeverband', 'anderer Gemeindeverband'),
      ],
      { required: true },
    ),
    numberQuestion(
      'S3',
      'Einwohnerzahl (Stichtag angeben)',
      {
        min: 1,
        integer: true,
        unit: 'Einwohner',
        askReferenceDate: true,
        prefill: 'referencePopulation',
      },
      {
        required: true,
        help: 'Aus den amtlichen Referenzdaten vorbelegt; bitte mit Stichtag.',
      },
    ),
    singleChoice(
      'S4',
      'Welche Funktion haben Sie?',
      [
        option('verwaltungsspitze', 'Verwaltungsspitze'),
        option('digitalbeauftragte', 'Digitalbeauftragte/r bzw. CDO'),
        option('itLeitung', 'IT-Leitung'),
        option('organisation', 'Organisation/Hauptamt'),
        option('sonstige', 'Sonstige'),
      ],
      { required: true },
    ),
  ],
};

export const STRATEGY: SectionDefinition = {
  code: 'A',
  title: 'Strategie & Steuerung',
  description: 'Querschnittsfeld; zählt mit Gewicht 2 in den Gesamtindex.',
  weight: 2,
  fieldOfAction: false,
  countsInIndex: true,
  questions: [
    singleChoice(
      'A1',
      'Wie ist der Stand einer Digitalisierungsstrategie in Ihrer Kommune?',
      [
        option('a', 'liegt vor und wird umgesetzt', 1),
        option('b', 'beschlossen, Umsetzung beginnt', 0.75),
        option('c', 'wird derzeit erarbeitet', 0.5),
        option('d', 'für die Zukunft geplant', 0.25),
        option('e', 'derzeit kein Thema', 0),
      ],
      { required: true, weight: 3 },
    ),
    multipleChoice(
      'A2',
      'Welche Handlungsfelder deckt die Strategie ab?',
      null,
      FIELDS_OF_ACTION.map((f) => option(f.code, f.title)),
      { condition: { q: 'A1', in: ['a', 'b', 'c'] } },
    ),
    yesNo(
      'A3',
      'Gibt es eine benannte Person, die für die Digitalisierung verantwortlich ist (z. B. Digitalbeauftragte/r)?',
    ),
    numberQuestion(
      'A4',
      'Wie viele Vollzeitstellen sind für Digitalisierungsvorhaben eingeplant?',
      {
        min: 0,
        unit: 'Vollzeitstellen',
        numberScoring: {
          kind: 'thresholds',
          perPopulation: {
            per: 10000,
            populationQuestion: 'S3',
            fallbackToReferencePopulation: true,
          },
          // Spec: 0 → 0 · < 0.5 → 0.5 · ≥ 0.5 per 10,000 inhabitants → 1 (a guess; adjust after the pilot).
          thresholds: [
            { from: 0, score: 0 },
            { above: 0, score: 0.5 },
            { from: 0.5, score: 1 },
          ],
        },
      },
      { help: 'Vollzeitäquivalente; Teilzeitstellen anteilig (z. B. 0,5).' },
    ),
    yesNo('A5', 'Stehen im Haushalt eigene Mittel für Digitalisierungsprojekte bereit?'),
    yesNo('A6', 'Hat der Rat bzw. Kreistag einen Beschluss zur Digitalisierung gefasst?'),
    likert5('A7', '„Wir überprüfen den Fortschritt unserer Digitalvorhaben regelmäßig anhand von Kennzahlen.“'),
    likert5('A8', '„Einwohnerinnen, Einwohner und örtliche Akteure wirken bei der Planung digitaler Vorhaben mit.“'),
    multipleChoice('A9', 'Mit wem arbeiten Sie bei Digitalvorhaben zusammen?', 3, [
      option('nachbarkommunen', 'Nachbarkommunen'),
      option('landkreisVgs', 'Landkreis bzw. VGs'),
      option('itDienstleister', 'kommunaler IT-Dienstleister'),
      option('land', 'Land/Förderprogramme'),
      option('hochschulen', 'Hochschulen'),
      option('vereine', 'Vereine/Ehrenamt'),
      option('wirtschaft', 'lokale Wirtschaft'),
      option('niemand', 'niemand', undefined, { exclusive: true }),
    ]),
    likert5('A10', '„Beschäftigte und Ratsmitglieder nehmen regelmäßig an Fortbildungen zur Digitalisierung teil.“'),
    matrix(
      'P1',
      'Wie wichtig ist jedes der neun Handlungsfelder für Ihre Kommune?',
      FIELDS_OF_ACTION.map((f) => ({ code: f.code, label: f.title })),
      [
        ...[1, 2, 3, 4, 5].map((x) => option(String(x), String(x), undefined, { value: x })),
        option('nichtRelevant', 'nicht relevant', undefined, {
          notApplicable: true,
        }),
      ],
      {
        help: '1 = geringe, 5 = sehr hohe Bedeutung. „nicht relevant“ nimmt das Handlungsfeld aus dem Gesamtindex.',
      },
    ),
  ],
};

export const OBSTACLES: SectionDefinition = {
  code: 'H',
  title: 'Hemmnisse',
  description: 'Fließen nicht in den Index ein; ausgewertet als Anteil der Antworten 4–5.',
  weight: 0,
  fieldOfAction: false,
  countsInIndex: false,
  questions: [
    matrix(
      'H1',
      'Wie stark bremsen folgende Faktoren die Digitalisierung Ihrer Kommune?',
      [
        {
          code: 'a',
          label: 'fehlendes Bewusstsein für die Bedeutung der Digitalisierung',
        },
        { code: 'b', label: 'fehlende Finanzmittel' },
        { code: 'c', label: 'zu wenig Personal' },
        { code: 'd', label: 'fehlendes Fachwissen' },
        { code: 'e', label: 'unzureichende Breitband-/Mobilfunkversorgung' },
        { code: 'f', label: 'rechtliche Unsicherheit, v. a. Datenschutz' },
        { code: 'g', label: 'fehlende Standards und Schnittstellen' },
        { code: 'h', label: 'Abhängigkeit von Herstellern/Dienstleistern' },
        { code: 'i', label: 'geringe Akzeptanz bei Beschäftigten' },
        { code: 'j', label: 'geringe Nutzung durch die Bevölkerung' },
        { code: 'k', label: 'fehlende Unterstützung von Land/Bund' },
      ],
      OBSTACLE_SCALE.map((o) => ({ ...o })),
    ),
    textQuestion('H2', 'Welche weiteren Hemmnisse erleben Sie?', {
      maxLength: 2000,
    }),
    multipleChoice('H3', 'Welche Unterstützung würde am meisten helfen?', null, [
      option('foerdermittel', 'Fördermittel'),
      option('beratung', 'Beratung'),
      option('schulungen', 'Schulungen'),
      option('mustervorlagen', 'Mustervorlagen'),
      option('austausch', 'Austausch mit anderen Kommunen'),
      option('gemeinsameIt', 'gemeinsame IT-Lösungen'),
    ]),
  ],
};
