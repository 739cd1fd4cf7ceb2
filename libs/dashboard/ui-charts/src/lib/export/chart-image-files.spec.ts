import { chartSvgDocument } from './chart-image-files';
import type { ChartExportMeta } from './export-meta';
import { escapeXml, wrapText } from './svg-text';

const meta: ChartExportMeta = {
  title: 'Rangfolge <Kreise> & "Städte"',
  subtitle: 'Befragung: Digitalcheck RLP 2026 · Rheinland-Pfalz · n = 36',
  n: null,
  source: 'Quelle: Digitalcheck Kommune',
  attribution: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
  waveTitle: 'Digitalcheck RLP 2026',
  filters: {},
  exportedAt: new Date('2026-11-25T12:00:00Z'),
};
const measure = (text: string, size: number) => text.length * size * 0.5;

describe('chart image files', () => {
  it('frames the chart with title, subtitle with n, source and attribution in a parseable SVG on white', () => {
    const body = { markup: '<rect x="0" y="0" width="600" height="300" fill="rgb(1,2,3)"/>', width: 600, height: 300 };
    const image = chartSvgDocument(body, meta, measure);
    const doc = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const svg = doc.documentElement;
    expect(svg.getAttribute('width')).toBe('648');
    expect(Number(svg.getAttribute('height'))).toBe(image.height);
    expect(svg.getAttribute('font-family')).toContain('Arial');
    expect(doc.querySelector('title')?.textContent).toBe('Rangfolge <Kreise> & "Städte"');
    const texts = Array.from(doc.querySelectorAll('text')).map((text) => text.textContent);
    expect(texts).toEqual([
      'Rangfolge <Kreise> & "Städte"',
      'Befragung: Digitalcheck RLP 2026 · Rheinland-Pfalz · n = 36',
      'Quelle: Digitalcheck Kommune',
      '© GeoBasis-DE / BKG 2021 (Daten verändert)',
    ]);
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(svg.querySelector('g')?.getAttribute('transform')).toMatch(/^translate\(24 \d+\)$/);
  });

  it('wraps long subtitles to the chart width and never goes below 480 px', () => {
    const image = chartSvgDocument(
      { markup: '', width: 100, height: 50 },
      { ...meta, subtitle: 'wort '.repeat(60) },
      measure,
    );
    expect(image.width).toBe(480);
    const doc = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    expect(doc.querySelectorAll('text').length).toBeGreaterThan(4);
  });

  it('escapes markup and wraps greedily', () => {
    expect(escapeXml('Kreis\u0007 A\u000bB\uffff')).toBe('Kreis AB');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(wrapText('eins zwei drei vier', 60, 10, false, measure)).toEqual(['eins zwei', 'drei vier']);
    expect(wrapText('Donaudampfschifffahrt', 10, 10, false, measure)).toEqual(['Donaudampfschifffahrt']);
  });
});
