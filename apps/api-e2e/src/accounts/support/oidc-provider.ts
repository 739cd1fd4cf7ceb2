import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** What the test identity provider says about a person (the login name in its form is the subject). */
export interface IdpAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  roles?: string[] | string;
  /** Any other claim, e.g. the roles under another name (`OIDC_ROLES_CLAIM`). */
  [claim: string]: unknown;
}

export interface TestIdentityProvider {
  issuer: string;
  /** Subject → claims; change them between sign-ins to see what the API does at the next one. */
  accounts: Map<string, IdpAccount>;
  stop(): Promise<void>;
}

export interface IdpClient {
  clientId: string;
  redirectUri: string;
  /** With a secret the client authenticates with client_secret_basic, without it is public ('none'). */
  clientSecret?: string;
  /** The claim the roles travel in (default `roles`); released with the `profile` scope. */
  rolesClaim?: string;
}

interface ProviderInstance {
  callback(): (request: unknown, response: unknown) => void;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

/**
 * `oidc-provider` is ESM-only and ts-jest compiles this file to CommonJS, where `import()` would become
 * `require()`; a function built at run time keeps the native `import()` (jest runs with
 * --experimental-vm-modules).
 */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback, with its development login and consent forms:
 * any login name signs in as that subject, with the claims in `accounts`. PKCE is required.
 */
export async function startIdentityProvider(port: number, client: IdpClient): Promise<TestIdentityProvider> {
  const { default: Provider } = await quietly(() => importEsm('oidc-provider') as Promise<{ default: ProviderClass }>);
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, IdpAccount>();
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = await quietly(
    async () =>
      new Provider(issuer, {
        clients: [
          {
            client_id: client.clientId,
            ...(client.clientSecret
              ? { client_secret: client.clientSecret, token_endpoint_auth_method: 'client_secret_basic' }
              : { token_endpoint_auth_method: 'none' }),
            redirect_uris: [client.redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        pkce: { required: () => true },
        claims: {
          openid: ['sub'],
          email: ['email', 'email_verified'],
          profile: ['name', client.rolesClaim ?? 'roles'],
        },
        findAccount: (_context: unknown, subject: string) => ({
          accountId: subject,
          claims: () => ({ sub: subject, ...(accounts.get(subject) ?? {}) }),
        }),
        features: { devInteractions: { enabled: true } },
        cookies: { keys: ['digitalcheck-e2e-cookie-key'] },
        jwks: { keys: [{ ...signingKey, kid: 'e2e', use: 'sig', alg: 'RS256' }] },
        ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
      }),
  );
  const server: Server = createServer(provider.callback() as Parameters<typeof createServer>[0] & object);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    issuer,
    accounts,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs `work` without oidc-provider's warnings about its development features and the Node.js version. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('oidc-provider WARNING')) warn(...args);
  };
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}
