import type { StrategyBaselineRow, StrategyDocument } from '@digitalcheck/shared-contracts';
import type { Paragraph as DocxParagraph, Table as DocxTable } from 'docx';
import { germanDate, germanEuro, germanMaturity, germanPeriod, germanScore } from './german-format';
import { STRATEGY_SECTIONS } from './strategy-sections';

type Docx = typeof import('docx');

/** docx is loaded with the first export (the idle API does not carry it). */
async function loadDocx(): Promise<Docx> {
  const loaded = (await import('docx')) as Docx & { default?: Docx };
  return loaded.default ?? loaded;
}

/**
 * The draft as a Word document laid out like a municipal Digitalstrategie: title, a table of contents field
 * (Word fills it from the Heading 1/2 paragraphs when the file is opened), then Ausgangslage, Handlungsfelder,
 * Maßnahmen, Zeitplan and Verantwortlichkeiten. Everything typed by users goes in as text runs (docx encodes
 * it as XML text), never as markup.
 */
export async function buildStrategyDocx(document: StrategyDocument, generatedAt: Date): Promise<Buffer> {
  const docx = await loadDocx();
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableOfContents, TableRow } = docx;
  const { TextRun, WidthType } = docx;

  const text = (value: string, options: { bold?: boolean } = {}): DocxParagraph =>
    new Paragraph({ children: [new TextRun({ text: value, bold: options.bold })] });
  const heading = (value: string, level: 1 | 2): DocxParagraph =>
    new Paragraph({ text: value, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
  const table = (header: string[], rows: string[][]): DocxTable =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: header.map((cell) => new TableCell({ children: [text(cell, { bold: true })] })),
        }),
        ...rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [text(cell)] })) })),
      ],
    });
  const baselineCells = (row: StrategyBaselineRow): string[] => [
    row.title,
    germanScore(row.score),
    germanMaturity(row.maturityLevel),
    germanScore(row.peerMedian),
  ];

  const { baseline } = document;
  const stand = document.savedAt
    ? `Entwurf, Stand ${germanDate(document.savedAt)} (Version ${document.version}${document.savedBy ? `, ${document.savedBy}` : ''})`
    : 'Entwurf, noch nicht gespeichert';
  const children: (DocxParagraph | DocxTable | InstanceType<Docx['TableOfContents']>)[] = [
    new Paragraph({ text: `Digitalstrategie ${document.regionName}`, heading: HeadingLevel.TITLE }),
    text(stand),
    text(
      `Grundlage: ${document.waveTitle}. Erstellt am ${germanDate(generatedAt.toISOString())} mit Digitalcheck Kommune.`,
    ),
    new TableOfContents('Inhalt', { hyperlink: true, headingStyleRange: '1-2' }),

    heading(STRATEGY_SECTIONS.baseline, 1),
    text(
      `Index und Handlungsfelder aus der Selbstbewertung (0–100 Punkte, Reifegrad 1–5) im Vergleich mit dem Median ` +
        `der Vergleichsgruppe${baseline.peerGroup ? ` (${baseline.peerGroup})` : ''}.`,
    ),
    table(
      ['Bereich', 'Punkte', 'Reifegrad', 'Median Vergleichsgruppe'],
      [baselineCells(baseline.index), ...baseline.fields.map(baselineCells)],
    ),

    heading(STRATEGY_SECTIONS.fields, 1),
    ...(document.vision ? [heading('Leitbild und Ziele', 2), text(document.vision)] : []),
    ...(document.focusFields.length === 0
      ? [text('Noch keine Handlungsfelder gewählt.')]
      : document.focusFields.flatMap((field) => [
          heading(field.title, 2),
          text(
            `Priorität ${field.priority ?? 'nicht angegeben'} von 5; ${germanScore(field.score)} Punkte, ` +
              `Reifegrad ${germanMaturity(field.maturityLevel)}; Median der Vergleichsgruppe ${germanScore(field.peerMedian)}.`,
          ),
        ])),

    heading(STRATEGY_SECTIONS.measures, 1),
    ...(document.measures.length === 0
      ? [text('Noch keine Maßnahmen gewählt.')]
      : document.measures.flatMap((measure) => [
          heading(`${measure.code ? `${measure.code} ` : ''}${measure.title}`, 2),
          text(`Handlungsfeld: ${measure.fieldTitle}`),
          ...(measure.description ? [text(measure.description)] : []),
          new Paragraph({
            children: [new TextRun({ text: 'Ziel: ', bold: true }), new TextRun(measure.goal || 'offen')],
          }),
          new Paragraph({
            children: [new TextRun({ text: 'Budget: ', bold: true }), new TextRun(germanEuro(measure.budgetEur))],
          }),
        ])),

    heading(STRATEGY_SECTIONS.schedule, 1),
    table(
      ['Maßnahme', 'Zeitraum'],
      document.measures.map((measure) => [measure.title, germanPeriod(measure.startMonth, measure.endMonth)]),
    ),

    heading(STRATEGY_SECTIONS.responsibilities, 1),
    table(
      ['Maßnahme', 'Verantwortlich'],
      document.measures.map((measure) => [measure.title, measure.responsible || 'offen']),
    ),
  ];

  const file = new Document({
    creator: 'Digitalcheck Kommune',
    title: `Digitalstrategie ${document.regionName}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: 'de-DE' } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(file);
}
