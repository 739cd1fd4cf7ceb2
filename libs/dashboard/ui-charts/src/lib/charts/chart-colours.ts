import { MATURITY_LEVELS, MaturityLevel, maturityLevel } from '@digitalcheck/shared-scoring';
import { contrastRatio } from '../region-map/map-colours';

export interface MaturityColour {
  level: MaturityLevel;
  /** Level name from `MATURITY_LEVELS` of `@digitalcheck/shared-scoring` ("Einstieg" … "Vorreiter"). */
  name: string;
  colour: string;
  /** Text colour for values printed on the colour (at least 4.5:1). */
  text: string;
}

/**
 * One colour per maturity level (1 Einstieg … 5 Vorreiter): orange, ochre, green, blue, purple, getting darker
 * with the level. Every colour has at least 4.5:1 contrast against white (5.2, 5.5, 5.3, 6.9 and 11.0 to 1), so
 * marks meet WCAG 1.4.11 (3:1) and white values printed on them meet 1.4.3.
 */
export const MATURITY_COLOURS: readonly MaturityColour[] = MATURITY_LEVELS.map((info, i) => ({
  level: info.level,
  name: info.name,
  colour: ['#b54d00', '#866300', '#1f7a5c', '#2a58a8', '#4b2a7b'][i],
  text: '#ffffff',
}));

/**
 * Six series colours (regions in comparisons, answer options in stacked bars): blue, rust, green, violet, ochre,
 * raspberry. Each at least 5:1 against white, neighbours differ in hue.
 */
export const SERIES_COLOURS: readonly string[] = ['#0b5cad', '#b23c17', '#13795b', '#8a3fa0', '#7a6200', '#b0245e'];

/** Categorical colours for answer options (stacked bars): the series colours plus grey and teal (≥ 4.5:1). */
export const CATEGORY_COLOURS: readonly string[] = [...SERIES_COLOURS, '#4f4f4f', '#00697a'];

/** Grey of "keine Angabe" hatching (4.5:1 against white). */
export const MISSING_COLOUR = '#6f6f6f';

/** The colour entry of the level a score (0–100) falls in; null for null. */
export function maturityColourOf(score: number | null | undefined): MaturityColour | null {
  if (score === null || score === undefined || Number.isNaN(score)) return null;
  return MATURITY_COLOURS[maturityLevel(score) - 1];
}

/** The colour entry of a level 1–5; null for anything else. */
export function maturityColourOfLevel(level: number | null | undefined): MaturityColour | null {
  return level !== null && level !== undefined && level >= 1 && level <= 5 ? MATURITY_COLOURS[level - 1] : null;
}

/** White or near-black, whichever contrasts more with `background`. */
export function textColourOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#131525') ? '#ffffff' : '#131525';
}
