// Password sign-in through the API: the session cookie and the CSRF token for later writes.

/** Signs in `email`; { cookie, csrf } for createHttpClient's `session` option. Sessions live in the database. */
export async function signIn(client, email, password) {
  const res = await client.request('POST', '/api/v1/auth/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in of ${email}: ${res.status} ${JSON.stringify(res.json)}`);
  const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: res.json.csrfToken };
}

/** Signs in several accounts, `parallel` at a time (password hashing is CPU-heavy). */
export async function signInAll(client, emails, password, parallel = 2) {
  const sessions = new Map();
  for (let i = 0; i < emails.length; i += parallel) {
    const batch = emails.slice(i, i + parallel);
    const signed = await Promise.all(batch.map((email) => signIn(client, email, password)));
    batch.forEach((email, j) => sessions.set(email, signed[j]));
  }
  return sessions;
}
