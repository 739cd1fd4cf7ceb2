import type { RegionLevel } from '@digitalcheck/shared-contracts';

/** Why a key was rejected; stable codes the API and the importers report. */
export type RegionKeyErrorCode = 'EMPTY' | 'NOT_AN_INTEGER' | 'NOT_DIGITS' | 'BAD_LENGTH' | 'UNKNOWN_LAND';

/** A level, or `AGS` for the 8-digit Gemeinde key (which is not a prefix of the ARS). */
export type RegionKeyHint = RegionLevel | 'AGS';

export interface NormalisedRegionKey {
  level: RegionLevel;
  /** The canonical ARS; null for an 8-digit AGS, whose 4-digit Gemeindeverband part is unknown. */
  ars: string | null;
  /** The 8-digit AGS of a Gemeinde (given, or derived from a 12-digit ARS), else null. */
  ags: string | null;
  land: string;
  /** The 5-digit Kreis key, null for a Land. */
  kreis: string | null;
}

export type RegionKeyResult =
  | { ok: true; key: NormalisedRegionKey }
  | { ok: false; code: RegionKeyErrorCode; message: string };

export const KEY_LENGTHS: Record<RegionKeyHint, number> = {
  LAND: 2,
  KREIS: 5,
  GEMEINDEVERBAND: 9,
  GEMEINDE: 12,
  AGS: 8,
};

const LEVEL_BY_LENGTH = new Map<number, RegionKeyHint>([
  [2, 'LAND'],
  [5, 'KREIS'],
  [8, 'AGS'],
  [9, 'GEMEINDEVERBAND'],
  [12, 'GEMEINDE'],
]);

function fail(code: RegionKeyErrorCode, message: string): RegionKeyResult {
  return { ok: false, code, message };
}

export function isLandKey(land: string): boolean {
  const n = Number(land);
  return /^\d{2}$/.test(land) && n >= 1 && n <= 16;
}

/**
 * Spreadsheets and JSON files turn keys into numbers and drop the leading zero of Länder 01–09
 * (7131 for "07131"). A key one digit short of a known length gets its zero back; an 8-digit input
 * is an AGS unless its Land would be invalid (then it is a 9-digit ARS that lost its zero) or the
 * hint says GEMEINDEVERBAND.
 */
function restoreZero(digits: string, hint: RegionKeyHint | undefined): string {
  // A key that still starts with 0 has not lost it.
  if (digits.startsWith('0')) return digits;
  if (hint) {
    return digits.length === KEY_LENGTHS[hint] - 1 ? `0${digits}` : digits;
  }
  if (digits.length === 8) return isLandKey(digits.slice(0, 2)) ? digits : `0${digits}`;
  if ([1, 4, 7, 11].includes(digits.length)) return `0${digits}`;
  return digits;
}

/** Accepts numbers and strings ("07131", 7131, " 071315001 ") and returns the canonical key or why not. */
export function normaliseRegionKey(input: string | number, hint?: RegionKeyHint): RegionKeyResult {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) return fail('NOT_AN_INTEGER', `${input} is not a region key`);
    text = String(input);
  } else {
    text = input.trim();
  }
  if (text === '') return fail('EMPTY', 'The region key is empty');
  if (!/^\d+$/.test(text)) return fail('NOT_DIGITS', `"${text}" must consist of digits only`);
  const digits = restoreZero(text, hint);
  const kind = LEVEL_BY_LENGTH.get(digits.length);
  if (!kind || (hint && kind !== hint)) {
    const expected = hint ? `${KEY_LENGTHS[hint]}` : '2, 5, 8, 9 or 12';
    return fail('BAD_LENGTH', `"${text}" has ${text.length} digits; a region key has ${expected}`);
  }
  const land = digits.slice(0, 2);
  if (!isLandKey(land)) return fail('UNKNOWN_LAND', `"${text}" starts with ${land}, which is not a Land (01–16)`);
  const kreis = kind === 'LAND' ? null : digits.slice(0, 5);
  if (kind === 'AGS') return { ok: true, key: { level: 'GEMEINDE', ars: null, ags: digits, land, kreis } };
  const ags = kind === 'GEMEINDE' ? agsOfArs(digits) : null;
  return { ok: true, key: { level: kind, ars: digits, ags, land, kreis } };
}

/** The level of a canonical key by its length (8 digits = AGS of a Gemeinde); null for any other length. */
export function levelOfKey(key: string): RegionLevel | null {
  if (!/^\d+$/.test(key)) return null;
  const kind = LEVEL_BY_LENGTH.get(key.length);
  return kind === 'AGS' ? 'GEMEINDE' : (kind ?? null);
}

export function landOf(ars: string): string {
  return ars.slice(0, 2);
}

/** The Kreis of a Kreis, Gemeindeverband or Gemeinde key; null for a Land. */
export function kreisOf(ars: string): string | null {
  return ars.length >= 5 ? ars.slice(0, 5) : null;
}

/** The ARS of the region directly above: Gemeinde → Gemeindeverband → Kreis → Land → null. */
export function parentArsOf(ars: string): string | null {
  switch (ars.length) {
    case 12:
      return ars.slice(0, 9);
    case 9:
      return ars.slice(0, 5);
    case 5:
      return ars.slice(0, 2);
    default:
      return null;
  }
}

/** AGS = Land, Regierungsbezirk and Kreis (5) + Gemeinde (3); the ARS has the 4-digit Verband part between. */
export function agsOfArs(ars12: string): string {
  return ars12.slice(0, 5) + ars12.slice(9, 12);
}

export function arsOfAgs(ags: string, verbandPart: string): string {
  return ags.slice(0, 5) + verbandPart + ags.slice(5, 8);
}
