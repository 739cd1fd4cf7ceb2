import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, QuestionnaireSummary } from '@digitalcheck/shared-contracts';
import { RunningApi, runApi, startApi } from '../support/running-api';
import { BROKEN, defaultDefinition, writeDefinition } from './definition-files';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';

const ID = 'digitale-kommune';

describe(`questionnaires (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dir: string;
  let url: string;
  let api: RunningApi;
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'dc-questionnaires-'));
    url = database.location.kind === 'postgres' ? database.url : `pglite://${join(dir, 'db')}`;
    for (const [name, broken] of Object.entries(BROKEN)) {
      const definition = defaultDefinition();
      broken.change(definition);
      const run = await runApi(['questionnaires:import', writeDefinition(dir, name, definition)], {
        DATABASE_URL: url,
      });
      outputs[name] = `${run.code}\n${run.stdout}${run.stderr}`;
    }
    const v2 = defaultDefinition();
    v2.sections[1].questions[0]['text'] = 'Gibt es eine beschlossene Digitalisierungsstrategie?';
    const file = writeDefinition(dir, 'v2', v2);
    outputs['v2'] = (await runApi(['questionnaires:import', file], { DATABASE_URL: url })).stdout;
    outputs['again'] = (await runApi(['questionnaires:import', file], { DATABASE_URL: url })).stdout;
    outputs['publish'] = (await runApi(['questionnaires:publish', ID, '2'], { DATABASE_URL: url })).stdout;
    outputs['republish'] = (await runApi(['questionnaires:publish', ID, '2'], { DATABASE_URL: url })).stdout;
    v2['title'] = 'Geändert nach Veröffentlichung';
    v2['version'] = 2;
    outputs['over'] = (
      await runApi(['questionnaires:import', writeDefinition(dir, 'over', v2)], { DATABASE_URL: url })
    ).stdout;
    api = await startApi({ DATABASE_URL: url });
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });

  it.each(Object.keys(BROKEN))('refuses a definition with %s, naming the path, and writes nothing', (name) => {
    expect(outputs[name]).toMatch(/^1\n/);
    expect(outputs[name]).toMatch(BROKEN[name].line);
    expect(outputs[name]).toContain('nothing was imported');
  });

  it('imports a changed definition as draft v2, publishes it once, never changes it afterwards', () => {
    expect(outputs['v2']).toBe(`${ID} v2: imported as draft\n`);
    expect(outputs['again']).toBe(`${ID} v2: unchanged\n`);
    expect(outputs['publish']).toBe(`${ID} v2: published\n`);
    expect(outputs['republish']).toBe(`${ID} v2: already published; nothing changed\n`);
    expect(outputs['over']).toBe(`${ID} v3: imported as draft\n`);
  });

  it('lists the default questionnaire as published v1 with 56 questions, then the imports', async () => {
    const list = (await (await fetch(`${api.baseUrl}/api/v1/questionnaires`)).json()) as QuestionnaireSummary[];
    expect(list).toHaveLength(1);
    expect(list[0].versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'published'],
      [2, 'published'],
      [3, 'draft'],
    ]);
    const v1 = await (await fetch(`${api.baseUrl}/api/v1/questionnaires/${ID}/versions/1`)).json();
    expect(v1).toMatchObject({ questionnaireId: ID, version: 1, status: 'published' });
    const questions = v1.definition.sections.reduce(
      (n: number, s: { questions: unknown[] }) => n + s.questions.length,
      0,
    );
    expect(questions).toBe(56);
    const v2 = await (await fetch(`${api.baseUrl}/api/v1/questionnaires/${ID}/versions/2`)).json();
    expect(v2.title).toBe(v1.title);
  });

  it('exports a version as a JSON download', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/questionnaires/${ID}/versions/1/export`);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${ID}-v1.json"`);
    expect((await response.json()).id).toBe(ID);
  });

  it('diffs v1 and v2: the changed question is listed', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/questionnaires/${ID}/diff?from=1&to=2`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(JSON.stringify(body.diff)).toContain('A1');
    expect(Array.isArray(body.comparableQuestions)).toBe(true);
  });

  it('scores the worked example as docs/SCORING.md does', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/questionnaires/${ID}/versions/1/score-preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: VERBANDSGEMEINDE_EXAMPLE }),
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.validation).toMatchObject({ ok: true });
    expect(body.score.index.score).toBeCloseTo(55.37, 2);
    const ver = body.score.fields.find((field: { section: string }) => field.section === 'VER');
    expect(ver.score).toBeCloseTo(41.67, 2);
  });

  it('answers 400 with field errors for a bad body and 404 for an unknown version', async () => {
    const bad = await fetch(`${api.baseUrl}/api/v1/questionnaires/${ID}/versions/1/score-preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: 'none', referencePopulation: -1 }),
    });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as ApiErrorBody).errors?.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['answers', 'referencePopulation']));
    const missing = await fetch(`${api.baseUrl}/api/v1/questionnaires/${ID}/versions/9/score-preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: {} }),
    });
    expect(missing.status).toBe(404);
  });
});
