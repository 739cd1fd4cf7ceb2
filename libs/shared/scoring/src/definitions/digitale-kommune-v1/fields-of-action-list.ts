/**
 * The nine Handlungsfelder of the RLP Digital-Werkstätten in the order of the spec. Their codes are the
 * section codes, the A2 option codes and the P1 row codes, which is how P1 finds its field.
 */
export const FIELDS_OF_ACTION = [
  { code: 'VER', title: 'Kommunale Verwaltung' },
  { code: 'INF', title: 'Digitale Infrastruktur' },
  { code: 'BIL', title: 'Bildung und Jugend' },
  { code: 'WIR', title: 'Kommunale Wirtschaft' },
  { code: 'TOU', title: 'Tourismus' },
  { code: 'SEN', title: 'Silberne Gesellschaft' },
  { code: 'SOZ', title: 'Arbeit und Soziales' },
  { code: 'ORT', title: 'Dorf- und Stadtentwicklung' },
  { code: 'ALL', title: 'Alltagsleben' },
] as const;

export type FieldOfActionCode = (typeof FIELDS_OF_ACTION)[number]['code'];
