import { gzipSync } from 'node:zlib';
import type { BoundaryPackInfo, RegionLevel } from '@digitalcheck/shared-contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataSource } from 'typeorm';
import { BoundaryPack } from './boundary-pack.entity';
import { QUANTIZATION } from './boundary-import.service';

/** One served variant of a pack (whole, or one Land), ready to send as it is. */
export interface BoundaryBody {
  etag: string;
  json: Buffer;
  gzip: Buffer;
}

const CACHE_LIMIT = 64;

/**
 * Serves packs as TopoJSON with the attribution as a top-level member. Variants are built once per pack
 * version (the stored ETag) and kept in memory, so repeat requests cost one primary-key lookup of the ETag.
 */
@Injectable()
export class BoundariesService {
  private readonly cache = new Map<string, BoundaryBody>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async packs(): Promise<BoundaryPackInfo[]> {
    const packs = await this.dataSource.manager.find(BoundaryPack, {
      select: { level: true, source: true, referenceDate: true, attribution: true, featureCount: true },
      order: { level: 'ASC' },
    });
    return packs.map(({ level, source, referenceDate, attribution, featureCount }) => ({
      level,
      source,
      referenceDate,
      attribution,
      featureCount,
    }));
  }

  /** The current ETag of a variant without loading the geometry; null if there is no pack. */
  async etagOf(level: RegionLevel, land?: string): Promise<string | null> {
    const pack = await this.dataSource.manager.findOne(BoundaryPack, { select: { etag: true }, where: { level } });
    return pack ? `"${pack.etag}${land ? `-${land}` : ''}"` : null;
  }

  async body(level: RegionLevel, land?: string): Promise<BoundaryBody | null> {
    const etag = await this.etagOf(level, land);
    if (!etag) return null;
    const cached = this.cache.get(etag);
    if (cached) return cached;
    const pack = await this.dataSource.manager.findOneBy(BoundaryPack, { level });
    if (!pack) return null;
    const parsed = JSON.parse(pack.topology) as Topology;
    const result = land ? onlyLand(parsed, land) : parsed;
    const json = Buffer.from(JSON.stringify({ ...result, attribution: pack.attribution }));
    const built = { etag, json, gzip: gzipSync(json, { level: 9 }) };
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(etag, built);
    return built;
  }
}

/** Rebuilds the topology from one Land's geometries, so its arcs are not shipped with the whole country's. */
function onlyLand(source: Topology, land: string): Topology {
  const collection = feature(source, source.objects['regions'] as GeometryCollection) as FeatureCollection;
  const regions: FeatureCollection = {
    type: 'FeatureCollection',
    features: collection.features.filter((f) => String(f.id).startsWith(land)),
  };
  return topology({ regions }, QUANTIZATION);
}
