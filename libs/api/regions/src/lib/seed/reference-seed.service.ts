import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Region } from '../region.entity';
import { buildReferenceRegions, RegionRow } from './reference-regions';

export interface SeedResult {
  written: number;
  skipped: boolean;
}

/**
 * Puts the 16 Länder and 400 Kreise into every database at start-up (after the migrations, before the
 * server listens). Cheap when already done: one count query decides, so once all 416 keys exist nothing is
 * rewritten (newer figures come in through the region import, not by a package upgrade). A partial seed is
 * completed by upsert; imported lower levels are never touched.
 */
@Injectable()
export class ReferenceSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReferenceSeedService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    // With MIGRATIONS_RUN=false the table may not exist yet; health reports the pending migrations then.
    if (await this.dataSource.showMigrations()) {
      this.logger.warn('reference regions not seeded: migrations are pending (run main.js migrate)');
      return;
    }
    const result = await this.seed();
    if (!result.skipped) this.logger.log(`reference regions seeded (${result.written} Länder and Kreise)`);
  }

  seed(): Promise<SeedResult> {
    return this.dataSource.transaction((manager) => seedReferenceRegions(manager));
  }
}

export async function seedReferenceRegions(
  manager: EntityManager,
  rows: RegionRow[] = buildReferenceRegions(),
): Promise<SeedResult> {
  const present = await manager.count(Region, { where: { ars: In(rows.map((row) => row.ars)) } });
  if (present === rows.length) return { written: 0, skipped: true };
  // Länder first: the Kreise reference them.
  const ordered = [...rows].sort((a, b) => a.ars.length - b.ars.length);
  await manager.upsert(Region, ordered, ['ars']);
  return { written: rows.length, skipped: false };
}
