/**
 * Test fixture: regions shaped like the demo's. The 36 RLP Kreise with their Destatis populations (from the
 * landkreise-deutschland package the reference seed uses) and 158 made-up Gemeindeverbände without population,
 * like the RLP VG layer: 129 Verbandsgemeinden and 29 verbandsfreie Gemeinden spread over the 24 Landkreise.
 */
import { readFileSync } from 'node:fs';
import type { DemoRegion } from '../lib/region-profile';

interface District {
  AGS: string | number;
  type: string;
  population: number;
}

export function rlpLikeRegions(): DemoRegion[] {
  const districts = JSON.parse(
    readFileSync(require.resolve('landkreise-deutschland/data/districts.json'), 'utf8'),
  ) as District[];
  const kreise: DemoRegion[] = districts
    .map((d) => ({ ...d, AGS: String(d.AGS).padStart(5, '0') }))
    .filter((d) => d.AGS.startsWith('07'))
    .map((d) => ({
      ars: d.AGS,
      level: 'KREIS',
      kind: d.type === 'Kreisfreie Stadt' ? 'Kreisfreie Stadt' : 'Landkreis',
      population: d.population,
    }));
  const landkreise = kreise.filter((k) => k.kind === 'Landkreis');
  const verbaende: DemoRegion[] = Array.from({ length: 158 }, (_, i) => {
    const kreis = landkreise[i % landkreise.length].ars;
    const verbandsfrei = i >= 129;
    const number = verbandsfrei ? 100 + i : 5000 + Math.floor(i / landkreise.length) + 1;
    return {
      ars: `${kreis}${String(number).padStart(4, '0')}`,
      level: 'GEMEINDEVERBAND',
      kind: verbandsfrei ? 'Verbandsfreie Gemeinde' : 'Verbandsgemeinde',
      population: null,
    };
  });
  return [...kreise, ...verbaende];
}
