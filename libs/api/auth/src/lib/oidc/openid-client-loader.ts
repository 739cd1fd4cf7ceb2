import type * as OpenIdClient from 'openid-client';

export type OpenIdClientModule = typeof OpenIdClient;
export type OidcClientConfiguration = OpenIdClient.Configuration;

let loaded: Promise<OpenIdClientModule> | null = null;

/**
 * `openid-client` is ESM-only. Loaded on first use, so the API (bundled to CommonJS, Node ≥ 20.19 loads it
 * through require(esm)) and the unit tests (which never sign in through an identity provider) do not need
 * it at start-up.
 */
export function openIdClient(): Promise<OpenIdClientModule> {
  loaded ??= import('openid-client');
  return loaded;
}
