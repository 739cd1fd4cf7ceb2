import type { RegionLevel } from '@digitalcheck/shared-contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The map geometry of one level, as compact TopoJSON (object `regions`, geometry ids = ARS). One pack per
 * level: a new import replaces it. Stored as text, because it is served as it is and never queried inside.
 */
@Entity({ name: 'boundary_pack' })
export class BoundaryPack {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_boundary_pack' })
  level!: RegionLevel;

  /** Set when the pack covers one Land only (e.g. the RLP Verbandsgemeinden). */
  @Column({ name: 'land_ars', type: 'varchar', length: 2, nullable: true })
  landArs!: string | null;

  @Column({ type: 'varchar', length: 200 })
  source!: string;

  @Column({ name: 'reference_date', type: 'date' })
  referenceDate!: string;

  @Column({ type: 'text' })
  attribution!: string;

  @Column({ type: 'text' })
  topology!: string;

  /** Content hash of `topology` and `attribution`; the HTTP ETag derives from it. */
  @Column({ type: 'varchar', length: 64 })
  etag!: string;

  @Column({ name: 'feature_count', type: 'integer' })
  featureCount!: number;

  @UpdateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;
}
