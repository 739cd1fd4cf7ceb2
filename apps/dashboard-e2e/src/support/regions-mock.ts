import { workspaceRoot } from '@nx/devkit';
import type { Page as PlaywrightPage, Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Stand-in for the regions API built from the same files the API imports (BKG VG5000 Kreise in
 * ../shared/data/geo, populations of `landkreise-deutschland`), for journeys that test the map itself.
 */
interface GeoProperties {
  ARS: string;
  GEN: string;
  BEZ: string;
  NUTS: string;
  LAN: string;
  LAN_NAME: string;
}

interface Topo {
  type: 'Topology';
  arcs: unknown[];
  transform?: unknown;
  objects: Record<string, { type: 'GeometryCollection'; geometries: { properties: GeoProperties }[] }>;
}

const ATTRIBUTION = '© GeoBasis-DE / BKG 2021 (Daten verändert)';
const source = JSON.parse(
  readFileSync(resolve(workspaceRoot, '../shared/data/geo/kreise_400_vg5000_simplified.topo.json'), 'utf8'),
) as Topo;
const geometries = source.objects['kreise_400_vg5000_simplified'].geometries;
const districts = JSON.parse(
  readFileSync(resolve(workspaceRoot, 'node_modules/landkreise-deutschland/data/districts.json'), 'utf8'),
) as { AGS: string; population: number }[];
const population = new Map(districts.map((d) => [String(d.AGS).padStart(5, '0'), d.population]));

function summary(p: GeoProperties) {
  return {
    ars: p.ARS,
    ags: null,
    name: p.GEN,
    level: 'KREIS',
    kind: p.BEZ,
    parentArs: p.LAN,
    landArs: p.LAN,
    population: population.get(p.ARS) ?? null,
    populationDate: '2018-12-31',
    nuts3: p.NUTS,
    sizeClass: null,
  };
}

function topology(land: string | null) {
  return {
    type: 'Topology',
    attribution: ATTRIBUTION,
    arcs: source.arcs,
    transform: source.transform,
    objects: {
      regions: {
        type: 'GeometryCollection',
        geometries: geometries
          .filter((g) => !land || g.properties.LAN === land)
          .map((g) => ({ ...g, id: g.properties.ARS, properties: { ars: g.properties.ARS, name: g.properties.GEN } })),
      },
    },
  };
}

function regions(url: URL) {
  const land = url.searchParams.get('land');
  let items;
  if (url.searchParams.get('level') === 'LAND') {
    const laender = new Map(geometries.map((g) => [g.properties.LAN, g.properties.LAN_NAME]));
    items = [...laender]
      .sort()
      .map(([ars, name]) => ({ ...summary(geometries[0].properties), ars, name, level: 'LAND' }));
  } else {
    items = geometries.map((g) => summary(g.properties)).filter((r) => !land || r.landArs === land);
  }
  return { items, total: items.length, offset: 0, limit: Number(url.searchParams.get('limit') ?? 50) };
}

/** Answers `/api/v1/boundaries/KREIS` and the Länder and Kreise lists of `/api/v1/regions`. */
export async function mockRegionsApi(page: PlaywrightPage): Promise<void> {
  await page.route('**/api/v1/boundaries/KREIS*', (route: Route) =>
    route.fulfill({ json: topology(new URL(route.request().url()).searchParams.get('land')) }),
  );
  await page.route('**/api/v1/regions?*', (route: Route) => {
    const url = new URL(route.request().url());
    return url.searchParams.has('level') ? route.fulfill({ json: regions(url) }) : route.fallback();
  });
}

/**
 * Records in the page when the last API answer arrived and when 400 region paths were in the DOM and painted
 * (next animation frame), so the map's render time can be read without a timed unit test.
 */
export async function watchMapRendering(page: PlaywrightPage, paths = 400): Promise<void> {
  await page.addInitScript((expected: number) => {
    const timings = { lastApiAnswer: 0, inDom: 0, painted: 0 };
    Object.assign(window, { dcMapTimings: timings });
    const originalFetch = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await originalFetch(...args);
      const url = args[0] instanceof Request ? args[0].url : String(args[0]);
      if (url.includes('/api/v1/')) timings.lastApiAnswer = performance.now();
      return response;
    };
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('path.dc-map__region').length >= expected) {
        timings.inDom = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (timings.painted = performance.now())));
      }
    }).observe(document, { subtree: true, childList: true });
  }, paths);
}

export async function mapRenderMs(page: PlaywrightPage): Promise<{ inDom: number; painted: number }> {
  await page.waitForFunction(
    () => ((window as unknown as { dcMapTimings: { painted: number } }).dcMapTimings?.painted ?? 0) > 0,
  );
  return page.evaluate(() => {
    const t = (window as unknown as { dcMapTimings: { lastApiAnswer: number; inDom: number; painted: number } })
      .dcMapTimings;
    return { inDom: t.inDom - t.lastApiAnswer, painted: t.painted - t.lastApiAnswer };
  });
}
