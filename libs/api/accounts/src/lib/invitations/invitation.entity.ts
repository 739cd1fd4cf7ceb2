import type { Role } from '@digitalcheck/shared-contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An invitation for one person to act for one region (or Land). The link carries a random token; only its
 * SHA-256 is stored. Single use: `acceptedAt` ends it, as do `revokedAt`, `expiresAt` and a resend
 * (which replaces the token).
 */
@Entity({ name: 'invitation' })
@Index('UQ_invitation_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_invitation_region', ['regionArs', 'createdAt'])
@Index('IDX_invitation_email', ['email'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invitation' })
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** '' for ADMIN invitations, like role_assignment. */
  @Column({ name: 'region_ars', type: 'varchar', length: 12 })
  regionArs!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'sent_count', type: 'integer', default: 1 })
  sentCount!: number;
}
