/** Text in exported SVG: XML escaping, the system-safe font stack and line wrapping by measured width. */
export const EXPORT_FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', sans-serif";

/** Characters XML 1.0 does not allow (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type TextMeasure = (text: string, fontSize: number, bold: boolean) => number;

/** Measures with a canvas where there is one; otherwise a conservative estimate (0.6 em per character). */
export function textMeasure(document: Document): TextMeasure {
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return (text, fontSize, bold) => {
    if (!context) return text.length * fontSize * 0.6;
    context.font = `${bold ? 'bold ' : ''}${fontSize}px ${EXPORT_FONT_FAMILY}`;
    return context.measureText(text).width;
  };
}

/** Greedy word wrap to `width`; a word longer than the line stays whole. */
export function wrapText(text: string, width: number, fontSize: number, bold: boolean, measure: TextMeasure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
