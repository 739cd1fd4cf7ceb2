import type { Page, RegionDetail, RegionLevel, RegionSummary } from '@digitalcheck/shared-contracts';
import { parentArsOf } from '@digitalcheck/shared-regions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { searchTextOf } from './search-text';
import { toRegionDetail, toRegionSummary } from './region-mapping';
import { Region } from './region.entity';

export interface RegionFilter {
  level?: RegionLevel;
  land?: string;
  kind?: string;
  parent?: string;
  q?: string;
  offset?: number;
  limit?: number;
}

export const DEFAULT_PAGE_SIZE = 50;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Read side of the region hierarchy: lists with filters and search, and one region with its context. */
@Injectable()
export class RegionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: RegionFilter, manager: EntityManager = this.dataSource.manager): Promise<Page<RegionSummary>> {
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const query = manager.createQueryBuilder(Region, 'r');
    if (filter.level) query.andWhere('r.level = :level', { level: filter.level });
    if (filter.land) query.andWhere('r.land_ars = :land', { land: filter.land });
    if (filter.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter.parent) query.andWhere('r.parent_ars = :parent', { parent: filter.parent });
    const q = filter.q?.trim();
    if (q && /^\d+$/.test(q)) {
      query.andWhere('r.ars LIKE :prefix', { prefix: `${q}%` });
    } else if (q) {
      // Start of the name or of any later word in it (see searchTextOf).
      query.andWhere('r.search_text LIKE :word', { word: `%${escapeLike(searchTextOf(q))}%` });
    }
    const [regions, total] = await query.orderBy('r.ars', 'ASC').skip(offset).take(limit).getManyAndCount();
    return { items: regions.map(toRegionSummary), total, offset, limit };
  }

  /** One region by ARS (or by AGS for an 8-digit key), with its parents and child counts; null if unknown. */
  async detail(key: string, manager: EntityManager = this.dataSource.manager): Promise<RegionDetail | null> {
    const region = await manager.findOne(Region, { where: key.length === 8 ? { ags: key } : { ars: key } });
    if (!region) return null;
    const ancestorKeys: string[] = [];
    for (let parent = parentArsOf(region.ars); parent; parent = parentArsOf(parent)) ancestorKeys.push(parent);
    const parents = ancestorKeys.length ? await manager.find(Region, { where: { ars: In(ancestorKeys) } }) : [];
    parents.sort((a, b) => a.ars.length - b.ars.length);
    const counts: Array<{ level: RegionLevel; count: string }> = await manager.query(
      `SELECT level, count(*) AS count FROM region WHERE parent_ars = $1 GROUP BY level`,
      [region.ars],
    );
    const childCounts = Object.fromEntries(counts.map((row) => [row.level, Number(row.count)]));
    return toRegionDetail(region, parents, childCounts);
  }
}
