import { buildReferenceRegions } from '@digitalcheck/api-regions';
import { normaliseRegionKey } from '@digitalcheck/shared-regions';
import { apportion, isKreisfrei, type KreisRow, planGemeinden, SYNTHETIC_SUFFIX, SYNTHETIC_VERBAND } from './gemeinden';

const KREISE: KreisRow[] = buildReferenceRegions()
  .filter((r) => r.level === 'KREIS' && r.validTo === null)
  .map((r) => ({ ars: r.ars, name: r.name, kind: r.kind, population: r.population }));

describe('planGemeinden', () => {
  const gemeinden = planGemeinden('national-1', KREISE, 11_000);

  it('makes 11,000 Gemeinden under the 400 Kreise of the reference seed, none under kreisfreie Städte', () => {
    expect(KREISE).toHaveLength(400);
    expect(gemeinden).toHaveLength(11_000);
    const byKreis = new Map(KREISE.map((k) => [k.ars, k]));
    const parents = new Set(gemeinden.map((g) => g.kreisArs));
    for (const ars of parents) expect(isKreisfrei(byKreis.get(ars)?.kind ?? 'Kreisfreie Stadt')).toBe(false);
    // Every Landkreis has at least one.
    expect(parents.size).toBe(KREISE.filter((k) => !isKreisfrei(k.kind)).length);
  });

  it('gives valid, unique 12-digit keys under their Kreis, with the synthetic Verband part', () => {
    expect(new Set(gemeinden.map((g) => g.ars)).size).toBe(gemeinden.length);
    expect(new Set(gemeinden.map((g) => g.ags)).size).toBe(gemeinden.length);
    for (const g of gemeinden) {
      const key = normaliseRegionKey(g.ars, 'GEMEINDE');
      expect(key).toEqual({
        ok: true,
        key: { level: 'GEMEINDE', ars: g.ars, ags: g.ags, land: g.landArs, kreis: g.kreisArs },
      });
      expect(g.ars.slice(5, 9)).toBe(SYNTHETIC_VERBAND);
      expect(g.ars.startsWith(g.kreisArs)).toBe(true);
      expect(g.name.endsWith(SYNTHETIC_SUFFIX)).toBe(true);
      expect(['Gemeinde', 'Stadt']).toContain(g.kind);
    }
  });

  it('shares each Kreis population among its Gemeinden (within rounding) and follows the real counts per Land', () => {
    const totals = new Map<string, { sum: number; n: number }>();
    for (const g of gemeinden) {
      const t = totals.get(g.kreisArs) ?? { sum: 0, n: 0 };
      totals.set(g.kreisArs, { sum: t.sum + g.population, n: t.n + 1 });
    }
    for (const kreis of KREISE) {
      const t = totals.get(kreis.ars);
      if (!t) continue;
      expect(Math.abs(t.sum - (kreis.population ?? 0))).toBeLessThanOrEqual(50 * t.n);
    }
    const perLand = (land: string) => gemeinden.filter((g) => g.landArs === land).length;
    expect(perLand('07')).toBeGreaterThan(2000); // RLP: many small Gemeinden
    expect(perLand('05')).toBeLessThan(450); // NRW: few large ones
    expect(perLand('02') + perLand('04') + perLand('11')).toBe(0);
  });

  it('is deterministic: the same seed gives the same Gemeinden, another seed others', () => {
    expect(planGemeinden('national-1', KREISE, 11_000)).toEqual(gemeinden);
    const other = planGemeinden('national-2', KREISE, 11_000);
    expect(other.map((g) => g.population)).not.toEqual(gemeinden.map((g) => g.population));
  });
});

describe('apportion', () => {
  it('splits a total by largest remainders', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});
