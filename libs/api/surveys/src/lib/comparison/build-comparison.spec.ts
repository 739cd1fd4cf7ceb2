import type { ResponseScore } from '@digitalcheck/shared-scoring';
import { buildComparison, type ComparedScores, type ComparisonSubject } from './build-comparison';

/** Only what the comparison reads: the index score and the fields' section, title and score. */
function scoreOf(index: number | null, fields: Record<string, number | null>): ResponseScore {
  return {
    index: { score: index },
    fields: Object.entries(fields).map(([section, score]) => ({ section, title: `Feld ${section}`, score })),
  } as unknown as ResponseScore;
}

const subject: ComparisonSubject = {
  responseId: 'r-own',
  waveId: 'w-1',
  region: { ars: '07137', level: 'KREIS', kind: 'Landkreis', population: 214_000 },
  land: { ars: '07', name: 'Rheinland-Pfalz' },
  score: scoreOf(50, { A: 40, B: null }),
};

function member(
  ars: string,
  kind: string,
  population: number,
  index: number | null,
  a: number | null,
  b: number | null,
) {
  return { ars, kind, population, index, fields: { A: a, B: b } } satisfies ComparedScores;
}

describe('buildComparison', () => {
  // Peer group of 07137: Landkreis, 150,000 to under 250,000 inhabitants.
  const group: ComparedScores[] = [
    member('07137', 'Landkreis', 214_000, 50, 40, null), // the subject itself
    member('07138', 'Landkreis', 181_000, 70, 60, 90),
    member('07131', 'Landkreis', 160_000, 30, 20, null),
    member('07140', 'Landkreis', 240_000, 90, 80, 10),
    member('07135', 'Landkreis', 61_000, 10, 0, 50), // smaller class
    member('07111', 'Kreisfreie Stadt', 200_000, 100, 100, 100), // other kind
  ];

  it('compares with the peer median and the Land mean, the own response included', () => {
    const comparison = buildComparison(subject, group);
    expect(comparison.peerGroup).toEqual({ label: 'Landkreis, 150.000 bis unter 250.000 Einwohner', members: 4 });
    expect(comparison.land).toEqual({ ars: '07', name: 'Rheinland-Pfalz', members: 6 });
    expect(comparison.minimumGroupSize).toBe(3);
    // Index: peers 50, 70, 30, 90 → median 60; Land 50+70+30+90+10+100 = 350 / 6.
    expect(comparison.index).toEqual({
      section: null,
      title: 'Gesamtindex',
      own: 50,
      peerMedian: { members: 4, value: 60, suppressed: false },
      // Peers 30, 50, 70, 90: Q1 at rank 0.75 → 30 + 0.75 × 20 = 45; Q3 at rank 2.25 → 70 + 0.25 × 20 = 75.
      peerQuartiles: { q1: 45, q3: 75 },
      landAverage: { members: 6, value: 350 / 6, suppressed: false },
    });
    // Field A: peers 40, 60, 20, 80 → 50; Land 40+60+20+80+0+100 = 300 / 6 = 50.
    expect(comparison.fields[0]).toMatchObject({
      section: 'A',
      own: 40,
      peerMedian: { members: 4, value: 50 },
      landAverage: { members: 6, value: 50 },
    });
  });

  it('suppresses a field where fewer than three peers have a score', () => {
    // Field B: peers 90 and 10 only → suppressed; Land 90, 10, 50, 100 → 62.5.
    const b = buildComparison(subject, group).fields[1];
    expect(b).toEqual({
      section: 'B',
      title: 'Feld B',
      own: null,
      peerMedian: { members: 2, value: null, suppressed: true },
      peerQuartiles: null,
      landAverage: { members: 4, value: 62.5, suppressed: false },
    });
  });

  it('suppresses everything when the Land has fewer than three responses', () => {
    const comparison = buildComparison(subject, group.slice(0, 2));
    expect(comparison.index.peerMedian).toEqual({ members: 2, value: null, suppressed: true });
    expect(comparison.index.landAverage).toEqual({ members: 2, value: null, suppressed: true });
  });

  it('has no peer group without a population', () => {
    const comparison = buildComparison({ ...subject, region: { ...subject.region, population: null } }, group);
    expect(comparison.peerGroup).toBeNull();
    expect(comparison.index.peerMedian).toEqual({ members: 0, value: null, suppressed: false });
    expect(comparison.index.landAverage.value).toBeCloseTo(58.33, 2);
  });
});
