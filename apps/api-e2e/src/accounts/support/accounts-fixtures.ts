import type { IssuedInvitation, Role, SessionInfo } from '@digitalcheck/shared-contracts';
import { type RunningApi, startApi } from '../../support/running-api';
import { SessionClient } from './session-client';

/** The demo accounts of apps/api/src/app/accounts-setup.ts (DEMO_DATA=true). */
export const DEMO_PASSWORD = 'demo-digitalcheck';
export const DEMO = {
  admin: 'admin@demo.example',
  analystRlp: 'analyse.rlp@demo.example',
  mayenKoblenz: 'mayen-koblenz@demo.example',
  cochemZell: 'cochem-zell@demo.example',
} as const;

/** Passwords of accounts the tests create: long enough for the 12-character rule. */
export const TEST_PASSWORD = 'test-password-123';

/** The built API in demo mode on the suite's own database; LOG_LEVEL=info so mails appear in the output. */
export function startAccountsApi(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApi> {
  return startApi({ DATABASE_URL: databaseUrl, DEMO_DATA: 'true', LOG_LEVEL: 'info', ...env });
}

/** The token of an invitation or reset link (`…?token=…`). */
export function tokenOf(link: string): string {
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

export interface Invited {
  invitation: IssuedInvitation;
  token: string;
}

/** `inviter` invites `email`; throws unless the API answers 201. */
export async function invite(
  inviter: SessionClient,
  email: string,
  role: Role,
  regionArs: string | null,
): Promise<Invited> {
  const response = await inviter.post<IssuedInvitation>('invitations', { email, role, regionArs });
  if (response.status !== 201) {
    throw new Error(`inviting ${email} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return { invitation: response.body, token: tokenOf(response.body.link) };
}

export interface Accepted {
  /** Signed in by the acceptance. */
  client: SessionClient;
  session: SessionInfo;
  invitation: IssuedInvitation;
}

/** Invites a new person and accepts as them (inspect, then accept with a password): a signed-in account. */
export async function inviteAndAccept(
  inviter: SessionClient,
  email: string,
  role: Role,
  regionArs: string | null,
  password = TEST_PASSWORD,
): Promise<Accepted> {
  const { invitation, token } = await invite(inviter, email, role, regionArs);
  const client = new SessionClient(inviter.baseUrl);
  const inspected = await client.post('invitations/inspect', { token });
  if (inspected.status !== 200) throw new Error(`inspect answered ${inspected.status}`);
  const accepted = await client.post<SessionInfo>('invitations/accept', {
    token,
    password,
    displayName: `Test ${email}`,
  });
  if (accepted.status !== 200) {
    throw new Error(`accepting ${email} answered ${accepted.status}: ${JSON.stringify(accepted.body)}`);
  }
  client.csrfToken = accepted.body.csrfToken;
  return { client, session: accepted.body, invitation };
}

/** A mail the LogMailer wrote to the API's log. */
export interface LoggedMail {
  to: string;
  subject: string;
  text: string;
}

export function mailsIn(output: string): LoggedMail[] {
  const mails: LoggedMail[] = [];
  for (const line of output.split('\n')) {
    if (!line.includes('"mail"')) continue;
    try {
      const entry = JSON.parse(line) as { mail?: LoggedMail };
      if (entry.mail?.to) mails.push(entry.mail);
    } catch {
      // not a JSON log line
    }
  }
  return mails;
}

/** Polls until `probe` returns a value (mails are written after the answer has been sent). */
export async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The link in the newest mail to `to` whose link contains `path`, once at least `count` such mails are logged. */
export function linkInMail(api: RunningApi, to: string, path: string, count = 1): Promise<string> {
  return waitFor(() => {
    const links = mailsIn(api.output())
      .filter((mail) => mail.to === to)
      .map((mail) => mail.text.match(/https?:\/\/\S+/)?.[0])
      .filter((link): link is string => link !== undefined && link.includes(path));
    return links.length >= count ? links[links.length - 1] : undefined;
  }, `mail #${count} to ${to} with ${path}`);
}
