/**
 * XSS and spreadsheet-formula payloads for xss.spec.ts, and the free-text field each one goes into.
 *
 * Every payload would set `window.__xss` (or add an element the checks look for) if it were interpreted as HTML,
 * SVG, an Angular template, a link target or a spreadsheet formula. Each field gets its own leading word, so a
 * finding names its field, and most start with a character a spreadsheet reads as a formula (= + - @ tab).
 */

export const XSS = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=1</script>',
  attributeBreakout: '"><svg onload="window.__xss=1">',
  javascriptUrl: 'javascript:window.__xss=1',
  angularTemplate: "{{constructor.constructor('window.__xss=1')()}}",
  svgBreakout: '</text><script>window.__xss=1</script>',
  cdataEnd: ']]>',
  comment: '<!--',
  hyperlink: '=HYPERLINK("http://example.org","x")',
} as const;

/** For fields of at most 200 characters. */
export function shortPayload(lead: string): string {
  return [lead, XSS.img, XSS.attributeBreakout, XSS.angularTemplate, XSS.svgBreakout, XSS.cdataEnd, XSS.comment].join(
    ' ',
  );
}

/** For long text fields: every payload at once. */
export function longPayload(lead: string): string {
  return [
    lead,
    XSS.img,
    XSS.script,
    XSS.attributeBreakout,
    XSS.javascriptUrl,
    XSS.angularTemplate,
    XSS.svgBreakout,
    XSS.cdataEnd,
    XSS.comment,
  ].join(' ');
}

/**
 * The free-text fields a user types into that are stored and shown again (`@IsString` bodies of the API and the
 * text questions of the questionnaire), with the payload each gets here and where the spec reads it back.
 *
 * | Field                              | Written by (API)                                   | Read back in                                               |
 * | ---------------------------------- | -------------------------------------------------- | ---------------------------------------------------------- |
 * | Wave title                         | analyst, POST /waves                               | wave list + detail, respondent start page, analytics and   |
 * |                                    |                                                    | plans filters, chart subtitle (SVG/CSV/XLSX), raw XLSX     |
 * |                                    |                                                    | metadata, region report PDF, Land report PDF               |
 * | Text answer H2 (Hemmnisse)         | respondent, PUT /responses/:id/answers/H2          | section page (textarea), raw CSV + XLSX                    |
 * | Text answer E1 (Digitalprojekt)    | respondent, PUT …/answers/E1                       | section page, raw CSV + XLSX                               |
 * | Text answer E2 (gutes Beispiel)    | respondent, PUT …/answers/E2 ({text, consent})     | section page, raw CSV + XLSX                               |
 * | Reopen reason                      | analyst, POST /responses/:id/reopen                | audit log page (details), audit CSV                        |
 * | Display name (invitation accepted) | invitee, POST /invitations/accept                  | account menu, user admin, strategy "saved by"              |
 * | Strategy vision (Leitbild)         | respondent, PUT /responses/:id/strategy            | recommendations page (textarea), strategy PDF + DOCX       |
 * | Strategy goal per measure          | respondent, PUT …/strategy                         | recommendations page, strategy PDF + DOCX                  |
 * | Strategy responsible per measure   | respondent, PUT …/strategy                         | recommendations page, strategy PDF + DOCX                  |
 * | Measure title                      | admin, POST /measures                              | measures admin, recommendations, plans table + chart       |
 * |                                    |                                                    | (SVG/CSV/XLSX), strategy PDF + DOCX                        |
 * | Measure description                | admin, POST /measures                              | measures admin, recommendations, strategy PDF + DOCX       |
 * | Good-practice example title + text | admin, POST /measures (example)                    | recommendations page, measures admin form                  |
 * | Chart name of an export record     | any signed-in user, POST /exports/records (chart)  | audit log page (details), audit CSV                        |
 *
 * Not free text (validated to a pattern or a number): strategy start/end month (YYYY-MM), budget (number), email
 * addresses, region keys, question codes, measure codes. Not in the API: wave descriptions, budget or measure notes.
 * Not covered here: region names from the admin's region import and question texts from a questionnaire import
 * (admin-only file imports; reference data, rendered by the same Angular interpolation).
 */
export const PAYLOADS = {
  waveTitle: shortPayload('-Welle'),
  h2: `\t=1+1 ${longPayload('Hemmnis')}`,
  e1: `${XSS.hyperlink} ${longPayload('Projekt')}`,
  e2: `@SUM(1+1) ${longPayload('Beispiel')}`,
  reopenReason: longPayload('=Grund'),
  displayName: shortPayload('+Name'),
  vision: longPayload('=Leitbild'),
  goal: longPayload('-Ziel'),
  responsible: shortPayload('@Hauptamt'),
  measureTitle: shortPayload('=Massnahme'),
  measureDescription: longPayload('+Beschreibung'),
  exampleTitle: [XSS.javascriptUrl, 'Beispiel', XSS.img, XSS.attributeBreakout, XSS.angularTemplate].join(' '),
  exampleDescription: longPayload('-Beispieltext'),
  chartName: shortPayload('=Diagramm'),
} as const;

/** The API's length limit of each field (the DTOs' @Length/@MaxLength, the questions' maxLength). */
export const PAYLOAD_LIMITS: Record<keyof typeof PAYLOADS, number> = {
  waveTitle: 200,
  h2: 2000,
  e1: 2000,
  e2: 2000,
  reopenReason: 1000,
  displayName: 200,
  vision: 4000,
  goal: 2000,
  responsible: 200,
  measureTitle: 200,
  measureDescription: 4000,
  exampleTitle: 200,
  exampleDescription: 4000,
  chartName: 200,
};
