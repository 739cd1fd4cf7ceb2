/**
 * Sequential ramp for five classes, light to dark (teal, blue, indigo, plum, near black): the hue turns as the
 * lightness falls, so neighbouring classes stay apart. Every colour has at least 3:1 contrast against the white
 * map background (WCAG 1.4.11 for graphical objects): 3.3, 5.3, 8.5, 10.3 and 18.6 to 1.
 */
export const SEQUENTIAL_COLOURS: readonly string[] = ['#3f9b94', '#2f6db5', '#4a3f9c', '#6a1f6e', '#1a0a2e'];

/** Grey lines of the hatch pattern for regions without a value (4.5:1 against white). */
export const MISSING_STROKE = '#6f6f6f';

/** Colours for `count` classes: the ramp spread evenly when there are fewer than five classes. */
export function classColours(count: number, ramp: readonly string[] = SEQUENTIAL_COLOURS): string[] {
  if (count <= 1) return [ramp[Math.floor(ramp.length / 2)]];
  return Array.from({ length: count }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (count - 1))]);
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
