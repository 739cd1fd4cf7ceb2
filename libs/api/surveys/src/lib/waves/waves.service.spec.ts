import { AuditEvent } from '@digitalcheck/api-audit';
import { ApiValidationException } from '@digitalcheck/api-platform';
import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DATABASE_KIND, openSurveyFixture, type SurveyFixture } from '../testing/survey-fixture';
import type { SignedInActor } from './waves.service';

const MYK = '07137';
const COC = '07135';
const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe(`WavesService (${DATABASE_KIND})`, () => {
  let f: SurveyFixture;
  let admin: SignedInActor;
  let analyst: SignedInActor;
  let otherAnalyst: SignedInActor;
  let anna: SignedInActor;
  let carla: SignedInActor;
  const base = {
    title: 'Welle',
    questionnaireId: DIGITALE_KOMMUNE_V1.id,
    questionnaireVersion: 1,
    startsAt: later(-1),
    endsAt: later(30),
  };

  beforeAll(async () => {
    f = await openSurveyFixture();
    admin = await f.person('Ada Admin', { role: 'ADMIN', regionArs: '' });
    analyst = await f.person('Rita Land', { role: 'STATE_ANALYST', regionArs: '07' });
    otherAnalyst = await f.person('Bert BW', { role: 'STATE_ANALYST', regionArs: '08' });
    anna = await f.person('Anna Kreis', { role: 'RESPONDENT', regionArs: MYK });
    carla = await f.person('Carla Cochem', { role: 'RESPONDENT', regionArs: COC });
  }, 120_000);

  afterAll(() => f?.close());

  it('opens a wave for all Kreise of a Land by selector, plus explicit keys', async () => {
    const wave = await f.waves.create(analyst, { ...base, selectors: [{ landArs: '07', level: 'KREIS' }] });
    expect(wave).toMatchObject({ landArs: '07', status: 'open', invited: 36, manageable: true });
    expect(wave.regions).toContainEqual({ ars: MYK, name: 'Mayen-Koblenz' });
    const events = await f.dataSource.manager.find(AuditEvent, {
      where: { action: 'wave.created', entityId: wave.id },
    });
    expect(events[0]).toMatchObject({ regionArs: '07', actorId: analyst.principal.userId });
  });

  it('refuses unknown regions, Länder, unpublished versions, and other Länder (403)', async () => {
    const invalid = await rejection(
      f.waves.create(analyst, { ...base, regionArs: [MYK, '07999', '07'.padEnd(5, '0')] }),
    );
    expect((invalid as ApiValidationException).fieldErrors.map((e) => [e.field, e.code])).toEqual([
      ['regionArs.1', 'unknownRegion'],
      ['regionArs.2', 'unknownRegion'],
    ]);
    const unpublished = await rejection(
      f.waves.create(analyst, { ...base, questionnaireVersion: 9, regionArs: [MYK] }),
    );
    expect((unpublished as ApiValidationException).fieldErrors[0]).toMatchObject({ code: 'notPublished' });
    expect(await rejection(f.waves.create(analyst, { ...base, regionArs: ['08111'] }))).toBeInstanceOf(
      ForbiddenException,
    );
    const noRegions = await rejection(f.waves.create(analyst, { ...base }));
    expect((noRegions as ApiValidationException).fieldErrors[0]).toMatchObject({ code: 'noRegions' });
    const period = await rejection(f.waves.create(analyst, { ...base, regionArs: [MYK], endsAt: base.startsAt }));
    expect((period as ApiValidationException).fieldErrors[0]).toMatchObject({ field: 'endsAt' });
    // Admins may span Länder; such a wave is theirs alone to manage.
    const both = await f.waves.create(admin, { ...base, regionArs: [MYK, '08111'] });
    expect(both.landArs).toBe('');
    expect(await rejection(f.waves.close(analyst, both.id))).toBeInstanceOf(ForbiddenException);
  });

  it('lists waves by scope: respondents only waves inviting their region', async () => {
    const onlyCochem = await f.waves.create(analyst, { ...base, title: 'Nur Cochem', regionArs: [COC] });
    const annaWaves = await f.waves.list(anna.principal);
    expect(annaWaves.map((w) => w.id)).not.toContain(onlyCochem.id);
    expect(annaWaves.every((w) => w.myRegions.includes(MYK) && !w.manageable)).toBe(true);
    expect((await f.waves.list(carla.principal)).map((w) => w.id)).toContain(onlyCochem.id);
    expect((await f.waves.list(analyst.principal)).map((w) => w.id)).toContain(onlyCochem.id);
    expect((await f.waves.list(otherAnalyst.principal)).map((w) => w.id)).not.toContain(onlyCochem.id);
    expect(await rejection(f.waves.get(anna.principal, onlyCochem.id))).toBeInstanceOf(NotFoundException);
    expect(await rejection(f.waves.get(otherAnalyst.principal, onlyCochem.id))).toBeInstanceOf(NotFoundException);
    // A respondent sees only their own invited regions of a wave.
    const shared = await f.waves.create(analyst, { ...base, regionArs: [MYK, COC] });
    expect((await f.waves.get(anna.principal, shared.id)).regions.map((r) => r.ars)).toEqual([MYK]);
  });

  it('is editable until its start; then only close and extend', async () => {
    const wave = await f.waves.create(analyst, { ...base, regionArs: [MYK], startsAt: later(1), endsAt: later(20) });
    expect(wave.status).toBe('scheduled');
    const edited = await f.waves.update(analyst, wave.id, { title: 'Neu', regionArs: [MYK, COC] });
    expect(edited).toMatchObject({ title: 'Neu', invited: 2 });
    expect(await rejection(f.waves.update(anna, wave.id, { title: 'x' }))).toBeInstanceOf(ForbiddenException);
    expect(await rejection(f.waves.update(otherAnalyst, wave.id, { title: 'x' }))).toBeInstanceOf(NotFoundException);

    const running = await f.waves.create(analyst, { ...base, regionArs: [MYK] });
    expect(await rejection(f.waves.update(analyst, running.id, { title: 'x' }))).toMatchObject({
      code: 'WAVE_STARTED',
    });
    const extended = await f.waves.extend(analyst, running.id, later(60));
    expect(new Date(extended.endsAt).getTime()).toBeGreaterThan(Date.now() + 59 * DAY);
    const earlier = await rejection(f.waves.extend(analyst, running.id, later(10)));
    expect((earlier as ApiValidationException).fieldErrors[0]).toMatchObject({ code: 'notLater' });
    const closed = await f.waves.close(analyst, running.id);
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(await rejection(f.waves.extend(analyst, running.id, later(90)))).toMatchObject({ code: 'WAVE_CLOSED' });
    const actions = (
      await f.dataSource.manager.find(AuditEvent, { where: { entityId: running.id }, order: { id: 'ASC' } })
    ).map((e) => e.action);
    expect(actions).toEqual(['wave.created', 'wave.extended', 'wave.closed']);
  });

  it('reports participation as n von N with the regions to remind', async () => {
    const wave = await f.waves.create(analyst, { ...base, regionArs: [MYK, COC, '07131'] });
    const myk = await f.responses.open(anna, wave.id, MYK);
    await f.responses.open(carla, wave.id, COC); // opened, nothing saved: not started
    for (const [code, value] of Object.entries({
      S1: '071370000000',
      S2: 'landkreis',
      S3: { value: 214_000, referenceDate: '2024-12-31' },
      S4: 'digitalbeauftragte',
      A1: 'b',
    })) {
      await f.responses.saveAnswer(anna, myk.id, code, { value, baseVersion: 0, operationId: randomUUID() });
    }
    await f.responses.submit(anna, myk.id);
    const participation = await f.waves.participation(analyst.principal, wave.id);
    expect(participation).toMatchObject({ invited: 3, started: 1, submitted: 1 });
    expect(participation.notStarted).toEqual(['07131', COC]);
    expect(participation.notSubmitted).toEqual(['07131', COC]);
    expect(participation.regions.find((r) => r.ars === MYK)).toMatchObject({
      state: 'submitted',
      responseId: myk.id,
      answered: 5,
    });
    expect(await rejection(f.waves.participation(anna.principal, wave.id))).toBeInstanceOf(ForbiddenException);
    expect(await rejection(f.waves.participation(otherAnalyst.principal, wave.id))).toBeInstanceOf(NotFoundException);
  });
});
