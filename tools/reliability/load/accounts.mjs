// Accounts for the load run, made the way a Land rolls the product out: the admin invites, each person accepts
// with a password and is signed in by the acceptance. Works on both databases (PGlite cannot be written from
// outside the API process).
import { signIn } from '../lib/sign-in.mjs';
import { ADMIN } from './environment.mjs';

export const PASSWORD = 'last-passwort-2026';

/** Invites `email` with one scope and accepts: the new person's session. */
export async function inviteAndAccept(client, adminSession, email, role, regionArs) {
  const invited = await client.request('POST /invitations', 'POST', '/api/v1/invitations', {
    session: adminSession,
    body: { email, role, regionArs },
  });
  if (invited.status !== 201) throw new Error(`invite ${email}: ${invited.status} ${JSON.stringify(invited.json)}`);
  const token = new URL(invited.json.link).searchParams.get('token');
  const accepted = await client.request('POST /invitations/accept', 'POST', '/api/v1/invitations/accept', {
    body: { token, password: PASSWORD, displayName: `Last ${email}` },
  });
  if (accepted.status !== 200) throw new Error(`accept ${email}: ${accepted.status} ${JSON.stringify(accepted.json)}`);
  const cookie = (accepted.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { email, cookie, csrf: accepted.json.csrfToken };
}

export const signInAdmin = (client) => signIn(client.http, ADMIN.email, ADMIN.password);

/** Runs `work` over `items`, `parallel` at a time (argon2 per acceptance: a few at once keeps the API responsive). */
export async function inBatches(items, parallel, work) {
  const results = new Array(items.length);
  for (let i = 0; i < items.length; i += parallel) {
    await Promise.all(items.slice(i, i + parallel).map(async (item, j) => (results[i + j] = await work(item, i + j))));
  }
  return results;
}
