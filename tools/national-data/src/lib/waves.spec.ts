import { createHash } from 'node:crypto';
import { DIGITALE_KOMMUNE_V1, scoreResponse, validateAnswers } from '@digitalcheck/shared-scoring';
import { buildReferenceRegions } from '@digitalcheck/api-regions';
import { planGemeinden } from './gemeinden';
import { buildWave, nameUuid, participationOf, type WaveRegion } from './waves';

const KREISE = buildReferenceRegions().filter((r) => r.level === 'KREIS' && r.validTo === null);
const GEMEINDEN = planGemeinden(
  'national-1',
  KREISE.map((k) => ({ ars: k.ars, name: k.name, kind: k.kind, population: k.population })),
  1_500,
);
const REGIONS: WaveRegion[] = [
  ...KREISE.map((k) => ({ ars: k.ars, level: 'KREIS', kind: k.kind, population: k.population })),
  ...GEMEINDEN.map((g) => ({ ars: g.ars, level: 'GEMEINDE', kind: g.kind, population: g.population })),
];

describe('buildWave', () => {
  const wave = buildWave('national-1', DIGITALE_KOMMUNE_V1, REGIONS, 2024, '');

  it('is deterministic: the same seed gives identical rows, ids included', () => {
    // Compared as digests: toEqual on arrays of 100,000 strings takes seconds.
    const digest = (rows: unknown) => createHash('sha1').update(JSON.stringify(rows)).digest('hex');
    expect(digest(buildWave('national-1', DIGITALE_KOMMUNE_V1, REGIONS, 2024, ''))).toBe(digest(wave));
    expect(buildWave('national-2', DIGITALE_KOMMUNE_V1, REGIONS, 2024, '').responses.id).not.toEqual(wave.responses.id);
  });

  it('invites every region; participation lies within 6 points of the rate of its level and is never 100 %', () => {
    expect(wave.regions).toHaveLength(REGIONS.length);
    for (const [level, members] of [
      ['KREIS', KREISE.length],
      ['GEMEINDE', GEMEINDEN.length],
    ] as const) {
      const keyLength = level === 'KREIS' ? 5 : 12;
      const complete = wave.responses.regionArs.filter(
        (ars, i) => ars.length === keyLength && wave.responses.status[i] !== 'draft',
      ).length;
      const share = complete / members;
      expect(Math.abs(share - participationOf(level, 2024).complete)).toBeLessThanOrEqual(0.06);
      expect(share).toBeLessThan(1);
    }
    expect(wave.counts.complete + wave.counts.draft + wave.counts.notStarted).toBe(REGIONS.length);
    expect(wave.counts.notStarted).toBeGreaterThan(0);
  });

  it('stores scores as a submit would: scoreResponse of the answers with the region population', () => {
    const population = new Map(REGIONS.map((r) => [r.ars, r.population]));
    for (let i = 0; i < wave.responses.id.length; i += 97) {
      const id = wave.responses.id[i];
      const answers = Object.fromEntries(
        wave.answers.code
          .map((code, j) => [code, j] as const)
          .filter(([, j]) => wave.answers.responseId[j] === id)
          .map(([code, j]) => [code, JSON.parse(wave.answers.value[j])]),
      );
      const status = wave.responses.status[i];
      if (status === 'draft') {
        expect(wave.responses.score[i]).toBeNull();
        continue;
      }
      expect(validateAnswers(DIGITALE_KOMMUNE_V1, answers, { forSubmit: true }).errors).toEqual({});
      const expected = scoreResponse(DIGITALE_KOMMUNE_V1, answers, {
        referencePopulation: population.get(wave.responses.regionArs[i]) ?? undefined,
      });
      expect(JSON.parse(wave.responses.score[i] as string)).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it('keeps every time inside the wave period', () => {
    const { startsAt, endsAt } = wave.wave;
    const outside = [...wave.responses.createdAt, ...wave.answers.savedAt].filter((t) => t < startsAt || t > endsAt);
    expect(outside).toEqual([]);
  });
});

describe('nameUuid', () => {
  it('gives stable UUIDs', () => {
    expect(nameUuid('a', 1)).toBe(nameUuid('a', 1));
    expect(nameUuid('a', 1)).not.toBe(nameUuid('a', 2));
    expect(nameUuid('a', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
