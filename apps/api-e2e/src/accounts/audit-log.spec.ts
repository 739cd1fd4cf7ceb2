import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, AuditEntry, AuditPage } from '@digitalcheck/shared-contracts';
import type { RunningApi } from '../support/running-api';
import {
  DEMO,
  DEMO_PASSWORD,
  invite,
  inviteAndAccept,
  startAccountsApi,
  TEST_PASSWORD,
} from './support/accounts-fixtures';
import { SessionClient } from './support/session-client';

const CSV_HEADER = 'Zeitpunkt;Aktion;Person;Objektart;Objekt;Region;Details;Anfrage-ID';

/** Splits one line of the export into cells (`;`-separated, `"` quotes with `""` inside). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** The audit log: filters, paging, validation, the CSV export and its own audit trail. */
describe(`accounts: audit log (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let admin: SessionClient;
  let analyst: SessionClient;
  let startedAt: string;
  /** Invitations the RLP analyst created in beforeAll, oldest first. */
  const invitationIds: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startAccountsApi(database.url);
    admin = await SessionClient.signIn(api.baseUrl, DEMO.admin, DEMO_PASSWORD);
    analyst = await SessionClient.signIn(api.baseUrl, DEMO.analystRlp, DEMO_PASSWORD);
    startedAt = new Date(Date.now() - 1_000).toISOString();
    for (const [index, ars] of ['07131', '07132', '07133', '07134', '07140'].entries()) {
      invitationIds.push((await invite(analyst, `audit${index}@test.example`, 'RESPONDENT', ars)).invitation.id);
    }
    await invite(admin, 'audit.he@test.example', 'RESPONDENT', '06411');
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const page = (client: SessionClient, query: string) => client.get<AuditPage>(`audit?${query}`);

  describe('filters', () => {
    it('by action', async () => {
      const response = await page(analyst, 'action=invitation.created');
      expect(response.status).toBe(200);
      expect(response.body.items.map((item) => item.action)).toEqual(Array(5).fill('invitation.created'));
      expect(response.body.items.map((item) => item.entityId)).toEqual([...invitationIds].reverse());
      expect(response.body.nextBefore).toBeNull();
      const entry = response.body.items[0];
      expect(entry).toMatchObject({
        actorEmail: DEMO.analystRlp,
        entityType: 'invitation',
        regionArs: '07140',
        details: { email: 'audit4@test.example', role: 'RESPONDENT' },
      });
      expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(entry.occurredAt)).toBeGreaterThan(Date.parse(startedAt));
    });

    it('by region key prefix: a Land, a Kreis', async () => {
      const land = await page(admin, 'regionArs=07&limit=500');
      expect(land.body.items.length).toBeGreaterThanOrEqual(5);
      for (const item of land.body.items) expect(item.regionArs).toMatch(/^07/);
      const kreis = await page(admin, 'regionArs=07140');
      // The invitation and the new (invited) account it created, both on the Kreis.
      expect(kreis.body.items.map((item) => [item.action, item.entityType])).toEqual([
        ['invitation.created', 'invitation'],
        ['user.created', 'user'],
      ]);
      expect(kreis.body.items[0].entityId).toBe(invitationIds[4]);
      const hessen = await page(admin, 'regionArs=06');
      expect(hessen.body.items.map((item) => [item.action, item.details['email']])).toEqual([
        ['invitation.created', 'audit.he@test.example'],
        ['user.created', 'audit.he@test.example'],
      ]);
    });

    it('by actor email, in any case', async () => {
      const response = await page(admin, `actorEmail=${encodeURIComponent('ANALYSE.RLP@demo.example')}&limit=500`);
      expect(response.body.items.length).toBeGreaterThanOrEqual(6); // the sign-in and five invitations
      for (const item of response.body.items) expect(item.actorEmail).toBe(DEMO.analystRlp);
      expect(response.body.items.map((item) => item.action)).toContain('auth.login');
      const nobody = await page(admin, 'actorEmail=nobody%40test.example');
      expect(nobody.body).toEqual({ items: [], nextBefore: null });
    });

    it('by time: from is inclusive, to exclusive, dates or timestamps', async () => {
      const later = new Date(Date.now() + 60_000).toISOString();
      const inWindow = await page(analyst, `action=invitation.created&from=${startedAt}&to=${later}`);
      expect(inWindow.body.items).toHaveLength(5);
      expect((await page(analyst, `action=invitation.created&from=${later}`)).body.items).toEqual([]);
      expect((await page(analyst, `action=invitation.created&to=${startedAt}`)).body.items).toEqual([]);
      const first = (await page(analyst, 'action=invitation.created')).body.items.at(-1) as AuditEntry;
      const exactly = await page(analyst, `action=invitation.created&from=${first.occurredAt}`);
      expect(exactly.body.items.map((item) => item.id)).toContain(first.id);
      const upTo = await page(analyst, `action=invitation.created&to=${first.occurredAt}`);
      expect(upTo.body.items.map((item) => item.id)).not.toContain(first.id);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      expect((await page(analyst, `action=invitation.created&to=${tomorrow}`)).body.items).toHaveLength(5);
      expect((await page(analyst, `action=invitation.created&from=${tomorrow}`)).body.items).toEqual([]);
    });

    it('pages with before/nextBefore: newest first, no entry twice, none left out', async () => {
      const all = (await page(admin, 'limit=500')).body.items.map((item) => item.id);
      expect(all.length).toBeGreaterThan(6);
      const seen: string[] = [];
      let before: string | null = null;
      let pages = 0;
      do {
        const response: Awaited<ReturnType<typeof page>> = await page(
          admin,
          `limit=3${before ? `&before=${before}` : ''}`,
        );
        expect(response.status).toBe(200);
        expect(response.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...response.body.items.map((item) => item.id));
        before = response.body.nextBefore;
        if (before) expect(before).toBe(response.body.items.at(-1)?.id);
        pages++;
      } while (before && pages < 100);
      expect(seen).toEqual(all);
      const numeric = seen.map(Number);
      expect(numeric).toEqual([...numeric].sort((a, b) => b - a));
    });

    it('combines filters with paging', async () => {
      const first = await page(analyst, 'action=invitation.created&regionArs=07&limit=2');
      expect(first.body.items.map((item) => item.entityId)).toEqual([invitationIds[4], invitationIds[3]]);
      const second = await page(
        analyst,
        `action=invitation.created&regionArs=07&limit=2&before=${first.body.nextBefore}`,
      );
      expect(second.body.items.map((item) => item.entityId)).toEqual([invitationIds[2], invitationIds[1]]);
      const third = await page(
        analyst,
        `action=invitation.created&regionArs=07&limit=2&before=${second.body.nextBefore}`,
      );
      expect(third.body.items.map((item) => item.entityId)).toEqual([invitationIds[0]]);
      expect(third.body.nextBefore).toBeNull();
    });
  });

  describe('bad input', () => {
    it.each([
      ['from=not-a-date', 'from'],
      ['to=2025-13-45', 'to'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['before=abc', 'before'],
      ['regionArs=7', 'regionArs'],
      ['regionArs=07%25', 'regionArs'],
      ['action=DROP%20TABLE', 'action'],
    ])('%s → 400 naming %s', async (query, field) => {
      for (const path of ['audit', 'audit/export']) {
        const response = await admin.get<ApiErrorBody>(`${path}?${query}`);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.errors?.map((error) => error.field)).toContain(field);
      }
    });
  });

  describe('CSV export', () => {
    it('is a ;-separated UTF-8 file with BOM, CRLF, the German header and one line per entry', async () => {
      const response = await analyst.get<string>('audit/export?action=invitation.created');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="protokoll-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      // fetch's text() drops a leading BOM; the raw bytes keep it.
      const raw = new Uint8Array(
        await (
          await fetch(`${api.baseUrl}/api/v1/audit/export?action=invitation.created`, {
            headers: { Cookie: `dc_session=${analyst.cookie('dc_session')}` },
          })
        ).arrayBuffer(),
      );
      expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
      expect(text.startsWith(`\uFEFF${CSV_HEADER}\r\n`)).toBe(true);
      const lines = text.slice(1).split('\r\n');
      expect(lines.at(-1)).toBe('');
      const rows = lines.slice(1, -1).map(csvCells);
      expect(rows).toHaveLength(5);
      for (const row of rows) expect(row).toHaveLength(8);
      expect(rows.map((row) => row[4])).toEqual([...invitationIds].reverse());
      const [occurredAt, action, person, entityType, , region, details, requestId] = rows[0];
      expect(Date.parse(occurredAt)).toBeGreaterThan(0);
      expect([action, person, entityType, region]).toEqual([
        'invitation.created',
        DEMO.analystRlp,
        'invitation',
        '07140',
      ]);
      expect(JSON.parse(details)).toEqual({ email: 'audit4@test.example', role: 'RESPONDENT' });
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('neutralises cells a spreadsheet would run as a formula', async () => {
      for (const [email, region] of [
        ['=cmd@test.example', '07141'],
        ['-cmd@test.example', '07143'],
        ['+cmd@test.example', '07138'],
      ]) {
        // The invitee is the actor of invitation.accepted, so the email lands in the Person column.
        await inviteAndAccept(analyst, email, 'RESPONDENT', region, TEST_PASSWORD);
      }
      const response = await analyst.get<string>('audit/export?action=invitation.accepted');
      expect(response.status).toBe(200);
      const rows = response.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(1, -1)
        .map(csvCells);
      const people = rows.map((row) => row[2]);
      expect(people).toEqual(
        expect.arrayContaining(["'=cmd@test.example", "'-cmd@test.example", "'+cmd@test.example"]),
      );
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });

    it('is itself audited (audit.exported, with the filters and the row count)', async () => {
      const exported = await analyst.get<string>('audit/export?action=invitation.created&regionArs=07');
      expect(exported.status).toBe(200);
      const rows = exported.body.replace(/^\uFEFF/, '').split('\r\n').length - 2; // header, final CRLF
      expect(rows).toBe(8); // five invitations of beforeAll, three of the formula test
      const events = await page(admin, 'action=audit.exported');
      expect(events.body.items.length).toBeGreaterThanOrEqual(3);
      expect(events.body.items[0]).toMatchObject({
        actorEmail: DEMO.analystRlp,
        entityType: 'audit_event',
        details: { filters: { action: 'invitation.created', regionArs: '07' }, rows },
      });
    });

    it('gives an analyst only their Länder’s entries', async () => {
      const response = await analyst.get<string>('audit/export');
      const rows = response.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(1, -1)
        .map(csvCells);
      expect(rows.length).toBeGreaterThan(5);
      for (const row of rows) expect(row[5]).toMatch(/^07/);
      expect(response.body).not.toContain('audit.he@test.example');
    });
  });
});
