/**
 * The shipped catalogue, fields 1–3: Kommunale Verwaltung (VER), Digitale Infrastruktur (INF), Bildung und Jugend
 * (BIL). Our own wording; the examples use invented municipalities.
 */
import type { CatalogueMeasure } from './catalogue-measure';

export const ADMINISTRATION_MEASURES: CatalogueMeasure[] = [
  {
    code: 'VER-01',
    field: 'VER',
    title: 'Kommunale Website mit Onlinediensten',
    description:
      'Die häufigsten Anträge (Meldebescheinigung, Gewerbeanmeldung, Hundesteuer, Sondernutzung) werden über ' +
      'die Website vollständig online angeboten, angebunden an das Servicekonto des Landes und die Fachverfahren.',
    effort: 'mittel',
    costMin: 10000,
    costMax: 60000,
    prerequisite: null,
    improves: ['V1', 'V4'],
    example: {
      title: 'Onlinedienste der Verbandsgemeinde Musterhausen',
      description:
        'Die Verbandsgemeinde Musterhausen hat mit ihrem IT-Dienstleister 25 Leistungen online gestellt; ' +
        'Anträge landen ohne Abtippen im Fachverfahren.',
    },
  },
  {
    code: 'VER-02',
    field: 'VER',
    title: 'Online-Terminvergabe und Online-Bezahlung im Bürgerbüro',
    description:
      'Termine im Bürgerbüro werden online gebucht und Gebühren online bezahlt; Wartezeiten sinken, und die ' +
      'Beschäftigten können Besuche besser planen.',
    effort: 'gering',
    costMin: 2000,
    costMax: 12000,
    prerequisite: null,
    improves: ['V4'],
    example: {
      title: 'Terminbuchung in Beispielstadt',
      description:
        'Die Stadt Beispielstadt bietet alle Termine des Bürgerbüros online an; Gebühren werden bei der Buchung ' +
        'per Karte oder Überweisung bezahlt.',
    },
  },
  {
    code: 'VER-03',
    field: 'VER',
    title: 'E-Akte schrittweise einführen',
    description:
      'Die elektronische Akte wird zuerst in einem Bereich mit vielen Vorgängen eingeführt (z. B. Bauverwaltung) ' +
      'und dann Amt für Amt ausgerollt, mit Scanstelle, Aktenplan und Schulungen.',
    effort: 'hoch',
    costMin: 40000,
    costMax: 250000,
    prerequisite: { q: 'V5', in: ['beides', 'einsDavon'] },
    improves: ['V2'],
    example: {
      title: 'E-Akte im Bauamt des Landkreises Musterland',
      description:
        'Der Landkreis Musterland hat die E-Akte im Bauamt begonnen; nach einem Jahr folgten Ordnungsamt und ' +
        'Kämmerei.',
    },
  },
  {
    code: 'VER-04',
    field: 'VER',
    title: 'E-Rechnungen medienbruchfrei verarbeiten',
    description:
      'Rechnungen im Format XRechnung werden zentral empfangen, automatisch ausgelesen und digital geprüft, ' +
      'freigegeben und gebucht.',
    effort: 'mittel',
    costMin: 5000,
    costMax: 30000,
    prerequisite: null,
    improves: ['V3'],
    example: {
      title: 'Digitaler Rechnungsworkflow in Musterdorf',
      description:
        'Die Gemeinde Musterdorf gibt Rechnungen im Workflow frei; die Durchlaufzeit sank von drei Wochen auf ' +
        'vier Tage.',
    },
  },
  {
    code: 'VER-05',
    field: 'VER',
    title: 'Informationssicherheit gemeinsam mit Nachbarkommunen',
    description:
      'Mehrere Kommunen teilen sich eine Informationssicherheitsbeauftragte Person, erstellen ein ' +
      'Sicherheitskonzept und pflegen das Verzeichnis der Verarbeitungstätigkeiten.',
    effort: 'mittel',
    costMin: 8000,
    costMax: 40000,
    prerequisite: null,
    improves: ['V5', 'V6'],
    example: {
      title: 'ISB-Verbund am Musterberg',
      description:
        'Vier Verbandsgemeinden am Musterberg beschäftigen gemeinsam eine Beauftragte für Informationssicherheit ' +
        'und teilen sich die Kosten nach Einwohnerzahl.',
    },
  },
  {
    code: 'VER-06',
    field: 'VER',
    title: 'Digitale Ratsarbeit',
    description:
      'Sitzungsunterlagen kommen über ein Ratsinformationssystem auf Tablets statt auf Papier; Ratsmitglieder ' +
      'werden in der Nutzung geschult.',
    effort: 'mittel',
    costMin: 15000,
    costMax: 50000,
    prerequisite: null,
    improves: ['V2', 'A10'],
    example: {
      title: 'Papierlose Ratssitzungen in Musterhausen',
      description:
        'Der Verbandsgemeinderat Musterhausen tagt seit zwei Jahren papierlos; die Einsparung an Druck und Porto ' +
        'deckt die Tablets.',
    },
  },
  {
    code: 'VER-07',
    field: 'VER',
    title: 'Digitalbeauftragte Person und Digitalisierungsteam',
    description:
      'Eine benannte Person steuert die Digitalvorhaben, berichtet regelmäßig mit Kennzahlen und wird von einem ' +
      'Team aus den Fachbereichen unterstützt.',
    effort: 'gering',
    costMin: 0,
    costMax: 75000,
    prerequisite: null,
    improves: ['A3', 'A7'],
    example: {
      title: 'Digitallotsin im Landkreis Musterland',
      description:
        'Der Landkreis Musterland hat eine Stabsstelle Digitalisierung eingerichtet, die dem Kreistag halbjährlich ' +
        'über den Stand berichtet.',
    },
  },
];

export const INFRASTRUCTURE_MEASURES: CatalogueMeasure[] = [
  {
    code: 'INF-01',
    field: 'INF',
    title: 'Breitband-Koordinatorin oder -Koordinator',
    description:
      'Eine Person bündelt Ausbauplanung, Förderanträge und Abstimmung mit Netzbetreibern und Ortsgemeinden, ' +
      'bis alle Haushalte gigabitfähig versorgt sind.',
    effort: 'mittel',
    costMin: 40000,
    costMax: 80000,
    prerequisite: { not: { q: 'I1', op: 'gte', value: 95 } },
    improves: ['I1', 'I2'],
    example: {
      title: 'Breitbandbüro im Landkreis Musterland',
      description:
        'Das Breitbandbüro des Landkreises Musterland hat drei Förderverfahren begleitet; die Gigabit-Versorgung ' +
        'stieg von 40 auf 85 Prozent.',
    },
  },
  {
    code: 'INF-02',
    field: 'INF',
    title: 'Gigabit-Förderung für unterversorgte Gebiete beantragen',
    description:
      'Markterkundung, Förderantrag und Ausschreibung für Adressen ohne gigabitfähigen Anschluss, mit dem ' +
      'kommunalen Eigenanteil im Haushalt.',
    effort: 'hoch',
    costMin: 50000,
    costMax: 500000,
    prerequisite: null,
    improves: ['I1'],
    example: {
      title: 'Glasfaser für die Außenorte von Musterhausen',
      description:
        'Die Verbandsgemeinde Musterhausen hat 600 unterversorgte Adressen im geförderten Ausbau angeschlossen.',
    },
  },
  {
    code: 'INF-03',
    field: 'INF',
    title: 'WLAN an öffentlichen Plätzen',
    description:
      'Kostenloses WLAN an Rathaus, Marktplatz, Bürgerhaus und Bahnhof, datenschutzfreundlich und ohne ' +
      'Registrierung.',
    effort: 'gering',
    costMin: 3000,
    costMax: 20000,
    prerequisite: null,
    improves: ['I3'],
    example: {
      title: 'Freies WLAN in Beispielstadt',
      description:
        'Die Stadt Beispielstadt betreibt an zwölf Orten freies WLAN; der Betrieb läuft über den kommunalen ' +
        'IT-Dienstleister.',
    },
  },
  {
    code: 'INF-04',
    field: 'INF',
    title: 'Mobilfunk-Lückenanalyse mit Bürger-Messaktion',
    description:
      'Bürgerinnen und Bürger melden per App oder Formular Funklöcher; die Ergebnisse gehen an Netzbetreiber und ' +
      'Land als Grundlage für neue Standorte.',
    effort: 'gering',
    costMin: 1000,
    costMax: 8000,
    prerequisite: null,
    improves: ['I2'],
    example: {
      title: 'Funkloch-Woche in Musterdorf',
      description:
        'In einer Aktionswoche der Gemeinde Musterdorf kamen 1.200 Messpunkte zusammen; zwei neue Masten sind ' +
        'seitdem geplant.',
    },
  },
  {
    code: 'INF-05',
    field: 'INF',
    title: 'Glasfaser für alle Schulen',
    description:
      'Jede Schule in kommunaler Trägerschaft wird an Glasfaser angeschlossen und erhält ein leistungsfähiges ' +
      'internes Netz.',
    effort: 'hoch',
    costMin: 30000,
    costMax: 400000,
    prerequisite: { not: { q: 'I4', in: ['keineSchultraegerschaft'] } },
    improves: ['I4'],
    example: {
      title: 'Schulanbindung im Landkreis Musterland',
      description:
        'Der Landkreis Musterland hat alle 18 Schulen in seiner Trägerschaft innerhalb von drei Jahren an ' +
        'Glasfaser angeschlossen.',
    },
  },
  {
    code: 'INF-06',
    field: 'INF',
    title: 'Leerrohre bei jeder Tiefbaumaßnahme mitverlegen',
    description:
      'Bei Straßen-, Kanal- und Leitungsbau werden Leerrohre für Glasfaser mitverlegt und im Leitungskataster ' +
      'dokumentiert.',
    effort: 'gering',
    costMin: 0,
    costMax: 20000,
    prerequisite: null,
    improves: ['I1'],
    example: {
      title: 'Mitverlegung in Beispielbach',
      description:
        'Die Ortsgemeinde Beispielbach verlegt seit 2020 bei jeder Baustelle Leerrohre mit; ein Neubaugebiet war ' +
        'dadurch ab dem ersten Tag gigabitfähig.',
    },
  },
];

export const EDUCATION_MEASURES: CatalogueMeasure[] = [
  {
    code: 'BIL-01',
    field: 'BIL',
    title: 'Medienentwicklungsplan für die Schulen',
    description:
      'Gemeinsam mit den Schulen wird festgelegt, welche Ausstattung, welcher Betrieb und welcher Support nötig ' +
      'sind, mit Kosten und Zeitplan.',
    effort: 'mittel',
    costMin: 10000,
    costMax: 40000,
    prerequisite: { not: { q: 'B1', in: ['nichtZutreffend'] } },
    improves: ['B1'],
    example: {
      title: 'Medienentwicklungsplan des Landkreises Musterland',
      description:
        'Der Landkreis Musterland hat mit allen Schulleitungen einen Plan für fünf Jahre aufgestellt; der ' +
        'IT-Support kommt aus einer gemeinsamen Servicestelle.',
    },
  },
  {
    code: 'BIL-02',
    field: 'BIL',
    title: 'Makerspace in Bücherei oder Jugendzentrum',
    description:
      'Ein offener Raum mit 3D-Drucker, Lötstation, Mikrocontrollern und Laptops, betreut von Jugendarbeit und ' +
      'Ehrenamtlichen.',
    effort: 'mittel',
    costMin: 15000,
    costMax: 60000,
    prerequisite: null,
    improves: ['B2'],
    example: {
      title: 'Tüftelwerkstatt in Musterhausen',
      description:
        'Die Bücherei der Verbandsgemeinde Musterhausen öffnet ihre Tüftelwerkstatt zweimal pro Woche; Schulen ' +
        'buchen sie für Projekttage.',
    },
  },
  {
    code: 'BIL-03',
    field: 'BIL',
    title: 'Onleihe und Online-Kurse in Bücherei und Volkshochschule',
    description:
      'E-Books, E-Audios und Online-Kurse über den Verbund des Landes, mit Einführungen vor Ort für Neueinsteiger.',
    effort: 'gering',
    costMin: 2000,
    costMax: 8000,
    prerequisite: null,
    improves: ['B3'],
    example: {
      title: 'Digitale Bücherei Beispielstadt',
      description: 'Die Stadtbücherei Beispielstadt hat die Onleihe eingeführt; jede vierte Ausleihe ist digital.',
    },
  },
  {
    code: 'BIL-04',
    field: 'BIL',
    title: 'Online-Jugendbeteiligung',
    description:
      'Jugendliche bringen Ideen über eine Beteiligungsplattform ein und stimmen über ein eigenes Jugendbudget ab.',
    effort: 'gering',
    costMin: 1000,
    costMax: 6000,
    prerequisite: null,
    improves: ['B2', 'A8'],
    example: {
      title: 'Jugendbudget digital in Musterdorf',
      description:
        'In der Gemeinde Musterdorf entscheiden Jugendliche online über 5.000 Euro im Jahr; die Beteiligung hat ' +
        'sich verdreifacht.',
    },
  },
  {
    code: 'BIL-05',
    field: 'BIL',
    title: 'Medienscouts und Medienkompetenzkurse',
    description:
      'Ältere Schülerinnen und Schüler werden zu Medienscouts ausgebildet und geben Kurse zu Datenschutz, ' +
      'Cybermobbing und Falschmeldungen.',
    effort: 'gering',
    costMin: 2000,
    costMax: 10000,
    prerequisite: null,
    improves: ['B2'],
    example: {
      title: 'Medienscouts am Musterberg',
      description:
        'Die Jugendpflege der Verbandsgemeinde Am Musterberg bildet jedes Jahr 20 Medienscouts aus, die an ' +
        'Grundschulen unterrichten.',
    },
  },
  {
    code: 'BIL-06',
    field: 'BIL',
    title: 'Bildungspartnerschaft mit einer Hochschule',
    description:
      'Projektwochen, Abschlussarbeiten und Praktika zu kommunalen Digitalthemen in Zusammenarbeit mit einer ' +
      'Hochschule der Region.',
    effort: 'gering',
    costMin: 0,
    costMax: 5000,
    prerequisite: null,
    improves: ['B4', 'A9'],
    example: {
      title: 'Campus-Kooperation in Beispielstadt',
      description:
        'Studierende haben für die Stadt Beispielstadt eine Sensor-Messstation an der Schule gebaut und betreuen ' +
        'sie mit einer Schul-AG.',
    },
  },
];
