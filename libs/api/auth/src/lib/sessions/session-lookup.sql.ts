import { preparedStatement } from '@digitalcheck/api-database';
import type { Role, UserStatus } from '@digitalcheck/shared-contracts';
import { AppUser } from '../users/app-user.entity';
import { type AssignmentSource, RoleAssignment } from '../users/role-assignment.entity';
import { UserSession } from './user-session.entity';

/**
 * The session behind a token hash with its account and the account's role assignments, in one prepared
 * statement (this runs on every signed-in request): one row per assignment, or one row with null assignment
 * columns when there is none; no row when the session is unknown. $1 the token's SHA-256 (hex).
 */
export const SESSION_BY_TOKEN = preparedStatement(
  'dc_session_by_token_v1',
  `SELECT s."token_hash", s."user_id", s."csrf_token", s."method", s."created_at", s."last_seen_at",
          s."expires_at", s."absolute_expires_at", s."ip", s."user_agent",
          u."email" AS "u_email", u."email_key" AS "u_email_key", u."display_name" AS "u_display_name",
          u."password_hash" AS "u_password_hash", u."status" AS "u_status", u."oidc_issuer" AS "u_oidc_issuer",
          u."oidc_subject" AS "u_oidc_subject", u."last_login_at" AS "u_last_login_at",
          u."created_at" AS "u_created_at", u."updated_at" AS "u_updated_at",
          a."id" AS "a_id", a."role" AS "a_role", a."region_ars" AS "a_region_ars", a."source" AS "a_source",
          a."created_at" AS "a_created_at"
     FROM "user_session" s
     JOIN "app_user" u ON u."id" = s."user_id"
     LEFT JOIN "role_assignment" a ON a."user_id" = u."id"
    WHERE s."token_hash" = $1`,
);

export interface SessionRow {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  method: UserSession['method'];
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  absolute_expires_at: Date;
  ip: string | null;
  user_agent: string | null;
  u_email: string;
  u_email_key: string;
  u_display_name: string;
  u_password_hash: string | null;
  u_status: UserStatus;
  u_oidc_issuer: string | null;
  u_oidc_subject: string | null;
  u_last_login_at: Date | null;
  u_created_at: Date;
  u_updated_at: Date;
  a_id: string | null;
  a_role: Role | null;
  a_region_ars: string | null;
  a_source: AssignmentSource | null;
  a_created_at: Date | null;
}

/**
 * The rows of SESSION_BY_TOKEN as entities, as TypeORM would hydrate them (session.user with every column,
 * user.assignments without their back reference); undefined without rows.
 */
export function sessionFromRows(rows: readonly SessionRow[]): UserSession | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const user = Object.assign(new AppUser(), {
    id: first.user_id,
    email: first.u_email,
    emailKey: first.u_email_key,
    displayName: first.u_display_name,
    passwordHash: first.u_password_hash,
    status: first.u_status,
    oidcIssuer: first.u_oidc_issuer,
    oidcSubject: first.u_oidc_subject,
    lastLoginAt: first.u_last_login_at,
    createdAt: first.u_created_at,
    updatedAt: first.u_updated_at,
    assignments: rows
      .filter((row) => row.a_id !== null)
      .map((row) =>
        Object.assign(new RoleAssignment(), {
          id: row.a_id as string,
          userId: first.user_id,
          role: row.a_role as Role,
          regionArs: row.a_region_ars as string,
          source: row.a_source as AssignmentSource,
          createdAt: row.a_created_at as Date,
        }),
      ),
  });
  return Object.assign(new UserSession(), {
    tokenHash: first.token_hash,
    userId: first.user_id,
    user,
    csrfToken: first.csrf_token,
    method: first.method,
    createdAt: first.created_at,
    lastSeenAt: first.last_seen_at,
    expiresAt: first.expires_at,
    absoluteExpiresAt: first.absolute_expires_at,
    ip: first.ip,
    userAgent: first.user_agent,
  });
}
