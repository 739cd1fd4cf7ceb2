import type { Feature, FeatureCollection } from 'geojson';
import { ImportRow, KEY_PROPERTIES, ParsedFile } from './import-row';

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function isFeatureCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

/** The key property every feature has: ARS before RS before AGS. */
export function detectKeyProperty(features: Feature[]): string | null {
  return (
    KEY_PROPERTIES.find((name) => features.length > 0 && features.every((f) => text(f.properties?.[name]) !== '')) ??
    null
  );
}

/**
 * BKG VG5000-style properties: key (ARS/RS/AGS), GEN name, BEZ kind, KRS parent Kreis, EWZ population.
 * BEM "kreisfrei" marks a kreisfreie Stadt on the Gemeindeverband layer; it keeps that kind, so peer groups
 * (kind × size) do not mix it with verbandsfreie Gemeinden.
 */
export function parseRegionGeoJson(json: unknown): ParsedFile {
  if (!isFeatureCollection(json)) return { ok: false, error: 'The file is not a GeoJSON FeatureCollection.' };
  const keyProperty = detectKeyProperty(json.features);
  if (!keyProperty)
    return { ok: false, error: `No key property in every feature: expected ${KEY_PROPERTIES.join(', ')}.` };
  const rows: ImportRow[] = json.features.map((feature, index) => {
    const properties = feature.properties ?? {};
    const kreisfrei = text(properties['BEM']).toLowerCase() === 'kreisfrei';
    const population = properties['EWZ'];
    return {
      line: index + 1,
      key: text(properties[keyProperty]),
      name: text(properties['GEN']).trim(),
      kind: kreisfrei ? 'Kreisfreie Stadt' : text(properties['BEZ']).trim() || null,
      ...(typeof population === 'number' && { population }),
      ...(text(properties['KRS']) && { statedParent: text(properties['KRS']) }),
    };
  });
  return { ok: true, format: 'geojson', rows };
}
