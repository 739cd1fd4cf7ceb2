import type { RegionLevel, ResponseComparison, ScoreComparisonRow } from '@digitalcheck/shared-contracts';
import { DEFAULT_PEER_GROUPS, type PeerGroupConfig, peerGroupOf } from '@digitalcheck/shared-regions';
import { MINIMUM_GROUP_SIZE, type ResponseScore, aggregate, quartiles } from '@digitalcheck/shared-scoring';

/** The scores of one submitted response of the wave, with what decides its peer group. */
export interface ComparedScores {
  ars: string;
  kind: string;
  population: number | null;
  index: number | null;
  fields: Record<string, number | null>;
}

export interface ComparisonSubject {
  responseId: string;
  waveId: string;
  region: { ars: string; level: RegionLevel; kind: string; population: number | null };
  land: { ars: string; name: string };
  score: ResponseScore;
}

/**
 * The response against its peer group (median) and its Land (mean). `landGroup` holds the submitted responses
 * of the wave at the subject's level in its Land, the subject's own included.
 */
export function buildComparison(
  subject: ComparisonSubject,
  landGroup: readonly ComparedScores[],
  config: PeerGroupConfig = DEFAULT_PEER_GROUPS,
): ResponseComparison {
  const level = subject.region.level;
  const peerGroup = peerGroupOf(subject.region, config);
  const peers = peerGroup
    ? landGroup.filter((other) => {
        const group = peerGroupOf({ level, kind: other.kind, population: other.population }, config);
        return group?.kind === peerGroup.kind && group.sizeClass === peerGroup.sizeClass;
      })
    : [];
  const row = (
    section: string | null,
    title: string,
    own: number | null,
    pick: (scores: ComparedScores) => number | null,
  ): ScoreComparisonRow => ({
    section,
    title,
    own,
    peerMedian: aggregate(peers.map(pick), 'median'),
    peerQuartiles: quartiles(peers.map(pick)),
    landAverage: aggregate(landGroup.map(pick), 'mean'),
  });
  return {
    responseId: subject.responseId,
    waveId: subject.waveId,
    minimumGroupSize: MINIMUM_GROUP_SIZE,
    peerGroup: peerGroup ? { label: peerGroup.label, members: peers.length } : null,
    land: { ...subject.land, members: landGroup.length },
    index: row(null, 'Gesamtindex', subject.score.index.score, (scores) => scores.index),
    fields: subject.score.fields.map((field) =>
      row(field.section, field.title, field.score, (scores) => scores.fields[field.section] ?? null),
    ),
  };
}
