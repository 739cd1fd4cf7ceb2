/**
 * Free-text answers for the demo, by question code of the default questionnaire. Invented, short and
 * unremarkable on purpose: they must read like real answers without naming real people or projects.
 */

export const TEXT_POOLS: Record<string, readonly string[]> = {
  /** H2: further obstacles. */
  H2: [
    'Die Fachverfahren der Hersteller haben kaum offene Schnittstellen.',
    'Vergabeverfahren für IT-Leistungen dauern zu lange.',
    'Förderprogramme haben kurze Fristen und viel Verwaltungsaufwand.',
    'Hohe Fluktuation in der IT; Stellen bleiben lange unbesetzt.',
    'Unklare Zuständigkeiten zwischen Verbandsgemeinde und Ortsgemeinden.',
    'Datenschutzrechtliche Bedenken bei Cloud-Diensten bremsen Entscheidungen.',
    'Neben dem Tagesgeschäft bleibt wenig Zeit für neue Vorhaben.',
    'Die Anbindung an die Landesportale ist technisch aufwendig.',
  ],
  /** E1: most important digital project of the next 12 months. */
  E1: [
    'Einführung der E-Akte in allen Fachbereichen',
    'Online-Terminvergabe im Bürgerbüro',
    'Ausbau des öffentlichen WLANs in den Ortsgemeinden',
    'Digitale Ratsarbeit mit einem Sitzungsdienst',
    'Neue Website mit Online-Formularen und Leichter Sprache',
    'Anbindung der Online-Dienste an das Nutzerkonto BundID',
    'Glasfaseranschluss der letzten Grundschulen',
    'Dorf-App gemeinsam mit den Ortsgemeinden',
    'Medienbruchfreie Verarbeitung von E-Rechnungen',
    'Aufbau eines Informationssicherheitsmanagements',
    'Smartphone-Sprechstunden für Seniorinnen und Senioren',
    'Online-Beteiligung zum Dorferneuerungskonzept',
    'Pegelsensoren und Starkregen-Frühwarnung',
    'Coworking-Space im ehemaligen Bahnhofsgebäude',
    'Digitales Leerstandsmanagement für die Ortskerne',
  ],
  /** E2: a project to share as a good example. */
  E2: [
    'Unsere Dorf-App verbindet die Ortsgemeinden; Ehrenamtliche pflegen die Neuigkeiten.',
    'Video-Sprechstunde im Bürgerbüro: weniger Wege für ältere Menschen.',
    'Gemeinsame E-Rechnungs-Plattform mit den Nachbarkommunen.',
    'Schulen und Medienzentrum betreiben einen gemeinsamen IT-Support.',
    'Rufbus mit App-Buchung für die Dörfer ohne Linienverkehr.',
    'Digitalbotschafterinnen und -botschafter bieten wöchentliche Sprechstunden an.',
  ],
};

/** For text questions the demo does not know by code. */
export const GENERIC_TEXTS: readonly string[] = [
  'Siehe Beschluss des Rates vom vergangenen Jahr.',
  'Wird derzeit in der Verwaltung abgestimmt.',
  'Gemeinsam mit den Nachbarkommunen in Planung.',
];
