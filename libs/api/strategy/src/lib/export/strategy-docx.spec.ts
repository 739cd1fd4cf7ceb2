import type { StrategyDocument } from '@digitalcheck/shared-contracts';
import { strFromU8, unzipSync } from 'fflate';
import { buildStrategyDocx } from './strategy-docx';
import { fileNameOf } from './strategy-export.service';

const document: StrategyDocument = {
  responseId: '00000000-0000-4000-8000-000000000001',
  regionArs: '07137',
  regionName: 'Mayen-Koblenz',
  waveTitle: 'Standortbestimmung 2026',
  version: 3,
  savedAt: '2026-11-25T10:00:00.000Z',
  savedBy: 'Erika Muster',
  baseline: {
    peerGroup: 'Landkreis, 150.000 bis unter 250.000 Einwohner',
    index: {
      field: null,
      title: 'Digitalisierungsindex',
      score: 47.5,
      maturityLevel: 3,
      priority: null,
      peerMedian: 51,
    },
    fields: [
      { field: 'VER', title: 'Kommunale Verwaltung', score: 62.5, maturityLevel: 4, priority: 5, peerMedian: 55 },
      { field: 'TOU', title: 'Tourismus', score: 12, maturityLevel: 1, priority: 4, peerMedian: null },
    ],
  },
  focusFields: [{ field: 'TOU', title: 'Tourismus', score: 12, maturityLevel: 1, priority: 4, peerMedian: null }],
  vision: 'Gäste finden <alles> & mehr digital.',
  measures: [
    {
      measureId: 'm1',
      code: 'TOU-01',
      title: 'Messenger-Nachrichten für Gäste',
      description: 'Ein Kanal mit Veranstaltungen und Hinweisen.',
      field: 'TOU',
      fieldTitle: 'Tourismus',
      goal: 'Bis Ende 2027 erreichen wir 2.000 Gäste im Monat.',
      responsible: 'Tourist-Information',
      startMonth: '2027-03',
      endMonth: '2027-12',
      budgetEur: 25000,
    },
  ],
};

/** The document's text in order, from word/document.xml (runs joined, XML entities decoded). */
function textOf(docx: Buffer): { xml: string; text: string } {
  const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1])
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { xml, text };
}

describe('buildStrategyDocx', () => {
  it('lays out the sections in order as Heading 1, with the choices', async () => {
    const { xml, text } = textOf(await buildStrategyDocx(document, new Date('2026-11-26T09:00:00Z')));
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(
      (match) => match[1],
    );
    expect(headings).toEqual(['Ausgangslage', 'Handlungsfelder', 'Maßnahmen', 'Zeitplan', 'Verantwortlichkeiten']);
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(text).toContain('Digitalstrategie Mayen-Koblenz');
    expect(text).toContain('Entwurf, Stand 25.11.2026 (Version 3, Erika Muster)');
    expect(text).toContain('Erstellt am 26.11.2026');
    expect(text).toContain('Landkreis, 150.000 bis unter 250.000 Einwohner');
    expect(text).toContain('Kommunale Verwaltung 63 4 – Fortgeschritten 55');
    expect(text).toContain('Priorität 4 von 5; 12 Punkte, Reifegrad 1 – Einstieg');
    expect(text).toContain('TOU-01 Messenger-Nachrichten für Gäste');
    expect(text).toContain('Ein Kanal mit Veranstaltungen und Hinweisen.');
    expect(text).toContain('Bis Ende 2027 erreichen wir 2.000 Gäste im Monat.');
    expect(text).toContain('25.000 €');
    expect(text).toContain('Messenger-Nachrichten für Gäste März 2027 – Dezember 2027');
    expect(text).toContain('Messenger-Nachrichten für Gäste Tourist-Information');
    // What users typed is text, encoded, never markup.
    expect(text).toContain('Gäste finden <alles> & mehr digital.');
    expect(xml).toContain('Gäste finden &lt;alles&gt; &amp; mehr digital.');
    expect(text.indexOf('Ausgangslage')).toBeLessThan(text.indexOf('Verantwortlichkeiten'));
  });

  it('says so when nothing is chosen yet', async () => {
    const empty = { ...document, focusFields: [], measures: [], vision: '', savedAt: null, version: 0 };
    const { text } = textOf(await buildStrategyDocx(empty, new Date('2026-11-26T09:00:00Z')));
    expect(text).toContain('Entwurf, noch nicht gespeichert');
    expect(text).toContain('Noch keine Handlungsfelder gewählt.');
    expect(text).toContain('Noch keine Maßnahmen gewählt.');
  });
});

describe('fileNameOf', () => {
  it('names the region, the document and that it is a draft', () => {
    expect(fileNameOf('Mayen-Koblenz', 'docx')).toBe('mayen-koblenz_digitalstrategie_entwurf.docx');
  });
});
