import type { Page, RegionDetail, RegionSummary } from '@digitalcheck/shared-contracts';

/** Response bodies as the regions API sends them, for tests in this and other dashboard libraries. */
export const rheinlandPfalz: RegionSummary = {
  ars: '07',
  ags: null,
  name: 'Rheinland-Pfalz',
  level: 'LAND',
  kind: 'Land',
  parentArs: null,
  landArs: '07',
  population: 4_084_844,
  populationDate: '2018-12-31',
  nuts3: null,
  sizeClass: null,
};

export const saarland: RegionSummary = {
  ...rheinlandPfalz,
  ars: '10',
  name: 'Saarland',
  landArs: '10',
  population: 990_509,
};

export const ahrweiler: RegionSummary = {
  ars: '07131',
  ags: null,
  name: 'Ahrweiler',
  level: 'KREIS',
  kind: 'Landkreis',
  parentArs: '07',
  landArs: '07',
  population: 129_727,
  populationDate: '2018-12-31',
  nuts3: 'DEB12',
  sizeClass: '100-200k',
};

export const koblenz: RegionSummary = {
  ...ahrweiler,
  ars: '07111',
  name: 'Koblenz',
  kind: 'Kreisfreie Stadt',
  population: 114_024,
  nuts3: 'DEB11',
};

export const altenahr: RegionSummary = {
  ars: '071315001',
  ags: null,
  name: 'Altenahr',
  level: 'GEMEINDEVERBAND',
  kind: 'Verbandsgemeinde',
  parentArs: '07131',
  landArs: '07',
  population: null,
  populationDate: null,
  nuts3: null,
  sizeClass: null,
};

export const ahrweilerDetail: RegionDetail = {
  ...ahrweiler,
  validFrom: '2021-07-01',
  validTo: null,
  parents: [rheinlandPfalz],
  childCounts: { GEMEINDEVERBAND: 8 },
  peerGroup: {
    kind: 'Landkreis',
    sizeClass: '100-200k',
    label: 'Landkreis, 100.000 bis unter 200.000 Einwohner',
  },
};

export function pageOf<T>(items: T[], total = items.length, offset = 0, limit = 50): Page<T> {
  return { items, total, offset, limit };
}
