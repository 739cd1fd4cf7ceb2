import type { RegionLevel } from '@digitalcheck/shared-contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * One body of the official hierarchy Land → Kreis → Gemeindeverband → Gemeinde, keyed by its ARS (a string:
 * the leading zero of Länder 01–09 is part of the key).
 */
@Entity({ name: 'region' })
@Index('IDX_region_parent', ['parentArs'])
@Index('IDX_region_level_land', ['level', 'landArs'])
@Index('IDX_region_search_text', ['searchText'])
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'PK_region' })
  ars!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  ags!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** See searchTextOf; written with the name by the seed and the imports. C collation: byte-wise LIKE. */
  @Column({ name: 'search_text', type: 'varchar', length: 220, collation: 'C' })
  searchText!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: RegionLevel;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ name: 'parent_ars', type: 'varchar', length: 12, nullable: true })
  parentArs!: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_ars', referencedColumnName: 'ars', foreignKeyConstraintName: 'FK_region_parent' })
  parent?: Region | null;

  @Column({ name: 'land_ars', type: 'varchar', length: 2 })
  landArs!: string;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  /** ISO date; TypeORM hydrates `date` columns as YYYY-MM-DD strings. */
  @Column({ name: 'population_date', type: 'date', nullable: true })
  populationDate!: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  nuts3!: string | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
