import type { Measure } from '@digitalcheck/shared-contracts';
import type { MeasureEntity } from './measure.entity';

export function toMeasure(row: MeasureEntity): Measure {
  return {
    id: row.id,
    code: row.code,
    field: row.field,
    title: row.title,
    description: row.description,
    effort: row.effort,
    costMin: row.costMin,
    costMax: row.costMax,
    prerequisite: row.prerequisite,
    improves: row.improves,
    example: { title: row.exampleTitle, description: row.exampleDescription },
    archived: row.archived,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
