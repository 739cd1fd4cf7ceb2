import type { Role } from '@digitalcheck/shared-contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from './app-user.entity';

/** Where a scope came from: granted in the product (invitation, admin) or by the identity provider's claims. */
export type AssignmentSource = 'local' | 'oidc';

/**
 * One role of one account: ADMIN (no region), STATE_ANALYST for a Land (2-digit ARS) or RESPONDENT for a
 * region (its ARS). The region is not a foreign key on purpose: a merged-away region keeps its history.
 */
@Entity({ name: 'role_assignment' })
@Index('UQ_role_assignment', ['userId', 'role', 'regionArs'], { unique: true })
@Index('IDX_role_assignment_region', ['regionArs'])
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_role_assignment' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, (user) => user.assignments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_role_assignment_user' })
  user?: AppUser;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** '' for ADMIN, so the unique index treats "admin twice" as a duplicate (NULLs never collide). */
  @Column({ name: 'region_ars', type: 'varchar', length: 12, default: '' })
  regionArs!: string;

  @Column({ type: 'varchar', length: 8, default: 'local' })
  source!: AssignmentSource;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
