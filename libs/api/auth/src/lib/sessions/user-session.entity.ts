import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUser } from '../users/app-user.entity';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a leaked table
 * holds no usable sessions. Ends at `expiresAt` (idle) or `absoluteExpiresAt`, at logout, or when the
 * account is disabled or its password reset.
 */
@Entity({ name: 'user_session' })
@Index('IDX_user_session_user', ['userId'])
export class UserSession {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64, primaryKeyConstraintName: 'PK_user_session' })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: AppUser;

  /** Synchroniser token: state-changing requests must echo it in X-XSRF-TOKEN. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @Column({ type: 'varchar', length: 8 })
  method!: 'password' | 'oidc';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'absolute_expires_at', type: 'timestamptz' })
  absoluteExpiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;
}
