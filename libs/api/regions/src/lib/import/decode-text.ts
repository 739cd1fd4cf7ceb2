import * as iconv from 'iconv-lite';

/**
 * Destatis and many Land offices still publish Latin-1 (Windows-1252) CSV. Bytes that are not valid UTF-8
 * are read as Windows-1252 (a superset of Latin-1's printable range); a UTF-8 BOM is dropped.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'windows-1252' };
  }
}
