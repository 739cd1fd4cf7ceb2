/** The sections of a municipal Digitalstrategie, in this order, in the DOCX and on the print page. */
export const STRATEGY_SECTIONS = {
  baseline: 'Ausgangslage',
  fields: 'Handlungsfelder',
  measures: 'Maßnahmen',
  schedule: 'Zeitplan',
  responsibilities: 'Verantwortlichkeiten',
} as const;
