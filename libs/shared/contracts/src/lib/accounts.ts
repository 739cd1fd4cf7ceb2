/**
 * Accounts, sessions, invitations and the audit log (see docs/SECURITY.md).
 *
 * Roles: ADMIN sees everything; STATE_ANALYST is scoped to a Land (2-digit ARS) and reads and manages
 * everything in it; RESPONDENT is scoped to one region (its ARS) and edits that region's answers.
 * A person may hold several scopes.
 */
export const ROLES = ['ADMIN', 'STATE_ANALYST', 'RESPONDENT'] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** One role held by an account; `regionArs` is null for ADMIN, a Land key for STATE_ANALYST. */
export interface RoleScope {
  role: Role;
  regionArs: string | null;
  /** Display name of the scope's region, e.g. "Rheinland-Pfalz" or "Landkreis Mayen-Koblenz". */
  regionName: string | null;
}

/** `GET /api/v1/auth/session`: who is signed in (null when nobody is) and the CSRF token to send. */
export interface SessionInfo {
  user: SessionUser | null;
  /** Echo in the `X-XSRF-TOKEN` header of every POST/PUT/PATCH/DELETE (it is also the `XSRF-TOKEN` cookie). */
  csrfToken: string;
  /** Whether "Mit Dienstkonto anmelden" (OpenID Connect) is configured. */
  oidcEnabled: boolean;
  /** Label of the identity provider for the login button, e.g. "Landesportal RLP". */
  oidcLabel: string | null;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  scopes: RoleScope[];
  /** ISO timestamp at which the session ends unless renewed by activity. */
  expiresAt: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetCompletion {
  token: string;
  password: string;
}

/** Rules a new password must meet; the dashboard shows them before the user types. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Error codes (`ApiErrorBody.code`) of the sign-in flows; the dashboard maps each to a German message. */
export const AUTH_ERROR_CODES = [
  'INVALID_CREDENTIALS',
  'LOGIN_THROTTLED',
  'ACCOUNT_DISABLED',
  'INVITATION_INVALID',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'INVITATION_REVOKED',
  'RESET_TOKEN_INVALID',
  'CSRF_TOKEN_INVALID',
] as const;
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

// ---- Users ------------------------------------------------------------------------------------------

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  status: UserStatus;
  scopes: RoleScope[];
  lastLoginAt: string | null;
  createdAt: string;
  /** Signs in with the identity provider (OpenID Connect) rather than a password. */
  external: boolean;
}

export interface UserStatusChange {
  status: 'active' | 'disabled';
}

export interface ScopeGrant {
  role: Role;
  regionArs: string | null;
}

// ---- Invitations ------------------------------------------------------------------------------------

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface InvitationRequest {
  email: string;
  role: Role;
  /** The region (RESPONDENT) or Land (STATE_ANALYST) the invitee will act for; null for ADMIN. */
  regionArs: string | null;
}

export interface InvitationSummary {
  id: string;
  email: string;
  role: Role;
  regionArs: string | null;
  regionName: string | null;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: string | null;
  acceptedAt: string | null;
}

/** Answer to creating or resending an invitation: the link is shown once (and mailed). */
export interface IssuedInvitation extends InvitationSummary {
  link: string;
  /** False when the mail could not be handed to the mail server: pass the link on another way. */
  mailSent: boolean;
}

/** `POST /api/v1/invitations/bulk` (CSV with columns region key and email): one line per CSV row. */
export interface BulkInvitationReport {
  dryRun: boolean;
  /** Rows that are fine (line numbers count the header as line 1). */
  valid: Array<{ line: number; regionArs: string; regionName: string; email: string }>;
  /** Empty for a dry run, and when any row is invalid: a bulk invitation is all or nothing. */
  created: IssuedInvitation[];
  invalid: Array<{ line: number; regionArs: string; email: string; message: string }>;
}

/** What the invitation page shows before the invitee sets a password. */
export interface InvitationPreview {
  email: string;
  role: Role;
  regionName: string | null;
  expiresAt: string;
  /** The email already has an account: accepting adds the scope after the account's password is given. */
  accountExists: boolean;
}

export interface InvitationAcceptance {
  token: string;
  password: string;
  /** Required for a new account. */
  displayName?: string;
}

// ---- Audit log --------------------------------------------------------------------------------------

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  regionArs: string | null;
  details: Record<string, unknown>;
  requestId: string | null;
}

/** `GET /api/v1/audit` newest first; `before` pages on with the last entry's id. */
export interface AuditPage {
  items: AuditEntry[];
  /** Pass as `before` to read the next (older) page; null at the end. */
  nextBefore: string | null;
}

/** `POST /api/v1/invitations/bulk`: CSV text with a header row `region;email` (`,` also accepted). */
export interface BulkInvitationRequest {
  csv: string;
  role: 'RESPONDENT' | 'STATE_ANALYST';
  /** Check every row and report, create nothing. */
  dryRun?: boolean;
}

/** Filters of `GET /api/v1/audit` and `GET /api/v1/audit/export` (all optional). */
export interface AuditQuery {
  action?: string;
  regionArs?: string;
  actorEmail?: string;
  /** ISO date or timestamp, inclusive. */
  from?: string;
  /** ISO date or timestamp, exclusive. */
  to?: string;
  before?: string;
  limit?: number;
}
