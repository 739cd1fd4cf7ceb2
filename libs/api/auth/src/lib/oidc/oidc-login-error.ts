/** What the login page is told (`/anmelden?fehler=…`); details stay in the log and the audit trail. */
export type OidcFailureCode = 'sso' | 'deaktiviert' | 'keine-rolle';

/**
 * A refused or failed sign-in through the identity provider. `reason` is a short machine-readable cause
 * (`state_mismatch`, `account_disabled`, `no_role`, …) for the audit log and the server log; `detail` adds
 * the library's check that failed. Neither ever holds a token.
 */
export class OidcLoginError extends Error {
  constructor(
    readonly reason: string,
    readonly code: OidcFailureCode = 'sso',
    readonly userId: string | null = null,
    readonly detail: string | null = null,
  ) {
    super(`OIDC sign-in failed: ${reason}`);
    this.name = 'OidcLoginError';
  }
}
