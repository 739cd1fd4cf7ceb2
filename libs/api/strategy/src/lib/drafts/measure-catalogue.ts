import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CatalogueEntry } from './check-draft';

/** A catalogue measure as the draft and its exports show it. */
export interface CatalogueMeasure extends CatalogueEntry {
  code: string;
  title: string;
  description: string;
}

/** Reads measures of the catalogue (libs/api/measures owns the table) by id. */
@Injectable()
export class MeasureCatalogue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byIds(ids: readonly string[]): Promise<Map<string, CatalogueMeasure>> {
    const wanted = [...new Set(ids)].filter((id) => UUID.test(id));
    if (wanted.length === 0) return new Map();
    const rows: CatalogueMeasure[] = await this.dataSource.query(
      `SELECT "id", "code", "field", "title", "description" FROM "measure" WHERE "id" = ANY($1)`,
      [wanted],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
