import { radarAxes, radarPath, radarPoint, radarRing } from './radar-geometry';

const frame = { center: { x: 100, y: 100 }, radius: 50 };

describe('radar geometry', () => {
  it('puts the first axis at the top and goes clockwise', () => {
    expect(radarPoint(frame, 0, 4, 100)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(frame, 1, 4, 100)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(frame, 2, 4, 50)).toEqual({ x: 100, y: 125 });
    expect(radarPoint(frame, 3, 4, 0)).toEqual({ x: 100, y: 100 });
    // Values outside 0–100 stay on the chart.
    expect(radarPoint(frame, 0, 4, 140)).toEqual({ x: 100, y: 50 });
  });

  it('anchors labels away from the chart', () => {
    expect(radarAxes(frame, ['oben', 'rechts', 'unten', 'links'], 10).map((a) => [a.anchor, a.labelAt])).toEqual([
      ['middle', { x: 100, y: 40 }],
      ['start', { x: 160, y: 100 }],
      ['middle', { x: 100, y: 160 }],
      ['end', { x: 40, y: 100 }],
    ]);
  });

  it('draws rings and closed outlines', () => {
    expect(radarRing(frame, 4, 20)).toBe('100,90 110,100 100,110 90,100');
    expect(radarPath(frame, [100, 100, 100, 100])).toBe('M100,50 L150,100 L100,150 L50,100 Z');
  });

  it('never draws a missing value as 0: the outline breaks around it', () => {
    expect(radarPath(frame, [100, null, 100, 100])).toBe('M100,150 L50,100 M50,100 L100,50');
    expect(radarPath(frame, [null, null, null])).toBe('');
  });
});
