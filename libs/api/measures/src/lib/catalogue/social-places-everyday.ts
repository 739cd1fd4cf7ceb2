/**
 * The shipped catalogue, fields 7–9: Arbeit und Soziales (SOZ), Dorf- und Stadtentwicklung (ORT), Alltagsleben
 * (ALL). Our own wording; the examples use invented municipalities.
 */
import type { CatalogueMeasure } from './catalogue-measure';

/** Social benefits and bus services are mostly the business of Landkreise and kreisfreie Städte. */
const KREIS_LEVEL = { q: 'S2', in: ['landkreis', 'kreisfreieStadt'] };

export const SOCIAL_MEASURES: CatalogueMeasure[] = [
  {
    code: 'SOZ-01',
    field: 'SOZ',
    title: 'Sozialleistungen online beantragen',
    description:
      'Wohngeld, Leistungen für Bildung und Teilhabe und Elterngeld werden online beantragt, mit Nachweisen zum ' +
      'Hochladen und Bescheid ins Postfach.',
    effort: 'mittel',
    costMin: 5000,
    costMax: 30000,
    prerequisite: KREIS_LEVEL,
    improves: ['Z1'],
    example: {
      title: 'Wohngeld digital im Landkreis Musterland',
      description:
        'Im Landkreis Musterland gehen zwei Drittel der Wohngeldanträge online ein; Rückfragen sind seltener.',
    },
  },
  {
    code: 'SOZ-02',
    field: 'SOZ',
    title: 'Ehrenamtsbörse und Vereinsplattform',
    description:
      'Vereine und Initiativen stellen Mitmach-Angebote online, buchen Räume und finden Helferinnen und Helfer für ' +
      'einzelne Einsätze.',
    effort: 'gering',
    costMin: 2000,
    costMax: 10000,
    prerequisite: null,
    improves: ['Z2'],
    example: {
      title: 'Ehrenamtsbörse Musterhausen',
      description:
        'Über die Ehrenamtsbörse der Verbandsgemeinde Musterhausen wurden im ersten Jahr 300 Einsätze vermittelt.',
    },
  },
  {
    code: 'SOZ-03',
    field: 'SOZ',
    title: 'Öffentliche Internet-Arbeitsplätze mit Beratung',
    description:
      'In Bücherei, Bürgerbüro oder Jobcenter stehen PCs mit Drucker und Scanner bereit, mit festen Zeiten, zu ' +
      'denen jemand hilft.',
    effort: 'gering',
    costMin: 2000,
    costMax: 10000,
    prerequisite: null,
    improves: ['Z3'],
    example: {
      title: 'Bürger-PC in Musterdorf',
      description:
        'Die Gemeinde Musterdorf hat zwei Bürger-PCs in der Bücherei; dienstags hilft eine Ehrenamtliche bei ' +
        'Bewerbungen und Anträgen.',
    },
  },
  {
    code: 'SOZ-04',
    field: 'SOZ',
    title: 'Video-Sprechstunde in Sozialamt und Jobcenter',
    description: 'Beratungsgespräche per Video sparen lange Anfahrten, vor allem aus den Außenorten.',
    effort: 'gering',
    costMin: 1000,
    costMax: 6000,
    prerequisite: KREIS_LEVEL,
    improves: ['Z1'],
    example: {
      title: 'Beratung per Video im Landkreis Musterland',
      description:
        'Das Sozialamt des Landkreises Musterland führt jedes dritte Beratungsgespräch per Video; Termine werden ' +
        'online gebucht.',
    },
  },
  {
    code: 'SOZ-05',
    field: 'SOZ',
    title: 'Geräte-Leihpool für Menschen ohne eigenes Gerät',
    description:
      'Laptops und Tablets mit mobilem Internet werden für einige Wochen verliehen, etwa für Bewerbungen, ' +
      'Weiterbildung oder Schule.',
    effort: 'gering',
    costMin: 3000,
    costMax: 12000,
    prerequisite: null,
    improves: ['Z3'],
    example: {
      title: 'Laptop-Ausleihe in Beispielstadt',
      description:
        'Die Stadtbücherei Beispielstadt verleiht 25 Laptops; die Warteliste ist selten länger als zwei Wochen.',
    },
  },
  {
    code: 'SOZ-06',
    field: 'SOZ',
    title: 'Schulungen zur digitalen Vereinsarbeit',
    description:
      'Abendkurse für Vorstände zu Online-Mitgliederverwaltung, Videokonferenzen, Datenschutz und Social Media im ' +
      'Verein.',
    effort: 'gering',
    costMin: 500,
    costMax: 3000,
    prerequisite: null,
    improves: ['Z2'],
    example: {
      title: 'Vereinsakademie am Musterberg',
      description:
        'Die Verbandsgemeinde Am Musterberg bietet mit der Volkshochschule vier Abende pro Jahr für Vereinsvorstände ' +
        'an.',
    },
  },
];

export const PLACE_MEASURES: CatalogueMeasure[] = [
  {
    code: 'ORT-01',
    field: 'ORT',
    title: 'Bebauungspläne und Geodaten im Geoportal',
    description:
      'Alle rechtskräftigen Bebauungspläne und wichtige Geodaten sind online in einer Karte einsehbar, mit ' +
      'Download der Planurkunden.',
    effort: 'mittel',
    costMin: 5000,
    costMax: 25000,
    prerequisite: null,
    improves: ['O1'],
    example: {
      title: 'Geoportal Musterhausen',
      description:
        'Die Verbandsgemeinde Musterhausen hat 140 Bebauungspläne digitalisiert; Anfragen im Bauamt gingen deutlich ' +
        'zurück.',
    },
  },
  {
    code: 'ORT-02',
    field: 'ORT',
    title: 'Online-Beteiligung bei Planungsvorhaben',
    description:
      'Pläne werden online ausgelegt, Stellungnahmen online abgegeben und Ideen für Dorfplätze oder Spielplätze ' +
      'digital gesammelt.',
    effort: 'gering',
    costMin: 2000,
    costMax: 12000,
    prerequisite: null,
    improves: ['O2', 'A8'],
    example: {
      title: 'Dorfplatz-Beteiligung in Beispielbach',
      description:
        'In der Ortsgemeinde Beispielbach kamen bei der Online-Beteiligung zum neuen Dorfplatz 180 Beiträge ' +
        'zusammen, viermal so viele wie bei der letzten Versammlung.',
    },
  },
  {
    code: 'ORT-03',
    field: 'ORT',
    title: 'Online-Raumbuchung und digitale Schließsysteme für Gemeinschaftshäuser',
    description:
      'Dorfgemeinschaftshäuser und Sportstätten werden online gebucht; der Zugang kommt als digitaler Schlüssel ' +
      'aufs Smartphone oder als Karte.',
    effort: 'mittel',
    costMin: 5000,
    costMax: 30000,
    prerequisite: null,
    improves: ['O3'],
    example: {
      title: 'Bürgerhaus ohne Schlüsselübergabe in Musterdorf',
      description:
        'Vereine in Musterdorf buchen das Bürgerhaus online und öffnen es mit dem Smartphone; die Schlüsselübergabe ' +
        'entfällt.',
    },
  },
  {
    code: 'ORT-04',
    field: 'ORT',
    title: 'Digitales Leerstandsmanagement',
    description:
      'Leerstehende Gebäude und Baulücken werden in einem Kataster erfasst, mit Eigentümerinnen und Eigentümern ' +
      'abgestimmt und Interessierten online gezeigt.',
    effort: 'mittel',
    costMin: 3000,
    costMax: 15000,
    prerequisite: null,
    improves: ['O3'],
    example: {
      title: 'Leerstandsbörse am Musterberg',
      description:
        'Die Verbandsgemeinde Am Musterberg zeigt 45 Leerstände online; 12 davon sind in zwei Jahren wieder ' +
        'bewohnt.',
    },
  },
  {
    code: 'ORT-05',
    field: 'ORT',
    title: 'Sensorik für Pegel, Parken und Beleuchtung',
    description:
      'Funksensoren (z. B. LoRaWAN) melden Pegelstände, freie Parkplätze oder defekte Leuchten auf eine ' +
      'kommunale Datenplattform.',
    effort: 'hoch',
    costMin: 20000,
    costMax: 120000,
    prerequisite: { q: 'A3', in: ['ja'] },
    improves: ['O4'],
    example: {
      title: 'Pegelwarnung in Beispielbach',
      description:
        'Drei Pegelsensoren am Bach warnen die Ortsgemeinde Beispielbach und die Feuerwehr per Nachricht, bevor ' +
        'Keller volllaufen.',
    },
  },
];

export const EVERYDAY_MEASURES: CatalogueMeasure[] = [
  {
    code: 'ALL-01',
    field: 'ALL',
    title: 'Dorf-App als digitaler Dorfplatz',
    description:
      'Eine App für Neuigkeiten aus Verwaltung, Vereinen und Nachbarschaft, mit Veranstaltungen, Marktplatz und ' +
      'Mitteilungen der Ortsgemeinden.',
    effort: 'mittel',
    costMin: 3000,
    costMax: 20000,
    prerequisite: null,
    improves: ['L2', 'L3'],
    example: {
      title: 'Dorf-App der Verbandsgemeinde Musterhausen',
      description:
        'In der Dorf-App der Verbandsgemeinde Musterhausen berichten 18 Ortsgemeinden und 60 Vereine; jede dritte ' +
        'Person im Ort nutzt sie.',
    },
  },
  {
    code: 'ALL-02',
    field: 'ALL',
    title: 'Barrierefreie, mobile Website mit Online-Formularen',
    description:
      'Ein Neuaufbau der Website: auf dem Smartphone gut nutzbar, mit Erklärung zur Barrierefreiheit, Inhalten in ' +
      'Leichter Sprache und Formularen zum Ausfüllen.',
    effort: 'mittel',
    costMin: 15000,
    costMax: 60000,
    prerequisite: null,
    improves: ['L1'],
    example: {
      title: 'Neue Website der Stadt Beispielstadt',
      description:
        'Die neue Website der Stadt Beispielstadt wird zu 70 Prozent auf Smartphones aufgerufen; die wichtigsten ' +
        'Seiten gibt es in Leichter Sprache.',
    },
  },
  {
    code: 'ALL-03',
    field: 'ALL',
    title: 'Push- und Messenger-Nachrichten der Verwaltung',
    description:
      'Warnungen, Baustellen, Abfuhrtermine und Neuigkeiten kommen als Push-Nachricht oder über einen ' +
      'Messenger-Kanal.',
    effort: 'gering',
    costMin: 500,
    costMax: 5000,
    prerequisite: null,
    improves: ['L3'],
    example: {
      title: 'Rathaus-News aus Musterdorf',
      description:
        'Der Messenger-Kanal der Gemeinde Musterdorf hat 2.000 Abonnentinnen und Abonnenten bei 5.000 Einwohnern.',
    },
  },
  {
    code: 'ALL-04',
    field: 'ALL',
    title: 'Mitfahrplattform und Echtzeit-Fahrplanauskunft',
    description:
      'Eine Mitfahrplattform (auch mit Mitfahrbänken) und die Echtzeitdaten des Verkehrsverbunds auf Website und ' +
      'Dorf-App.',
    effort: 'gering',
    costMin: 1000,
    costMax: 8000,
    prerequisite: null,
    improves: ['L4'],
    example: {
      title: 'Mitfahren am Musterberg',
      description:
        'In der Verbandsgemeinde Am Musterberg verbindet eine Mitfahrplattform die Ortsgemeinden mit dem Bahnhof.',
    },
  },
  {
    code: 'ALL-05',
    field: 'ALL',
    title: 'On-Demand-Rufbus mit App',
    description:
      'Ein Rufbus ohne festen Fahrplan, per App oder Telefon gebucht, ergänzt den Linienverkehr in dünn besiedelten ' +
      'Gebieten.',
    effort: 'hoch',
    costMin: 50000,
    costMax: 300000,
    // Bus services are planned by the Landkreise and kreisfreie Städte (Aufgabenträger des ÖPNV).
    prerequisite: KREIS_LEVEL,
    improves: ['L4'],
    example: {
      title: 'Rufbus im Landkreis Musterland',
      description:
        'Der Rufbus des Landkreises Musterland fährt 60 Haltepunkte an; gebucht wird bis 30 Minuten vor der Fahrt.',
    },
  },
  {
    code: 'ALL-06',
    field: 'ALL',
    title: 'Digitales Amtsblatt und E-Mail-Newsletter',
    description:
      'Das Amtsblatt erscheint zusätzlich digital und kann als Newsletter abonniert werden, mit Suchfunktion im ' +
      'Archiv.',
    effort: 'gering',
    costMin: 1000,
    costMax: 6000,
    prerequisite: null,
    improves: ['L3'],
    example: {
      title: 'Amtsblatt digital in Musterhausen',
      description:
        'Die Verbandsgemeinde Musterhausen verschickt ihr Amtsblatt wöchentlich als Newsletter an 4.000 Haushalte.',
    },
  },
  {
    code: 'ALL-07',
    field: 'ALL',
    title: 'Ehrenamtliche Redaktion für Dorf-App und Website',
    description:
      'Ehrenamtliche aus den Ortsgemeinden werden geschult, Beiträge für Dorf-App und Website zu schreiben und ' +
      'Nachbarinnen und Nachbarn beim Einstieg zu helfen.',
    effort: 'gering',
    costMin: 500,
    costMax: 3000,
    prerequisite: {
      any: [
        { q: 'L2', in: ['vollstaendig', 'teilweise', 'inUmsetzung'] },
        { q: 'L1', in: ['aktuell'] },
      ],
    },
    improves: ['L5', 'L2'],
    example: {
      title: 'Dorfreporter in Beispielbach',
      description:
        'Sechs Dorfreporterinnen und -reporter der Ortsgemeinde Beispielbach schreiben jede Woche für die Dorf-App.',
    },
  },
];
