import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseLocation } from '@digitalcheck/api-config';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  ApiErrorBody,
  AuditPage,
  BulkInvitationReport,
  InvitationPreview,
  InvitationSummary,
  IssuedInvitation,
  Page,
  SessionInfo,
  UserSummary,
} from '@digitalcheck/shared-contracts';
import type { RunningApi } from '../support/running-api';
import {
  DEMO,
  DEMO_PASSWORD,
  invite,
  type Invited,
  linkInMail,
  mailsIn,
  startAccountsApi,
  TEST_PASSWORD,
  tokenOf,
} from './support/accounts-fixtures';
import { SessionClient } from './support/session-client';

/** The invitation life cycle: invite, inspect, accept, resend, revoke, expire, bulk CSV, and its audit trail. */
describe(`accounts: invitations (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let url: string;
  /** The embedded database lives in a directory, so the test can change it while the API is stopped. */
  let dataDir: string | null = null;
  let analyst: SessionClient;
  let admin: SessionClient;
  let expired: Invited;

  const anonymous = () => new SessionClient(api.baseUrl);
  const signIn = (email: string, password = DEMO_PASSWORD) => SessionClient.signIn(api.baseUrl, email, password);

  /**
   * SQL on the suite's database, for states no endpoint produces (an invitation past its expiry). PGlite
   * admits one process, so on the embedded database the API is stopped meanwhile and started again.
   */
  async function runSql(sql: string, params: unknown[]): Promise<void> {
    const location: DatabaseLocation = dataDir ? { kind: 'embedded', dataDir } : database.location;
    if (dataDir) await api.stop();
    const dataSource = await openDataSource(location, { entities: [], migrations: [] });
    try {
      await dataSource.query(sql, params);
    } finally {
      await dataSource.destroy();
    }
    if (dataDir) api = await startAccountsApi(url);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = database.location.kind === 'embedded' ? mkdtempSync(join(tmpdir(), 'dc-invitations-')) : null;
    url = dataDir ? `pglite://${dataDir}` : database.url;
    api = await startAccountsApi(url);
    expired = await invite(await signIn(DEMO.analystRlp), 'expire.me@test.example', 'RESPONDENT', '07134');
    await runSql(`UPDATE "invitation" SET "expires_at" = now() - interval '1 minute' WHERE "id" = $1`, [
      expired.invitation.id,
    ]);
    analyst = await signIn(DEMO.analystRlp);
    admin = await signIn(DEMO.admin);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function auditIds(action: string): Promise<string[]> {
    const response = await analyst.get<AuditPage>(`audit?action=${action}&limit=500`);
    expect(response.status).toBe(200);
    for (const item of response.body.items) expect(item.action).toBe(action);
    return response.body.items.map((item) => item.entityId);
  }

  const inspect = (token: string) =>
    anonymous().post<InvitationPreview & ApiErrorBody>('invitations/inspect', { token });
  const accept = (token: string, password = TEST_PASSWORD, displayName: string | undefined = 'Neue Person') =>
    anonymous().post<SessionInfo & ApiErrorBody>('invitations/accept', { token, password, displayName });

  describe('a state analyst invites a Kreis', () => {
    /** As the analyst typed it: the account keeps this form, the invitation and sign-in use the lower case. */
    const typed = 'Digital@Kreis-Neuwied.test.example';
    const email = typed.toLowerCase();
    let issued: IssuedInvitation;
    let token: string;
    let person: SessionClient;
    let personId: string;

    it('issues the invitation with a link, mails it, and lists it as pending', async () => {
      const response = await analyst.post<IssuedInvitation>('invitations', {
        email: typed,
        role: 'RESPONDENT',
        regionArs: '07138',
      });
      expect(response.status).toBe(201);
      issued = response.body;
      expect(issued).toMatchObject({
        email,
        role: 'RESPONDENT',
        regionArs: '07138',
        regionName: 'Landkreis Neuwied',
        status: 'pending',
        invitedBy: DEMO.analystRlp,
        acceptedAt: null,
        mailSent: true,
      });
      expect(issued.link).toMatch(/^http:\/\/localhost:\d+\/einladung\?token=[A-Za-z0-9_-]{43}$/);
      expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(13 * 86_400_000);
      token = tokenOf(issued.link);
      expect(await linkInMail(api, email, '/einladung?token=')).toBe(issued.link);
      expect(mailsIn(api.output()).find((mail) => mail.to === email)?.text).toContain(
        'mitzuarbeiten: Kommune für Landkreis Neuwied.',
      );

      const list = await analyst.get<Page<InvitationSummary>>('invitations?status=pending&limit=200');
      expect(list.body.items.find((item) => item.id === issued.id)).toMatchObject({ status: 'pending' });
      expect(JSON.stringify(list.body)).not.toContain('token');
    });

    it('shows the invitee what the link is for', async () => {
      const preview = await inspect(token);
      expect(preview.status).toBe(200);
      expect(preview.body).toEqual({
        email,
        role: 'RESPONDENT',
        regionName: 'Landkreis Neuwied',
        expiresAt: issued.expiresAt,
        accountExists: false,
      });
    });

    it('does not let the invitee sign in before accepting (same answer as an unknown email)', async () => {
      const invited = await anonymous().login(email, TEST_PASSWORD);
      const unknown = await anonymous().login('nobody@test.example', TEST_PASSWORD);
      expect(invited.status).toBe(401);
      expect(invited.body).toMatchObject({ code: 'INVALID_CREDENTIALS', message: (unknown.body as never)['message'] });
    });

    it('asks a new account for a display name and a password of at least 12 characters', async () => {
      const missing = await anonymous().post<ApiErrorBody>('invitations/accept', { token, password: 'short' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors?.map((error) => error.field).sort()).toEqual(['displayName', 'password']);
      expect((await inspect(token)).status).toBe(200); // a refused attempt leaves the link usable
    });

    it('accepts: sets the password, signs in, and the session holds exactly the one region', async () => {
      const accepted = await accept(token, TEST_PASSWORD, 'Kreisverwaltung Neuwied');
      expect(accepted.status).toBe(200);
      expect(accepted.body.user).toMatchObject({
        email: typed,
        displayName: 'Kreisverwaltung Neuwied',
        scopes: [{ role: 'RESPONDENT', regionArs: '07138', regionName: 'Landkreis Neuwied' }],
      });
      expect(accepted.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^dc_session=/));
      personId = accepted.body.user?.id as string;

      person = await signIn(email, TEST_PASSWORD);
      const session = await person.get<SessionInfo>('auth/session');
      expect(session.body.user?.id).toBe(personId);
      expect(session.body.user?.scopes).toEqual([
        { role: 'RESPONDENT', regionArs: '07138', regionName: 'Landkreis Neuwied' },
      ]);
    });

    it('the new respondent manages nobody: users, invitations and audit answer 403', async () => {
      for (const path of ['users', `users/${personId}`, 'invitations', 'audit', 'audit/export']) {
        expect((await person.get(path)).status).toBe(403);
      }
    });

    it('shows the analyst the new account as active and the invitation as accepted', async () => {
      const user = await analyst.get<UserSummary>(`users/${personId}`);
      expect(user.body).toMatchObject({ status: 'active', scopes: [{ role: 'RESPONDENT', regionArs: '07138' }] });
      const list = await analyst.get<Page<InvitationSummary>>('invitations?status=accepted&limit=200');
      const accepted = list.body.items.find((item) => item.id === issued.id);
      expect(accepted?.status).toBe('accepted');
      expect(Date.parse(accepted?.acceptedAt ?? '')).toBeGreaterThan(0);
    });

    it('a respondent of another Kreis cannot reach the new account, by API or by guessing ids', async () => {
      const other = await signIn(DEMO.mayenKoblenz);
      for (const id of [personId, randomUUID()]) {
        expect((await other.get(`users/${id}`)).status).toBe(403);
        expect((await other.patch(`users/${id}/status`, { status: 'disabled' })).status).toBe(403);
        expect((await other.post(`users/${id}/scopes`, { role: 'RESPONDENT', regionArs: '07137' })).status).toBe(403);
        expect((await other.delete(`users/${id}/scopes`, { role: 'RESPONDENT', regionArs: '07138' })).status).toBe(403);
      }
      for (const id of [issued.id, randomUUID()]) {
        expect((await other.post(`invitations/${id}/resend`)).status).toBe(403);
        expect((await other.post(`invitations/${id}/revoke`)).status).toBe(403);
      }
      expect((await other.get(`users?q=neuwied`)).status).toBe(403);
      expect((await other.get(`audit?regionArs=07138`)).status).toBe(403);
      // The new account is untouched.
      expect((await person.get<SessionInfo>('auth/session')).body.user?.id).toBe(personId);
      // An analyst guessing an id that does not exist learns nothing either.
      expect((await analyst.get(`users/${randomUUID()}`)).status).toBe(404);
    });

    it('refuses the used link with 410 INVITATION_USED', async () => {
      const preview = await inspect(token);
      expect(preview).toMatchObject({ status: 410, body: { code: 'INVITATION_USED' } });
      const again = await accept(token, 'another-password-1', 'Jemand');
      expect(again).toMatchObject({ status: 410, body: { code: 'INVITATION_USED' } });
      expect(again.headers.getSetCookie()).toEqual([]);
    });

    it('is in the audit log as invitation.created and invitation.accepted', async () => {
      expect(await auditIds('invitation.created')).toContain(issued.id);
      expect(await auditIds('invitation.accepted')).toContain(issued.id);
    });
  });

  describe('links that no longer work', () => {
    it('answers an unknown token with 404 INVITATION_INVALID', async () => {
      for (const token of ['A'.repeat(43), 'x']) {
        expect(await inspect(token)).toMatchObject({ status: 404, body: { code: 'INVITATION_INVALID' } });
        expect(await accept(token)).toMatchObject({ status: 404, body: { code: 'INVITATION_INVALID' } });
      }
    });

    it('answers a revoked invitation with 410 INVITATION_REVOKED; it cannot be resent', async () => {
      const { invitation, token } = await invite(analyst, 'revoked@test.example', 'RESPONDENT', '07131');
      const revoked = await analyst.post<InvitationSummary>(`invitations/${invitation.id}/revoke`);
      expect(revoked.status).toBe(200);
      expect(revoked.body.status).toBe('revoked');
      expect(await inspect(token)).toMatchObject({ status: 410, body: { code: 'INVITATION_REVOKED' } });
      expect(await accept(token)).toMatchObject({ status: 410, body: { code: 'INVITATION_REVOKED' } });
      expect((await analyst.post(`invitations/${invitation.id}/resend`)).status).toBe(409);
      expect(await auditIds('invitation.revoked')).toContain(invitation.id);
    });

    it('answers an expired invitation with 410 INVITATION_EXPIRED; a resend makes it usable again', async () => {
      const token = expired.token;
      expect(await inspect(token)).toMatchObject({ status: 410, body: { code: 'INVITATION_EXPIRED' } });
      expect(await accept(token)).toMatchObject({ status: 410, body: { code: 'INVITATION_EXPIRED' } });
      const list = await analyst.get<Page<InvitationSummary>>('invitations?status=expired&limit=200');
      expect(list.body.items.map((item) => item.id)).toContain(expired.invitation.id);

      const resent = await analyst.post<IssuedInvitation>(`invitations/${expired.invitation.id}/resend`);
      expect(resent.status).toBe(200);
      expect(resent.body.status).toBe('pending');
      expect(await inspect(token)).toMatchObject({ status: 404, body: { code: 'INVITATION_INVALID' } });
      expect((await inspect(tokenOf(resent.body.link))).status).toBe(200);
    });

    it('a resend issues a new link and the old one stops working (404)', async () => {
      const email = 'resend@test.example';
      const first = await invite(analyst, email, 'RESPONDENT', '07132');
      const resent = await analyst.post<IssuedInvitation>(`invitations/${first.invitation.id}/resend`);
      expect(resent.status).toBe(200);
      expect(resent.body).toMatchObject({ id: first.invitation.id, status: 'pending', mailSent: true });
      expect(resent.body.link).not.toBe(first.invitation.link);
      expect(await linkInMail(api, email, '/einladung?token=', 2)).toBe(resent.body.link);
      const mails = mailsIn(api.output()).filter((mail) => mail.to === email);
      expect(
        mails.map((mail) => mail.text.includes('mitzuarbeiten: Kommune für Landkreis Altenkirchen (Westerwald).')),
      ).toEqual([true, true]);

      expect(await inspect(first.token)).toMatchObject({ status: 404, body: { code: 'INVITATION_INVALID' } });
      expect(await accept(first.token)).toMatchObject({ status: 404, body: { code: 'INVITATION_INVALID' } });
      const accepted = await accept(tokenOf(resent.body.link));
      expect(accepted.status).toBe(200);
      expect(accepted.body.user?.scopes).toEqual([expect.objectContaining({ role: 'RESPONDENT', regionArs: '07132' })]);
      expect(await auditIds('invitation.resent')).toContain(first.invitation.id);
    });
  });

  describe('an invitation for an email that already has an account', () => {
    let invited: Invited;

    beforeAll(async () => {
      invited = await invite(analyst, DEMO.cochemZell, 'RESPONDENT', '07133');
    });

    it('says so, and refuses a wrong password with 401 without using the link', async () => {
      expect((await inspect(invited.token)).body).toMatchObject({ email: DEMO.cochemZell, accountExists: true });
      const wrong = await accept(invited.token, 'not-the-password', undefined);
      expect(wrong).toMatchObject({ status: 401, body: { code: 'INVALID_CREDENTIALS' } });
      expect(wrong.headers.getSetCookie()).toEqual([]);
      expect((await inspect(invited.token)).status).toBe(200);
      expect((await signIn(DEMO.cochemZell)).csrfToken).toBeTruthy(); // the old password still works
    });

    it('adds the scope with the account’s password and keeps its name', async () => {
      const accepted = await accept(invited.token, DEMO_PASSWORD, 'Anderer Name');
      expect(accepted.status).toBe(200);
      expect(accepted.body.user?.displayName).toBe('Demo Landkreis Cochem-Zell');
      expect(accepted.body.user?.scopes.map((s) => s.regionArs)).toEqual(['07133', '07135']);
      expect(await auditIds('invitation.accepted')).toContain(invited.invitation.id);
    });

    // Whoever holds an invitation link for an existing account must not be able to guess its password
    // without limit: the acceptance checks it like a sign-in (locked after 5 failures).
    it('locks guessing the existing account’s password through the acceptance like a sign-in', async () => {
      const { token } = await invite(analyst, DEMO.mayenKoblenz, 'RESPONDENT', '07134');
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await accept(token, `guess-number-${attempt}`)).status).toBe(401);
      }
      const sixth = await accept(token, DEMO_PASSWORD);
      expect(sixth).toMatchObject({ status: 429, body: { code: 'LOGIN_THROTTLED' } });
    });

    it('refuses to invite an account for a scope it already holds (409)', async () => {
      const again = await analyst.post('invitations', {
        email: DEMO.cochemZell,
        role: 'RESPONDENT',
        regionArs: '07135',
      });
      expect(again.status).toBe(409);
    });
  });

  describe('bulk invitations from CSV', () => {
    const listEmails = async () =>
      (await analyst.get<Page<InvitationSummary>>('invitations?limit=200')).body.items.map((item) => item.email);

    it('dry run: reports valid and invalid rows with line numbers and creates nothing', async () => {
      const csv = [
        'region;email',
        '07131;bulk.ok@test.example', // 2 valid
        '99999;bulk.badkey@test.example', // 3 not a Land
        '07199;bulk.nokreis@test.example', // 4 no such region
        '07132;not-an-email', // 5 bad email
        '07131;Bulk.OK@test.example', // 6 duplicate of line 2
        '06411;bulk.hessen@test.example', // 7 another Land
        '07;bulk.land@test.example', // 8 a Land key for a RESPONDENT
        '7133;bulk.zero@test.example', // 9 valid: the leading zero Excel drops is restored
      ].join('\n');
      const response = await analyst.post<BulkInvitationReport>('invitations/bulk', {
        csv,
        role: 'RESPONDENT',
        dryRun: true,
      });
      expect(response.status).toBe(200);
      const report = response.body;
      expect(report.dryRun).toBe(true);
      expect(report.created).toEqual([]);
      expect(report.valid).toEqual([
        { line: 2, regionArs: '07131', regionName: 'Landkreis Ahrweiler', email: 'bulk.ok@test.example' },
        { line: 9, regionArs: '07133', regionName: 'Landkreis Bad Kreuznach', email: 'bulk.zero@test.example' },
      ]);
      expect(report.invalid.map((row) => [row.line, row.regionArs, row.email])).toEqual([
        [3, '99999', 'bulk.badkey@test.example'],
        [4, '07199', 'bulk.nokreis@test.example'],
        [5, '07132', 'not-an-email'],
        [6, '07131', 'Bulk.OK@test.example'],
        [7, '06411', 'bulk.hessen@test.example'],
        [8, '07', 'bulk.land@test.example'],
      ]);
      // Every problem is named in words of its own (the texts are the dashboard's; only their gist is checked).
      const messages = report.invalid.map((row) => row.message);
      for (const message of messages) expect(message.length).toBeGreaterThan(10);
      expect(new Set(messages).size).toBe(messages.length);
      expect(messages[0]).toContain('99999');
      expect(messages[2]).toContain('not-an-email');
      expect(await listEmails()).not.toContain('bulk.ok@test.example');
    });

    it('a file with one bad row creates nothing', async () => {
      const csv = 'ags,email\n07140,bulk.a@test.example\n07141,bulk.b@test.example\n06411,bulk.c@test.example\n';
      const response = await analyst.post<BulkInvitationReport>('invitations/bulk', { csv, role: 'RESPONDENT' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ dryRun: false, created: [] });
      expect(response.body.valid).toHaveLength(2);
      expect(response.body.invalid).toEqual([expect.objectContaining({ line: 4, regionArs: '06411' })]);
      const emails = await listEmails();
      expect(emails).not.toContain('bulk.a@test.example');
      expect(emails).not.toContain('bulk.b@test.example');
    });

    it('a clean file creates every invitation and returns the links', async () => {
      const csv = '\uFEFFE-Mail;Regionalschlüssel\r\nbulk.a@test.example;07140\r\nbulk.b@test.example;07141\r\n';
      const response = await analyst.post<BulkInvitationReport>('invitations/bulk', { csv, role: 'RESPONDENT' });
      expect(response.status).toBe(200);
      const { created, invalid } = response.body;
      expect(invalid).toEqual([]);
      expect(created.map((row) => [row.email, row.regionArs, row.status])).toEqual([
        ['bulk.a@test.example', '07140', 'pending'],
        ['bulk.b@test.example', '07141', 'pending'],
      ]);
      for (const row of created) {
        expect(row.mailSent).toBe(true);
        expect((await inspect(tokenOf(row.link))).body).toMatchObject({ email: row.email, accountExists: false });
      }
      expect(await listEmails()).toEqual(expect.arrayContaining(['bulk.a@test.example', 'bulk.b@test.example']));
      expect(await auditIds('invitation.created')).toEqual(expect.arrayContaining(created.map((row) => row.id)));
      await linkInMail(api, 'bulk.b@test.example', '/einladung?token=');
      expect(mailsIn(api.output()).map((mail) => mail.to)).toEqual(
        expect.arrayContaining(['bulk.a@test.example', 'bulk.b@test.example']),
      );
    });

    // A row whose email already holds the scope is named with its line (not a bare 409 for the whole file).
    it('reports a row whose account already holds the scope, with its line number', async () => {
      const csv = `region;email\n07135;${DEMO.cochemZell}\n07131;bulk.fresh@test.example\n`;
      const dryRun = await analyst.post<BulkInvitationReport>('invitations/bulk', {
        csv,
        role: 'RESPONDENT',
        dryRun: true,
      });
      expect(dryRun.body.invalid).toEqual([expect.objectContaining({ line: 2, email: DEMO.cochemZell })]);
      const run = await analyst.post<BulkInvitationReport>('invitations/bulk', { csv, role: 'RESPONDENT' });
      expect(run.status).toBe(200);
      expect(run.body).toMatchObject({ created: [], invalid: [expect.objectContaining({ line: 2 })] });
    });

    it('refuses dryRun: null with 400 on the field dryRun instead of taking it for a real run', async () => {
      const csv = 'ags,email\n07140,bulk.null@test.example\n';
      const response = await analyst.post<ApiErrorBody>('invitations/bulk', { csv, role: 'RESPONDENT', dryRun: null });
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.field)).toEqual(['dryRun']);
      expect(await listEmails()).not.toContain('bulk.null@test.example');
    });

    it('refuses a file without the header columns with 400 on the field csv', async () => {
      const response = await analyst.post<ApiErrorBody>('invitations/bulk', {
        csv: '07140;x@test.example\n',
        role: 'RESPONDENT',
      });
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.field)).toEqual(['csv']);
    });

    it('lets the admin invite state analysts in bulk by Land key', async () => {
      const response = await admin.post<BulkInvitationReport>('invitations/bulk', {
        csv: 'region;email\n06;bulk.analyst.he@test.example\n07137;bulk.analyst.kreis@test.example\n',
        role: 'STATE_ANALYST',
        dryRun: true,
      });
      expect(response.body.valid.map((row) => row.regionArs)).toEqual(['06']);
      expect(response.body.invalid).toEqual([expect.objectContaining({ line: 3, regionArs: '07137' })]);
    });
  });
});
