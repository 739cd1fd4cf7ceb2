import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * The PDF as poppler-utils sees it (pdfinfo, pdftotext -layout, pdftoppm -png): what a reader gets on screen,
 * in a screen reader's text and on paper. CI installs poppler-utils before the tests (.ci/run).
 */
export interface PdfFacts {
  pages: number;
  pageSize: string;
  tagged: boolean;
  title: string;
  /** pdftotext -layout, with non-breaking and narrow spaces as plain spaces. */
  text: string;
  /** Text of each page (form feeds split them). */
  pageTexts: string[];
}

function withFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'dc-report-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const field = (info: string, name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';

export function pdfFacts(pdf: Buffer): PdfFacts {
  return withFile(pdf, (file) => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /[\u00a0\u202f]/g,
      ' ',
    );
    return {
      pages: Number(field(info, 'Pages')),
      pageSize: field(info, 'Page size'),
      tagged: field(info, 'Tagged') === 'yes',
      title: field(info, 'Title'),
      text,
      pageTexts: text.split('\f').filter((page) => page.trim() !== ''),
    };
  });
}

export interface PageImage {
  width: number;
  height: number;
  /** Pixels that are not (nearly) white. */
  inked: number;
}

/** Page 1 at 50 dpi as PNG (pdftoppm), decoded here: its size and how much of it is not white. */
export function firstPageImage(pdf: Buffer): PageImage {
  return withFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
    return inkOf(readFileSync(join(dir, 'page.png')));
  });
}

/** Decodes an 8-bit, non-interlaced grey or RGB(A) PNG (what pdftoppm writes) and counts non-white pixels. */
export function inkOf(png: Buffer): PageImage {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('latin1');
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, interlace ${interlace})`);
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colour] ?? 0;
      if (channels === 0) throw new Error(`unsupported PNG colour type ${colour}`);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  let inked = 0;
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    for (let x = 0; x < stride; x++) {
      const value = raw[start + 1 + x];
      const left = x >= channels ? row[x - channels] : 0;
      const up = previous[x];
      const upLeft = x >= channels ? previous[x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      row[x] = (value + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const colour =
        channels >= 3 ? [row[x * channels], row[x * channels + 1], row[x * channels + 2]] : [row[x * channels]];
      if (colour.some((c) => c < 240)) inked++;
    }
    row.copy(previous);
  }
  return { width, height, inked };
}
