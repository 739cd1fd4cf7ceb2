import { EmbeddedPostgres } from '@digitalcheck/api-database';
import type { RegionLevel } from '@digitalcheck/shared-contracts';
import { sizeClassOf } from '@digitalcheck/shared-regions';
import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import {
  answerExpansionSql,
  fieldsOf,
  groupLabel,
  kpiTiles,
  participation,
  shareOf,
  sizeClassCodes,
  sizeClassSql,
} from './analytics-model';

describe('analytics model', () => {
  it('says "n von N"', () => {
    expect(participation(146, 83)).toEqual({ invited: 146, submitted: 83, share: 83 / 146, label: '83 von 146' });
    expect(participation(0, 0)).toEqual({ invited: 0, submitted: 0, share: null, label: '0 von 0' });
  });

  it('gives shares with n and base and withholds them below the threshold', () => {
    expect(shareOf(83, 146, 3)).toEqual({ n: 83, base: 146, share: 83 / 146, suppressed: false });
    expect(shareOf(1, 2, 3)).toEqual({ n: null, base: 2, share: null, suppressed: true });
    expect(shareOf(0, 0, 3)).toEqual({ n: 0, base: 0, share: null, suppressed: false });
    expect(shareOf(2, 4, 5)).toMatchObject({ share: null, suppressed: true });
  });

  it('builds KPI tiles for every indicator, obstacles per H1 row with the row label, highest share first', () => {
    const { kpis, obstacles } = kpiTiles(
      DIGITALE_KOMMUNE_V1,
      [
        { code: 'ohneStrategie', row: null, n: 83, base: 146 },
        { code: 'grossesHemmnis', row: 'b', n: 90, base: 140 },
        { code: 'grossesHemmnis', row: 'c', n: 100, base: 140 },
      ],
      3,
    );
    expect(kpis).toEqual([
      expect.objectContaining({ code: 'ohneStrategie', row: null, label: 'ohne Digitalstrategie', n: 83, base: 146 }),
    ]);
    expect(Math.round((kpis[0].share as number) * 100)).toBe(57);
    expect(kpis[0].rule).toContain('A1 ∈ {d, e} (d „für die Zukunft geplant“, e „derzeit kein Thema“)');
    expect(obstacles.map((tile) => tile.row)).toEqual(['c', 'b', 'a', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
    expect(obstacles[0]).toMatchObject({ label: 'großes Hemmnis: zu wenig Personal', n: 100, base: 140 });
    expect(obstacles[2]).toMatchObject({ row: 'a', n: 0, base: 0, share: null, suppressed: false });
  });

  it('lists the fields of the questionnaire in order', () => {
    const fields = fieldsOf(DIGITALE_KOMMUNE_V1);
    expect(fields[0]).toEqual({ section: 'A', title: 'Strategie & Steuerung' });
    expect(fields.map((field) => field.section)).toContain('VER');
  });

  it('names size classes and split groups', () => {
    expect(sizeClassCodes()).toEqual(
      expect.arrayContaining(['lt100k', '100k-150k', 'ge500k', 'lt10k', '20k-50k', 'ge50k']),
    );
    expect(groupLabel('sizeClass', 'ge500k')).toBe('500.000 Einwohner und mehr');
    expect(groupLabel('kind', 'Landkreis')).toBe('Landkreis');
    expect(groupLabel('kind', null)).toBe('ohne Art');
  });

  it('expands answers by question type', () => {
    expect(answerExpansionSql('matrix')).toContain('jsonb_each_text');
    expect(answerExpansionSql('multipleChoice')).toContain('jsonb_array_elements_text');
    expect(answerExpansionSql('statusScale')).toContain(`jsonb_typeof(a."value") = 'string'`);
  });

  describe('in SQL', () => {
    let database: EmbeddedPostgres;
    beforeAll(async () => {
      database = await EmbeddedPostgres.open(null);
    }, 60_000);
    afterAll(() => database?.close());

    it('computes the same size class as sizeClassOf, at and around every limit', async () => {
      const cases: Array<[RegionLevel, number | null]> = [
        ['KREIS', null],
        ['LAND', 4_000_000],
        ['GEMEINDE', 900],
      ];
      for (const population of [0, 9_999, 10_000, 19_999, 20_000, 49_999, 50_000, 99_999, 100_000, 149_999]) {
        cases.push(['KREIS', population], ['GEMEINDEVERBAND', population]);
      }
      for (const population of [150_000, 249_999, 250_000, 499_999, 500_000, 3_700_000])
        cases.push(['KREIS', population]);
      const { rows } = await database.pglite.query<{ size: string | null }>(
        `SELECT ${sizeClassSql('r')} AS "size"
           FROM jsonb_to_recordset($1::jsonb) AS r("i" integer, "level" text, "population" integer)
          ORDER BY r."i"`,
        [JSON.stringify(cases.map(([level, population], i) => ({ i, level, population })))],
      );
      expect(rows.map((row) => row.size)).toEqual(
        cases.map(([level, population]) => sizeClassOf(level, population)?.code ?? null),
      );
    });
  });
});
