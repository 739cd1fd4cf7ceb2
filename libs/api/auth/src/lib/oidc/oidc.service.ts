import { AuditService } from '@digitalcheck/api-audit';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '@digitalcheck/api-config';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Grant } from '../access/principal';
import type { ClientInfo, SignedIn } from '../login/login.service';
import { SessionService } from '../sessions/session.service';
import { AppUser, emailKeyOf } from '../users/app-user.entity';
import { RoleAssignment } from '../users/role-assignment.entity';
import { grantLabel, grantsOf, identityOf, type OidcIdentity, safeReturnPath } from './oidc-claims';
import type { PendingOidcLogin } from './oidc-cookie';
import { OidcLoginError } from './oidc-login-error';
import { type OidcClientConfiguration, openIdClient } from './openid-client-loader';

/** Issuers that may be reached over plain http (the configuration refuses http anywhere else). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Seconds to wait for the identity provider (discovery, token, userinfo). */
const PROVIDER_TIMEOUT = 10;

export interface OidcSignedIn extends SignedIn {
  /** The path to continue at (`ziel` of the login request). */
  returnTo: string;
}

interface AccountOutcome {
  user: AppUser;
  created: boolean;
  /** Link to the provider, name from the claims, activation of an invited account. */
  changes: Partial<AppUser> | null;
}

/**
 * Sign-in through the organisation's identity provider with OpenID Connect (authorization code flow with
 * PKCE). Accounts are matched by (issuer, subject), else linked by verified email, else created; the roles
 * claim decides the account's `oidc` scopes at every sign-in (scopes granted in the product stay).
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OidcService');
  private discovered: Promise<OidcClientConfiguration> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  get settings(): OidcConfig | null {
    return this.config.auth.oidc;
  }

  /** The authorization URL to send the browser to, and the secrets to keep in its cookie until it returns. */
  async start(ziel: unknown): Promise<{ url: string; pending: PendingOidcLogin }> {
    const oidc = this.required();
    const client = await openIdClient();
    const configuration = await this.configuration();
    const pending: PendingOidcLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo: safeReturnPath(ziel),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: oidc.redirectUri,
      scope: oidc.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /**
   * Completes a sign-in: exchanges the code (openid-client checks state, PKCE, and the ID token's signature,
   * issuer, audience, expiry and nonce), reads the claims, finds or creates the account, replaces its `oidc`
   * scopes and opens a session. Every refusal is audited and thrown as OidcLoginError.
   */
  async finish(query: string, pending: PendingOidcLogin | null, client: ClientInfo): Promise<OidcSignedIn> {
    let identity: OidcIdentity | null = null;
    try {
      identity = await this.identify(query, pending);
      const signedIn = await this.signIn(identity, client);
      return { ...signedIn, returnTo: safeReturnPath(pending?.returnTo) }; // checked again: cookies can be planted
    } catch (error) {
      const failure = this.asFailure(error);
      await this.recordFailure(failure, identity, client).catch((auditError: unknown) =>
        this.logger.error({ err: auditError }, 'could not audit a failed OIDC sign-in'),
      );
      throw failure;
    }
  }

  private async identify(query: string, pending: PendingOidcLogin | null): Promise<OidcIdentity> {
    const oidc = this.required();
    if (!pending) throw new OidcLoginError('login_cookie_missing');
    const params = new URLSearchParams(query);
    const providerError = params.get('error');
    if (providerError) {
      throw new OidcLoginError('provider_error', 'sso', null, providerError.replace(/[^a-z_]/gi, '').slice(0, 40));
    }
    if (params.get('state') !== pending.state) throw new OidcLoginError('state_mismatch');

    const client = await openIdClient();
    const configuration = await this.configuration();
    // The redirect URI as registered (not as this request saw it behind a proxy) with the provider's answer.
    const callbackUrl = new URL(oidc.redirectUri);
    callbackUrl.search = params.toString();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new OidcLoginError('code_exchange_failed', 'sso', null, describe(error));
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new OidcLoginError('id_token_missing');
    let userinfo: Record<string, unknown> = {};
    if (configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
      try {
        userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      } catch (error) {
        throw new OidcLoginError('userinfo_failed', 'sso', null, describe(error));
      }
    }
    // The ID token is authoritative for who it is; userinfo may add claims the token leaves out.
    const identity = identityOf({ ...idClaims, ...userinfo, iss: idClaims.iss, sub: idClaims.sub }, oidc.rolesClaim);
    if (!identity.subject || !identity.issuer) throw new OidcLoginError('subject_missing');
    return identity;
  }

  private async signIn(identity: OidcIdentity, client: ClientInfo): Promise<SignedIn> {
    const grants = await this.knownGrants(identity);
    const result = await this.dataSource.transaction(async (manager) => {
      const { user, created, changes } = await this.accountFor(manager, identity, grants);
      const localScopes = await manager.count(RoleAssignment, { where: { userId: user.id, source: 'local' } });
      if (localScopes === 0 && grants.length === 0) {
        // Nothing else changes, but scopes the provider no longer grants are withdrawn.
        await this.syncGrants(manager, user, [], client);
        return { refused: new OidcLoginError('no_role', 'keine-rolle', user.id) } as const;
      }
      if (changes) {
        await manager.update(AppUser, { id: user.id }, changes);
        Object.assign(user, changes);
      }
      if (created) {
        await this.audit.record(manager, {
          action: 'user.created',
          entityType: 'user',
          entityId: user.id,
          details: { email: user.email, grants: grants.map(grantLabel), reason: 'oidc' },
          requestId: client.requestId,
        });
      }
      const linked = changes?.oidcSubject !== undefined;
      if (linked) {
        await this.sessions.closeAllOf(manager, user.id);
        await this.audit.record(manager, {
          action: 'user.oidc_linked',
          entityType: 'user',
          entityId: user.id,
          actorId: user.id,
          details: { email: user.email, issuer: identity.issuer },
          requestId: client.requestId,
        });
      }
      await this.syncGrants(manager, user, grants, client);
      const opened = await this.sessions.open(manager, user.id, 'oidc', client);
      await this.audit.record(manager, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        actorId: user.id,
        details: { method: 'oidc', ip: client.ip, created, linked },
        requestId: client.requestId,
      });
      return { signedIn: { ...opened, principal: await this.sessions.principalOf(user, manager, 'oidc') } } as const;
    });
    if ('refused' in result) throw result.refused;
    return result.signedIn;
  }

  /** The mapped grants whose regions exist; others are logged and left out. */
  private async knownGrants(identity: OidcIdentity): Promise<Grant[]> {
    const oidc = this.required();
    const wanted = grantsOf(identity.roleValues, oidc.roleMap);
    const keys = [...new Set(wanted.map((grant) => grant.regionArs).filter((ars) => ars !== ''))];
    const rows: Array<{ ars: string }> = keys.length
      ? await this.dataSource.query(`SELECT "ars" FROM "region" WHERE "ars" = ANY($1)`, [keys])
      : [];
    const known = new Set(rows.map((row) => row.ars));
    const unknown = wanted.filter((grant) => grant.regionArs !== '' && !known.has(grant.regionArs));
    if (unknown.length) {
      this.logger.warn(
        { subject: identity.subject, ignored: unknown.map(grantLabel) },
        'OIDC roles claim names regions that do not exist; those grants are ignored',
      );
    }
    return wanted.filter((grant) => grant.regionArs === '' || known.has(grant.regionArs));
  }

  /**
   * By (issuer, subject); else a verified email links an existing account; else a new account (written at
   * once). Changes to an existing account are returned, to be written only if the sign-in goes ahead.
   */
  private async accountFor(manager: EntityManager, identity: OidcIdentity, grants: Grant[]): Promise<AccountOutcome> {
    const bySubject = await manager.findOne(AppUser, {
      where: { oidcIssuer: identity.issuer, oidcSubject: identity.subject },
    });
    if (bySubject) {
      if (bySubject.status === 'disabled') throw new OidcLoginError('account_disabled', 'deaktiviert', bySubject.id);
      const changes: Partial<AppUser> = {};
      const name = identity.name?.slice(0, 200);
      if (name && name !== bySubject.displayName) changes.displayName = name;
      if (bySubject.status === 'invited') changes.status = 'active';
      return { user: bySubject, created: false, changes: Object.keys(changes).length ? changes : null };
    }

    if (!identity.email || identity.email.length > 254) throw new OidcLoginError('email_missing');
    const emailKey = emailKeyOf(identity.email);
    const byEmail = await manager.findOne(AppUser, { where: { emailKey } });
    if (byEmail) {
      // Only a verified address proves it is the same person; otherwise anyone could take over an account.
      if (!identity.emailVerified) throw new OidcLoginError('email_not_verified', 'sso', byEmail.id);
      if (byEmail.status === 'disabled') throw new OidcLoginError('account_disabled', 'deaktiviert', byEmail.id);
      if (byEmail.oidcSubject !== null) throw new OidcLoginError('email_linked_to_other_subject', 'sso', byEmail.id);
      // The provider has proved the mailbox. A local password may have been set by whoever held an
      // invitation link for this address, so it stops working, and so do the account's sessions.
      const changes: Partial<AppUser> = {
        oidcIssuer: identity.issuer,
        oidcSubject: identity.subject,
        status: 'active',
        passwordHash: null,
      };
      if (byEmail.displayName.trim() === '') changes.displayName = (identity.name ?? identity.email).slice(0, 200);
      return { user: byEmail, created: false, changes };
    }

    // Nobody to create an empty account for: without a scope the person could not do anything.
    if (grants.length === 0) throw new OidcLoginError('no_role', 'keine-rolle');
    const user = await manager.save(
      AppUser,
      manager.create(AppUser, {
        email: identity.email,
        emailKey,
        displayName: (identity.name ?? identity.email).slice(0, 200),
        passwordHash: null,
        status: 'active',
        oidcIssuer: identity.issuer,
        oidcSubject: identity.subject,
      }),
    );
    return { user, created: true, changes: null };
  }

  /** Replaces the account's `oidc` scopes by `grants`; scopes granted in the product (`local`) stay. */
  private async syncGrants(manager: EntityManager, user: AppUser, grants: Grant[], client: ClientInfo): Promise<void> {
    const key = (grant: Grant) => `${grant.role}:${grant.regionArs}`;
    const current = await manager.find(RoleAssignment, { where: { userId: user.id } });
    const local = new Set(current.filter((a) => a.source !== 'oidc').map(key));
    const previous = current.filter((a) => a.source === 'oidc');
    const wanted = grants.filter((grant) => !local.has(key(grant)));
    const wantedKeys = new Set(wanted.map(key));
    const previousKeys = new Set(previous.map(key));
    const removed = previous.filter((a) => !wantedKeys.has(key(a)));
    const added = wanted.filter((grant) => !previousKeys.has(key(grant)));
    if (removed.length) await manager.delete(RoleAssignment, { id: In(removed.map((a) => a.id)) });
    for (const grant of added) {
      await manager.insert(RoleAssignment, {
        userId: user.id,
        role: grant.role,
        regionArs: grant.regionArs,
        source: 'oidc',
      });
    }
    if (removed.length || added.length) {
      await this.audit.record(manager, {
        action: 'user.oidc_scopes_changed',
        entityType: 'user',
        entityId: user.id,
        actorId: user.id,
        details: { added: added.map(grantLabel), removed: removed.map(grantLabel) },
        requestId: client.requestId,
      });
    }
  }

  private asFailure(error: unknown): OidcLoginError {
    if (error instanceof OidcLoginError) return error;
    this.logger.error({ err: error }, 'OIDC sign-in failed unexpectedly');
    return new OidcLoginError('internal_error');
  }

  private async recordFailure(failure: OidcLoginError, identity: OidcIdentity | null, client: ClientInfo) {
    this.logger.warn(
      { reason: failure.reason, detail: failure.detail, requestId: client.requestId },
      'OIDC sign-in refused',
    );
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: failure.userId ?? 'unknown',
        actorId: null,
        details: {
          method: 'oidc',
          reason: failure.reason,
          ...(failure.detail ? { detail: failure.detail } : {}),
          ip: client.ip,
          ...(identity
            ? { subject: identity.subject.slice(0, 255), email: identity.email?.slice(0, 254) ?? null }
            : {}),
        },
        requestId: client.requestId,
      }),
    );
  }

  /** Discovers the provider once; a failure is logged and retried at the next sign-in. */
  private configuration(): Promise<OidcClientConfiguration> {
    this.discovered ??= this.discover(this.required()).catch((error: unknown) => {
      this.discovered = null;
      this.logger.error(
        `OIDC: cannot reach the identity provider at ${this.required().issuer} (discovery failed: ${describe(error)}); ` +
          'sign-in with it fails until it answers. Check OIDC_ISSUER and the network.',
      );
      throw new OidcLoginError('provider_unreachable', 'sso', null, describe(error));
    });
    return this.discovered;
  }

  private async discover(oidc: OidcConfig): Promise<OidcClientConfiguration> {
    const client = await openIdClient();
    const issuer = new URL(oidc.issuer);
    const insecure = issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
    const configuration = await client.discovery(
      issuer,
      oidc.clientId,
      oidc.clientSecret ?? undefined,
      oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
      { execute: insecure ? [client.allowInsecureRequests] : [], timeout: PROVIDER_TIMEOUT },
    );
    this.logger.log(`OIDC: identity provider ${configuration.serverMetadata().issuer} discovered`);
    return configuration;
  }

  private required(): OidcConfig {
    const oidc = this.config.auth.oidc;
    if (!oidc) throw new OidcLoginError('oidc_not_configured');
    return oidc;
  }
}

/** An error's code and message for the log: openid-client's messages name checks, never token contents. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  const causeCode = cause instanceof Error ? (cause as { code?: unknown }).code : undefined;
  return [
    typeof code === 'string' ? code : null,
    error.message.slice(0, 200),
    typeof causeCode === 'string' ? causeCode : null,
  ]
    .filter(Boolean)
    .join(' ');
}
