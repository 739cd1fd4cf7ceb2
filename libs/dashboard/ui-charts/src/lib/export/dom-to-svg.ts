/**
 * Turns the rendered chart (an element in the page) into SVG markup with self-contained styles: embedded SVG
 * (ngx-charts, the map) is cloned with its computed presentation inlined; HTML boxes (the heatmap's cells, the
 * stacked bars, legends, notes) become rects and lines, their text becomes SVG text at the position the browser
 * laid it out. Nothing refers to the page's stylesheets or fonts afterwards.
 */
import { EXPORT_FONT_FAMILY, escapeXml } from './svg-text';

export interface SvgFragment {
  markup: string;
  width: number;
  height: number;
}

interface Origin {
  left: number;
  top: number;
  /** Right and bottom edge of everything drawn: content scrolled out of view (a wide heatmap) is exported too. */
  right: number;
  bottom: number;
}

/** Presentation properties copied from the computed style into the clone of an embedded SVG. */
const SVG_PRESENTATION = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Form controls are not part of a chart; buttons are drawn (region names in tables and heatmaps are buttons). */
const SKIPPED_TAGS = new Set(['SELECT', 'INPUT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE']);
/** Baseline of a line box's text, as a share of the box height (Arial: ascent 0.905 of 1.117 em). */
const BASELINE_SHARE = 0.8;

/** Hatching for boxes painted with a CSS gradient (cells without a value), like the chart's own hatch. */
const HATCH_ID = 'dc-export-hatch';
const HATCH_PATTERN =
  `<defs><pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="6" height="6" ` +
  `patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>` +
  `<line x1="0" y1="0" x2="0" y2="6" stroke="#6f6f6f" stroke-width="2.5"/></pattern></defs>`;

export function elementToSvg(root: HTMLElement): SvgFragment {
  const bounds = root.getBoundingClientRect();
  const origin: Origin = { left: bounds.left, top: bounds.top, right: bounds.right, bottom: bounds.bottom };
  const out: string[] = [];
  walk(root, origin, out);
  const markup = out.join('');
  return {
    markup: markup.includes(`url(#${HATCH_ID})`) ? HATCH_PATTERN + markup : markup,
    width: Math.ceil(origin.right - origin.left),
    height: Math.ceil(origin.bottom - origin.top),
  };
}

function walk(element: Element, origin: Origin, out: string[]): void {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute('data-export-skip')) return;
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const style = view.getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return;
  if (style.display === 'contents') {
    children(element, style, origin, out);
    return;
  }
  const rect = element.getBoundingClientRect();
  if (visuallyHidden(rect, style)) return;
  origin.right = Math.max(origin.right, rect.right);
  origin.bottom = Math.max(origin.bottom, rect.bottom);
  if (element.tagName.toLowerCase() === 'svg') {
    out.push(svgClone(element as SVGSVGElement, rect, origin));
    return;
  }
  box(rect, style, origin, out);
  children(element, style, origin, out);
}

function children(element: Element, style: CSSStyleDeclaration, origin: Origin, out: string[]): void {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) text(child as Text, style, origin, out);
    else if (child.nodeType === 1) walk(child as Element, origin, out);
  }
}

/** Screen-reader-only text (1 px clipped boxes) is not drawn. */
function visuallyHidden(rect: DOMRect, style: CSSStyleDeclaration): boolean {
  if (rect.width <= 1 && rect.height <= 1 && style.overflow === 'hidden') return true;
  return style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
}

interface Colour {
  rgb: string;
  alpha: number;
}

/** "rgba(1, 2, 3, 0.5)" → rgb + alpha (fill-opacity), because SVG 1.1 readers (Office) know no rgba(). */
export function parseColour(value: string): Colour | null {
  const match = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return null;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  if (!(alpha > 0)) return null;
  return { rgb: `rgb(${match[1]},${match[2]},${match[3]})`, alpha };
}

function paint(attribute: 'fill' | 'stroke', colour: Colour): string {
  return colour.alpha < 1
    ? `${attribute}="${colour.rgb}" ${attribute}-opacity="${round(colour.alpha)}"`
    : `${attribute}="${colour.rgb}"`;
}

function box(rect: DOMRect, style: CSSStyleDeclaration, origin: Origin, out: string[]): void {
  const x = rect.left - origin.left;
  const y = rect.top - origin.top;
  const background = parseColour(style.backgroundColor);
  const hatched = style.backgroundImage.includes('gradient');
  if ((background || hatched) && rect.width > 0 && rect.height > 0) {
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    const fill = hatched ? `fill="url(#${HATCH_ID})"` : paint('fill', background as Colour);
    out.push(
      `<rect x="${round(x)}" y="${round(y)}" width="${round(rect.width)}" height="${round(rect.height)}"` +
        `${radius > 0 ? ` rx="${round(radius)}"` : ''} ${fill}/>`,
    );
  }
  const sides: [string, number, number, number, number][] = [
    ['Top', x, y, x + rect.width, y],
    ['Right', x + rect.width, y, x + rect.width, y + rect.height],
    ['Bottom', x, y + rect.height, x + rect.width, y + rect.height],
    ['Left', x, y, x, y + rect.height],
  ];
  for (const [side, x1, y1, x2, y2] of sides) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
    const lineStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const colour = parseColour(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
    if (width <= 0 || !colour || lineStyle === 'none' || lineStyle === 'hidden') continue;
    const inset = width / 2;
    const dx = side === 'Right' ? -inset : side === 'Left' ? inset : 0;
    const dy = side === 'Bottom' ? -inset : side === 'Top' ? inset : 0;
    out.push(
      `<line x1="${round(x1 + dx)}" y1="${round(y1 + dy)}" x2="${round(x2 + dx)}" y2="${round(y2 + dy)}" ` +
        `${paint('stroke', colour)} stroke-width="${round(width)}"/>`,
    );
  }
}

/** Text as the browser wrapped it: words grouped into lines by their layout position. */
function text(node: Text, style: CSSStyleDeclaration, origin: Origin, out: string[]): void {
  const content = node.textContent ?? '';
  if (!content.trim()) return;
  const range = node.ownerDocument.createRange();
  const lines: { top: number; left: number; height: number; words: string[] }[] = [];
  const place = (word: string, rect: DOMRect, joined: boolean) => {
    const line = lines.find((candidate) => Math.abs(candidate.top - rect.top) < rect.height / 2);
    if (!line) {
      lines.push({ top: rect.top, left: rect.left, height: rect.height, words: [word] });
    } else if (joined && line.words.length > 0) {
      line.words[line.words.length - 1] += word;
    } else {
      line.words.push(word);
      line.left = Math.min(line.left, rect.left);
    }
  };
  const words = /\S+/g;
  for (let match = words.exec(content); match; match = words.exec(content)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    if (range.getClientRects().length <= 1) {
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 || rect.height > 0) place(match[0], rect, false);
      continue;
    }
    // A word broken across lines ("Alzey-|Worms"): placed character by character.
    for (let i = 0; i < match[0].length; i++) {
      range.setStart(node, match.index + i);
      range.setEnd(node, match.index + i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 || rect.height > 0) place(match[0][i], rect, i > 0);
    }
  }
  const colour = parseColour(style.color) ?? { rgb: 'rgb(26,26,26)', alpha: 1 };
  const weight = Number(style.fontWeight) >= 600 || style.fontWeight === 'bold' ? ' font-weight="bold"' : '';
  const italic = style.fontStyle === 'italic' ? ' font-style="italic"' : '';
  const size = parseFloat(style.fontSize) || 14;
  for (const line of lines) {
    const x = line.left - origin.left;
    const y = line.top - origin.top + line.height * BASELINE_SHARE;
    out.push(
      `<text x="${round(x)}" y="${round(y)}" font-size="${round(size)}"${weight}${italic} ` +
        `${paint('fill', colour)}>${escapeXml(line.words.join(' '))}</text>`,
    );
  }
}

/** A copy of an embedded SVG with computed presentation inlined, placed where it was on the page. */
function svgClone(svg: SVGSVGElement, rect: DOMRect, origin: Origin): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const view = svg.ownerDocument.defaultView;
  const removed: Element[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy || !view) return;
    cleanAttributes(copy);
    const style = view.getComputedStyle(original);
    if (style.display === 'none' || original.hasAttribute('data-export-skip')) {
      removed.push(copy);
      return;
    }
    const declarations = SVG_PRESENTATION.map((property) => [property, style.getPropertyValue(property)] as const)
      .filter(([, value]) => value !== '' && value !== 'normal' && value !== 'auto')
      .map(([property, value]) => `${property}:${value}`);
    if (original.tagName.toLowerCase() === 'text' || original.tagName.toLowerCase() === 'tspan') {
      declarations.push(`font-family:${EXPORT_FONT_FAMILY}`);
    }
    copy.setAttribute('style', declarations.join(';'));
  });
  removed.forEach((element) => element.remove());
  if (!clone.getAttribute('viewBox')) {
    const width = parseFloat(svg.getAttribute('width') ?? '') || rect.width;
    const height = parseFloat(svg.getAttribute('height') ?? '') || rect.height;
    clone.setAttribute('viewBox', `0 0 ${round(width)} ${round(height)}`);
  }
  clone.setAttribute('x', String(round(rect.left - origin.left)));
  clone.setAttribute('y', String(round(rect.top - origin.top)));
  clone.setAttribute('width', String(round(rect.width)));
  clone.setAttribute('height', String(round(rect.height)));
  return new XMLSerializer().serializeToString(clone);
}

/** Angular's and the page's attributes mean nothing in a file. */
function cleanAttributes(element: Element): void {
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name;
    if (name.startsWith('_ng') || name.startsWith('ng-') || name === 'tabindex' || name === 'class') {
      element.removeAttribute(name);
    }
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
