import type { Polygon } from 'geojson';
import { SIX_REGIONS } from '../../testing/region-topology';
import { layoutRegions, rewindForD3 } from './map-geometry';

describe('layoutRegions', () => {
  it('draws one closed path per region, fitted to the width with the height from the extent', () => {
    const layout = layoutRegions(SIX_REGIONS, 600);
    expect(layout.width).toBe(600);
    // Three degrees of longitude (3 × 71 km at 50° N) by two of latitude (2 × 111 km): about square.
    expect(layout.height).toBeGreaterThan(580);
    expect(layout.height).toBeLessThan(660);
    expect(layout.shapes.map((s) => [s.ars, s.name])).toEqual([
      ['07131', 'Ahrweiler'],
      ['07132', 'Altenkirchen (Westerwald)'],
      ['07133', 'Bad Kreuznach'],
      ['07134', 'Birkenfeld'],
      ['07135', 'Cochem-Zell'],
      ['07137', 'Mayen-Koblenz'],
    ]);
    layout.shapes.forEach((shape, index) => {
      expect(shape.d).toMatch(/^M[\d.,-]+L.*Z$/);
      const [cx, cy] = layout.centroid(index);
      expect(cx).toBeGreaterThan(0);
      expect(cx).toBeLessThan(600);
      expect(cy).toBeGreaterThan(0);
      expect(cy).toBeLessThan(layout.height);
    });
    // Ahrweiler (north-west square) lies left of and above Cochem-Zell (south-east).
    expect(layout.centroid(0)[0]).toBeLessThan(layout.centroid(4)[0]);
    expect(layout.centroid(0)[1]).toBeLessThan(layout.centroid(4)[1]);
  });

  it('reverses rings wound the RFC 7946 way, which d3 would read as the rest of the globe', () => {
    const counterClockwise: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [7, 50],
          [8, 50],
          [8, 51],
          [7, 51],
          [7, 50],
        ],
      ],
    };
    expect(rewindForD3(counterClockwise).coordinates[0]).toEqual([
      [7, 50],
      [7, 51],
      [8, 51],
      [8, 50],
      [7, 50],
    ]);
    const clockwise = rewindForD3(counterClockwise);
    expect(rewindForD3(clockwise)).toEqual(clockwise);
  });
});
