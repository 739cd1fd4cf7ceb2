/**
 * A chart as an image file, ready for a report: the rendered chart (see dom-to-svg) framed by its title, the
 * subtitle with wave, filters and n, the source line and, on maps, the boundary attribution; white background,
 * system-safe fonts. SVG as vector; PNG at twice the size, drawn from that SVG in the browser.
 */
import type { SvgFragment } from './dom-to-svg';
import type { ChartExportMeta } from './export-meta';
import { EXPORT_FONT_FAMILY, type TextMeasure, escapeXml, wrapText } from './svg-text';

export const SVG_TYPE = 'image/svg+xml';
export const PNG_TYPE = 'image/png';
export const PNG_SCALE = 2;

const PADDING = 24;
const MIN_WIDTH = 480;
const TEXT_COLOUR = '#1a1a1a';
const MUTED_COLOUR = '#4a4a57';

interface TextBlock {
  lines: string[];
  size: number;
  lineHeight: number;
  bold: boolean;
  colour: string;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

export function chartSvgDocument(body: SvgFragment, meta: ChartExportMeta, measure: TextMeasure): ChartImage {
  const width = Math.ceil(Math.max(body.width + 2 * PADDING, MIN_WIDTH));
  const textWidth = width - 2 * PADDING;
  const block = (text: string, size: number, bold: boolean, colour: string): TextBlock => ({
    lines: text ? wrapText(text, textWidth, size, bold, measure) : [],
    size,
    lineHeight: Math.round(size * 1.35),
    bold,
    colour,
  });
  const title = block(meta.title, 18, true, TEXT_COLOUR);
  const subtitle = block(meta.subtitle, 12, false, MUTED_COLOUR);
  const source = block(meta.source, 11, false, MUTED_COLOUR);
  const attribution = block(meta.attribution ?? '', 11, false, MUTED_COLOUR);

  const parts: string[] = [];
  let y = PADDING;
  const write = (text: TextBlock) => {
    for (const line of text.lines) {
      y += text.lineHeight;
      parts.push(
        `<text x="${PADDING}" y="${y - Math.round(text.lineHeight * 0.25)}" font-size="${text.size}"` +
          `${text.bold ? ' font-weight="bold"' : ''} fill="${text.colour}">${escapeXml(line)}</text>`,
      );
    }
  };
  write(title);
  write(subtitle);
  y += 12;
  parts.push(`<g transform="translate(${PADDING} ${y})">${body.markup}</g>`);
  y += body.height + 12;
  write(source);
  write(attribution);
  const height = Math.ceil(y + PADDING);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(EXPORT_FONT_FAMILY)}" role="img" aria-labelledby="dc-export-title dc-export-desc">` +
    `<title id="dc-export-title">${escapeXml(meta.title)}</title>` +
    `<desc id="dc-export-desc">${escapeXml([meta.subtitle, meta.source, meta.attribution ?? ''].filter(Boolean).join('. '))}</desc>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>\n`;
  return { svg, width, height };
}

/** Draws the SVG on a white canvas at `scale` and encodes it as PNG. */
export async function svgToPng(image: ChartImage, document: Document, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: SVG_TYPE }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), PNG_TYPE),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
