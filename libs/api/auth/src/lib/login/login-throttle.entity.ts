import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per key (`ip:…` or `account:…`) in the current window. In the database rather than in
 * memory, so several API instances share one count and a restart does not reset it.
 */
@Entity({ name: 'login_throttle' })
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'PK_login_throttle' })
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
