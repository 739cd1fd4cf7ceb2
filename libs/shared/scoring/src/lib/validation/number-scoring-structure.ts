/**
 * Structure of numberScoring: thresholds or a linear scale, optionally as a rate per population.
 */
import { childPath, type DefinitionErrors } from './definition-errors';
import { arrayItems, checkObject, type ObjectSpec } from './structure-checks';

const PER_POPULATION: ObjectSpec = {
  per: 'positiveNumber',
  populationQuestion: 'code',
  fallbackToReferencePopulation: 'boolean',
};
const BY_KIND: Record<string, ObjectSpec> = {
  thresholds: { kind: 'string', perPopulation: 'object?', thresholds: 'array' },
  linear: {
    kind: 'string',
    perPopulation: 'object?',
    zeroAt: 'number',
    fullAt: 'number',
  },
};
const THRESHOLD: ObjectSpec = {
  from: 'number?',
  above: 'number?',
  score: 'score',
};

export function checkNumberScoringStructure(value: unknown, path: string, errors: DefinitionErrors): void {
  const kind = (value as { kind?: unknown } | null)?.kind;
  const spec = typeof kind === 'string' ? BY_KIND[kind] : undefined;
  if (!spec) {
    errors.add(childPath(path, 'kind'), 'invalidValue', 'numberScoring.kind must be "thresholds" or "linear".');
    return;
  }
  const scoring = checkObject(value, path, spec, errors);
  if (!scoring) return;
  if (scoring['perPopulation'] !== undefined) {
    checkObject(scoring['perPopulation'], childPath(path, 'perPopulation'), PER_POPULATION, errors);
  }
  if (kind === 'linear' && scoring['zeroAt'] === scoring['fullAt']) {
    errors.add(childPath(path, 'fullAt'), 'invalidValue', 'fullAt must differ from zeroAt.');
  }
  for (const threshold of arrayItems(scoring, 'thresholds', path, errors, {
    nonEmpty: true,
  })) {
    const object = checkObject(threshold.item, threshold.path, THRESHOLD, errors);
    if (object && 'from' in object === 'above' in object) {
      errors.add(threshold.path, 'invalidValue', 'A threshold has exactly one of "from" (≥) and "above" (>).');
    }
  }
}
