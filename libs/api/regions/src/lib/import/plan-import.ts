import { landOf, normaliseRegionKey, parentArsOf } from '@digitalcheck/shared-regions';
import { searchTextOf } from '../search-text';
import type { RegionRow } from '../seed/reference-regions';
import type { Region } from '../region.entity';
import type { ImportRow } from './import-row';
import type {
  RegionImportChangedRow as ChangedRow,
  RegionImportInvalidRow as InvalidRow,
} from '@digitalcheck/shared-contracts';

export interface ImportPlan {
  upserts: RegionRow[];
  created: Array<{ line: number; ars: string; name: string }>;
  changed: ChangedRow[];
  unchanged: number;
  invalid: InvalidRow[];
}

const COMPARED = ['name', 'kind', 'parentArs', 'ags', 'population'] as const;

/**
 * Validates rows and sorts them into new / changed / unchanged. `existing` holds the stored regions with
 * the rows' keys and their parents. Only Gemeindeverbände and Gemeinden (12-digit ARS) are imported: Länder
 * and Kreise come with the product, and an 8-digit AGS lacks the Verband part an ARS needs.
 */
export function planImport(rows: ImportRow[], existing: Map<string, Region>): ImportPlan {
  const plan: ImportPlan = { upserts: [], created: [], changed: [], unchanged: 0, invalid: [] };
  const seen = new Map<string, number>();
  const valid: Array<{ row: ImportRow; next: RegionRow }> = [];
  for (const row of rows) {
    const invalid = (reason: string) => plan.invalid.push({ line: row.line, key: row.key, reason });
    const result = normaliseRegionKey(row.key);
    if (!result.ok) {
      invalid(result.message);
      continue;
    }
    const { ars, level } = result.key;
    if (!ars || (level !== 'GEMEINDEVERBAND' && level !== 'GEMEINDE')) {
      invalid('only 9-digit Gemeindeverband and 12-digit Gemeinde keys (ARS) can be imported');
      continue;
    }
    if (seen.has(ars)) {
      invalid(`duplicate key ${ars} (also on line ${seen.get(ars)})`);
      continue;
    }
    seen.set(ars, row.line);
    if (!row.name) {
      invalid('the name is empty');
      continue;
    }
    if (row.population !== undefined && row.population !== null && !Number.isSafeInteger(row.population)) {
      invalid('the population is not a whole number');
      continue;
    }
    const parentArs = parentArsOf(ars) as string;
    if (row.statedParent && row.statedParent !== ars.slice(0, row.statedParent.length)) {
      invalid(`the stated parent ${row.statedParent} does not match the key`);
      continue;
    }
    const before = existing.get(ars);
    valid.push({
      row,
      next: {
        ars,
        searchText: searchTextOf(row.name),
        ags: result.key.ags,
        name: row.name,
        level,
        kind: row.kind ?? before?.kind ?? (level === 'GEMEINDE' ? 'Gemeinde' : 'Gemeindeverband'),
        parentArs,
        landArs: landOf(ars),
        population: row.population === undefined ? (before?.population ?? null) : row.population,
        populationDate: before?.populationDate ?? null,
        nuts3: null,
        validFrom: before?.validFrom ?? null,
        validTo: before?.validTo ?? null,
      },
    });
  }
  for (const { row, next } of valid) {
    // The parent must be stored already or come with the same file (Gemeinden under new Verbände).
    if (!existing.has(next.parentArs as string) && !seen.has(next.parentArs as string)) {
      plan.invalid.push({ line: row.line, key: row.key, reason: `unknown parent ${next.parentArs}` });
      continue;
    }
    const before = existing.get(next.ars);
    if (!before) {
      plan.created.push({ line: row.line, ars: next.ars, name: next.name });
      plan.upserts.push(next);
      continue;
    }
    const changes: ChangedRow['changes'] = {};
    for (const field of COMPARED) if (before[field] !== next[field]) changes[field] = [before[field], next[field]];
    if (Object.keys(changes).length === 0) plan.unchanged++;
    else {
      plan.changed.push({ line: row.line, ars: next.ars, changes });
      plan.upserts.push(next);
    }
  }
  return plan;
}
