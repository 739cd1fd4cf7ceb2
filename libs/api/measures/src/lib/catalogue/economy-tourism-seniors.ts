/**
 * The shipped catalogue, fields 4–6: Kommunale Wirtschaft (WIR), Tourismus (TOU), Silberne Gesellschaft (SEN).
 * Our own wording; the examples use invented municipalities.
 */
import type { CatalogueMeasure } from './catalogue-measure';

export const ECONOMY_MEASURES: CatalogueMeasure[] = [
  {
    code: 'WIR-01',
    field: 'WIR',
    title: 'Coworking-Space oder Dorf-Büro',
    description:
      'Arbeitsplätze mit schnellem Internet, Besprechungsraum und flexibler Buchung, etwa in einem leerstehenden ' +
      'Ladenlokal oder im Bürgerhaus, damit Pendelnde vor Ort arbeiten können.',
    effort: 'hoch',
    costMin: 30000,
    costMax: 150000,
    prerequisite: null,
    improves: ['W3'],
    example: {
      title: 'Dorf-Büro im alten Bahnhof von Musterdorf',
      description:
        'Die Gemeinde Musterdorf hat den alten Bahnhof zu einem Dorf-Büro mit zehn Plätzen umgebaut; gebucht wird ' +
        'über eine App.',
    },
  },
  {
    code: 'WIR-02',
    field: 'WIR',
    title: 'Lokaler Online-Marktplatz',
    description:
      'Händlerinnen, Händler und Gastronomie der Kommune zeigen Angebote und Öffnungszeiten auf einer gemeinsamen ' +
      'Plattform, mit Abholung oder Lieferung.',
    effort: 'mittel',
    costMin: 10000,
    costMax: 40000,
    prerequisite: null,
    improves: ['W2'],
    example: {
      title: 'Schaufenster Beispielstadt',
      description:
        'Auf dem digitalen Schaufenster der Stadt Beispielstadt sind 80 Geschäfte vertreten; die Pflege übernimmt ' +
        'der Gewerbeverein.',
    },
  },
  {
    code: 'WIR-03',
    field: 'WIR',
    title: 'Gewerbeflächen online',
    description:
      'Freie Gewerbeflächen und Leerstände mit Lageplan, Größe, Preis und Ansprechperson auf der Website und im ' +
      'Flächenportal des Landes.',
    effort: 'gering',
    costMin: 2000,
    costMax: 10000,
    prerequisite: null,
    improves: ['W1'],
    example: {
      title: 'Flächenportal im Landkreis Musterland',
      description:
        'Alle Verbandsgemeinden im Landkreis Musterland melden ihre Gewerbeflächen in ein gemeinsames Portal mit ' +
        'Kartenansicht.',
    },
  },
  {
    code: 'WIR-04',
    field: 'WIR',
    title: 'Fördermittel-Lotse und Online-Sprechstunde der Wirtschaftsförderung',
    description: 'Unternehmen finden passende Förderprogramme über einen Online-Lotsen und buchen eine Video-Beratung.',
    effort: 'gering',
    costMin: 1000,
    costMax: 6000,
    prerequisite: null,
    improves: ['W1'],
    example: {
      title: 'Förderlotse Musterhausen',
      description:
        'Die Wirtschaftsförderung der Verbandsgemeinde Musterhausen berät dienstags per Video; Termine werden ' +
        'online gebucht.',
    },
  },
  {
    code: 'WIR-05',
    field: 'WIR',
    title: 'Digital-Werkstatt für Handel und Handwerk',
    description:
      'Workshops zu Website, Online-Shop, Bewertungen und digitaler Buchhaltung, gemeinsam mit Kammern und ' +
      'Gewerbevereinen.',
    effort: 'mittel',
    costMin: 5000,
    costMax: 20000,
    prerequisite: null,
    improves: ['W2', 'W1'],
    example: {
      title: 'Werkstattreihe am Musterberg',
      description:
        'In sechs Abenden haben 40 Betriebe der Verbandsgemeinde Am Musterberg ihren Online-Auftritt erneuert.',
    },
  },
];

export const TOURISM_MEASURES: CatalogueMeasure[] = [
  {
    code: 'TOU-01',
    field: 'TOU',
    title: 'Messenger-Newsletter für Gäste',
    description:
      'Gäste abonnieren Neuigkeiten zu Veranstaltungen, Öffnungszeiten und Wetterhinweisen über einen ' +
      'Messenger-Kanal der Tourist-Information.',
    effort: 'gering',
    costMin: 500,
    costMax: 3000,
    prerequisite: null,
    improves: ['T2'],
    example: {
      title: 'Gäste-News aus dem Musterland',
      description:
        'Die Tourist-Information Musterland erreicht über ihren Messenger-Kanal 3.000 Gäste; die Beiträge schreibt ' +
        'das Team im Wechsel.',
    },
  },
  {
    code: 'TOU-02',
    field: 'TOU',
    title: 'Online-Buchung von Unterkünften, Führungen und Tickets',
    description:
      'Unterkünfte, Stadtführungen und Veranstaltungstickets sind über die Gäste-Website buchbar, angebunden an ' +
      'das Buchungssystem der Region.',
    effort: 'mittel',
    costMin: 5000,
    costMax: 30000,
    prerequisite: null,
    improves: ['T1'],
    example: {
      title: 'Buchbar in Beispielstadt',
      description:
        'In Beispielstadt sind alle Führungen online buchbar; kurzfristige Absagen werden automatisch ' +
        'nachbesetzt.',
    },
  },
  {
    code: 'TOU-03',
    field: 'TOU',
    title: 'Digitale Wander- und Radtouren',
    description:
      'Touren mit GPS-Daten, Höhenprofil, Einkehr und Hinweisen zur Barrierefreiheit in einer Touren-App und auf ' +
      'der Website.',
    effort: 'gering',
    costMin: 2000,
    costMax: 15000,
    prerequisite: null,
    improves: ['T2'],
    example: {
      title: 'Tourenportal am Musterberg',
      description:
        'Ehrenamtliche Wegepaten der Verbandsgemeinde Am Musterberg pflegen 35 Touren im Portal und melden Schäden ' +
        'per App.',
    },
  },
  {
    code: 'TOU-04',
    field: 'TOU',
    title: 'Veranstaltungen und Sehenswürdigkeiten als offene Daten',
    description:
      'Veranstaltungs- und POI-Daten werden einmal erfasst und unter offener Lizenz bereitgestellt, sodass Apps, ' +
      'Portale und Nachbarkommunen sie übernehmen.',
    effort: 'gering',
    costMin: 1000,
    costMax: 8000,
    prerequisite: null,
    improves: ['T3'],
    example: {
      title: 'Offener Veranstaltungskalender Musterhausen',
      description:
        'Der Veranstaltungskalender der Verbandsgemeinde Musterhausen ist als offene Schnittstelle verfügbar; drei ' +
        'Portale übernehmen die Termine automatisch.',
    },
  },
  {
    code: 'TOU-05',
    field: 'TOU',
    title: 'Mehrsprachige Gäste-Website',
    description:
      'Die wichtigsten Seiten für Gäste auf Englisch, Niederländisch und Französisch, mobil gut nutzbar und mit ' +
      'Buchungsmöglichkeit.',
    effort: 'mittel',
    costMin: 8000,
    costMax: 30000,
    prerequisite: null,
    improves: ['T2'],
    example: {
      title: 'Gäste-Website des Musterlandes',
      description:
        'Die Tourismusgemeinschaft Musterland hat ihre Website in vier Sprachen neu aufgebaut; ein Drittel der ' +
        'Zugriffe kommt aus dem Ausland.',
    },
  },
  {
    code: 'TOU-06',
    field: 'TOU',
    title: 'Gäste-WLAN an Tourist-Information und Sehenswürdigkeiten',
    description: 'Freies WLAN an den Orten, an denen Gäste ankommen und sich informieren.',
    effort: 'gering',
    costMin: 2000,
    costMax: 12000,
    prerequisite: null,
    improves: ['T2', 'I3'],
    example: {
      title: 'WLAN an der Burg Musterstein',
      description:
        'Die Ortsgemeinde Beispielbach hat WLAN an Burg und Parkplatz eingerichtet; dort wirbt ein QR-Code für ' +
        'die Touren-App.',
    },
  },
];

export const SENIOR_MEASURES: CatalogueMeasure[] = [
  {
    code: 'SEN-01',
    field: 'SEN',
    title: 'Tablet-Kurse für Seniorinnen und Senioren',
    description:
      'Kleine Kurse und eine offene Smartphone-Sprechstunde im Bürgerhaus, mit Leihgeräten für alle ohne eigenes ' +
      'Gerät.',
    effort: 'gering',
    costMin: 1000,
    costMax: 5000,
    prerequisite: null,
    improves: ['G1'],
    example: {
      title: 'Tablet-Treff Musterdorf',
      description:
        'Im Tablet-Treff der Gemeinde Musterdorf lernen jede Woche 15 Ältere, Videoanrufe zu führen und ' +
        'Onlinedienste zu nutzen.',
    },
  },
  {
    code: 'SEN-02',
    field: 'SEN',
    title: 'Digitalbotschafterinnen und Digitalbotschafter',
    description:
      'Ehrenamtliche werden geschult und helfen Älteren zu Hause oder in Sprechstunden beim Umgang mit Smartphone, ' +
      'Tablet und Onlinediensten.',
    effort: 'gering',
    costMin: 500,
    costMax: 4000,
    prerequisite: null,
    improves: ['G1', 'L5'],
    example: {
      title: 'Digitalbotschafter in Musterhausen',
      description:
        'Zwölf Digitalbotschafterinnen und -botschafter der Verbandsgemeinde Musterhausen bieten in jeder ' +
        'Ortsgemeinde eine monatliche Sprechstunde an.',
    },
  },
  {
    code: 'SEN-03',
    field: 'SEN',
    title: 'Digitale Nachbarschaftshilfe',
    description:
      'Eine Plattform, über die Nachbarinnen und Nachbarn Einkaufshilfen, Fahrten und kleine Dienste anbieten und ' +
      'anfragen, auch per Telefon-Hotline.',
    effort: 'mittel',
    costMin: 3000,
    costMax: 15000,
    prerequisite: null,
    improves: ['G2'],
    example: {
      title: 'Nachbarschaftsnetz Beispielbach',
      description:
        'In der Ortsgemeinde Beispielbach vermittelt das Nachbarschaftsnetz jeden Monat rund 60 Hilfen; wer kein ' +
        'Smartphone hat, ruft an.',
    },
  },
  {
    code: 'SEN-04',
    field: 'SEN',
    title: 'Telemedizin-Raum mit der Hausarztpraxis',
    description:
      'Ein ausgestatteter Raum in der Gemeinde, in dem Patientinnen und Patienten mit Unterstützung einer ' +
      'Fachkraft Videosprechstunden wahrnehmen.',
    effort: 'hoch',
    costMin: 20000,
    costMax: 80000,
    prerequisite: null,
    improves: ['G3'],
    example: {
      title: 'Gesundheitskiosk Musterdorf',
      description:
        'Im Gesundheitskiosk der Gemeinde Musterdorf begleitet eine Pflegefachkraft Videosprechstunden mit der ' +
        'Hausarztpraxis der Nachbarstadt.',
    },
  },
  {
    code: 'SEN-05',
    field: 'SEN',
    title: 'Analoge Zugänge zu jedem digitalen Angebot sichern',
    description:
      'Zu jedem Onlinedienst gibt es ein Servicetelefon, Papierformulare oder eine Begleitung im Bürgerbüro; ' +
      'das wird bei jeder Einführung mitgeplant.',
    effort: 'gering',
    costMin: 0,
    costMax: 5000,
    prerequisite: null,
    improves: ['G4'],
    example: {
      title: 'Bürgerlotsen in Beispielstadt',
      description:
        'Im Bürgerbüro der Stadt Beispielstadt helfen Lotsinnen beim Ausfüllen von Onlineanträgen am Terminal.',
    },
  },
];
