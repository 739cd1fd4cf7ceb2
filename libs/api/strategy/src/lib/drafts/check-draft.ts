import type { ApiFieldError, StrategyContent } from '@digitalcheck/shared-contracts';

/** What the checks need to know of a catalogue measure. */
export interface CatalogueEntry {
  id: string;
  field: string;
}

/**
 * The checks across fields that the DTO cannot make: every measure exists in the catalogue, belongs to one of
 * the focus fields and is chosen once; a time frame does not end before it starts. Field paths as the
 * validation pipe writes them (`content.measures.0.endMonth`).
 */
export function checkDraft(content: StrategyContent, catalogue: ReadonlyMap<string, CatalogueEntry>): ApiFieldError[] {
  const errors: ApiFieldError[] = [];
  const seen = new Set<string>();
  content.measures.forEach((measure, index) => {
    const path = `content.measures.${index}`;
    const entry = catalogue.get(measure.measureId);
    if (!entry) {
      errors.push({ field: `${path}.measureId`, code: 'unknownMeasure', message: 'the catalogue has no such measure' });
    } else if (!content.focusFields.includes(entry.field)) {
      errors.push({
        field: `${path}.measureId`,
        code: 'measureOutsideFocus',
        message: `the measure belongs to field ${entry.field}, which is not a focus field`,
      });
    }
    if (seen.has(measure.measureId)) {
      errors.push({ field: `${path}.measureId`, code: 'duplicateMeasure', message: 'the measure is chosen twice' });
    }
    seen.add(measure.measureId);
    if (measure.startMonth && measure.endMonth && measure.endMonth < measure.startMonth) {
      errors.push({
        field: `${path}.endMonth`,
        code: 'endBeforeStart',
        message: 'endMonth must not be before startMonth',
      });
    }
  });
  return errors;
}
