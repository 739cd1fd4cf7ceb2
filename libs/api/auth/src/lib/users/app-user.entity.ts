import type { UserStatus } from '@digitalcheck/shared-contracts';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RoleAssignment } from './role-assignment.entity';

/** A person who signs in: with a password (argon2id), through the identity provider (OIDC), or both. */
@Entity({ name: 'app_user' })
@Index('UQ_app_user_email_key', ['emailKey'], { unique: true })
@Index('UQ_app_user_oidc', ['oidcIssuer', 'oidcSubject'], { unique: true, where: '"oidc_subject" IS NOT NULL' })
export class AppUser {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_app_user' })
  id!: string;

  /** As typed by the person (shown); `emailKey` is the lower-cased form that identifies the account. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'email_key', type: 'varchar', length: 254 })
  emailKey!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  /** argon2id PHC string; null until an invitation is accepted, or for accounts that only use OIDC. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: UserStatus;

  @Column({ name: 'oidc_issuer', type: 'varchar', length: 500, nullable: true })
  oidcIssuer!: string | null;

  @Column({ name: 'oidc_subject', type: 'varchar', length: 255, nullable: true })
  oidcSubject!: string | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => RoleAssignment, (assignment) => assignment.user)
  assignments?: RoleAssignment[];
}

/** The key an email address is looked up by: trimmed and lower-cased. */
export function emailKeyOf(email: string): string {
  return email.trim().toLowerCase();
}
