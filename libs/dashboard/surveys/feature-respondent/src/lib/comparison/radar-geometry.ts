/** Geometry of a radar chart on 0–100: one axis per field, clockwise from the top. */

export interface RadarPoint {
  x: number;
  y: number;
}

export interface RadarAxis {
  label: string;
  /** Where the axis ends (value 100). */
  end: RadarPoint;
  /** Where its label sits, and how the text is anchored so it stays outside the chart. */
  labelAt: RadarPoint;
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarFrame {
  center: RadarPoint;
  radius: number;
}

export function radarPoint(frame: RadarFrame, index: number, count: number, value: number): RadarPoint {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const distance = (frame.radius * Math.max(0, Math.min(100, value))) / 100;
  return {
    x: round(frame.center.x + distance * Math.cos(angle)),
    y: round(frame.center.y + distance * Math.sin(angle)),
  };
}

export function radarAxes(frame: RadarFrame, labels: readonly string[], labelGap = 14): RadarAxis[] {
  return labels.map((label, index) => {
    const end = radarPoint(frame, index, labels.length, 100);
    const outside = { ...frame, radius: frame.radius + labelGap };
    const labelAt = radarPoint(outside, index, labels.length, 100);
    const dx = labelAt.x - frame.center.x;
    const anchor = Math.abs(dx) < frame.radius * 0.2 ? 'middle' : dx > 0 ? 'start' : 'end';
    return { label, end, labelAt, anchor };
  });
}

/** A closed ring at `value` (grid lines at 20, 40, …). */
export function radarRing(frame: RadarFrame, count: number, value: number): string {
  const points = Array.from({ length: count }, (_, index) => radarPoint(frame, index, count, value));
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

/**
 * The outline of one series as an SVG path. Missing values (null) break the outline: only neighbours that
 * both have a value are joined, so a missing field is never drawn as 0.
 */
export function radarPath(frame: RadarFrame, values: readonly (number | null)[]): string {
  const count = values.length;
  const point = (index: number) => {
    const value = values[index];
    return value === null ? null : radarPoint(frame, index, count, value);
  };
  if (count > 2 && values.every((value) => value !== null)) {
    const points = values.map((_, index) => point(index) as RadarPoint);
    return `M${points.map((p) => `${p.x},${p.y}`).join(' L')} Z`;
  }
  const segments: string[] = [];
  for (let index = 0; index < count; index++) {
    const from = point(index);
    const to = point((index + 1) % count);
    if (from && to && count > 1 && !(count === 2 && index === 1))
      segments.push(`M${from.x},${from.y} L${to.x},${to.y}`);
  }
  return segments.join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
