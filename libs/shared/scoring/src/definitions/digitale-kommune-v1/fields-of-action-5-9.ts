/**
 * Digitale Kommune v1, Handlungsfelder 5–9: Tourismus, Silberne Gesellschaft, Arbeit und Soziales, Dorf-
 * und Stadtentwicklung, Alltagsleben. Texts and options exactly as in shared/spec/questionnaire-v1.md.
 */
import { likert5, multipleChoice, option, statusScale, yesNo } from '../question-builders';
import { fieldOfAction, noneOfThese } from './fields-of-action-list';

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
  likert5(
    'L5',
    '„Ehrenamtliche unterstützen unsere digitalen Angebote (z. B. Digitalbotschafter, Betreuung der Dorf-App).“',
  ),
]);
