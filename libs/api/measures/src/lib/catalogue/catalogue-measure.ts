import type { MeasureInput } from '@digitalcheck/shared-contracts';

/** A measure as shipped with the product (never archived at first). */
export type CatalogueMeasure = Omit<MeasureInput, 'archived'>;
