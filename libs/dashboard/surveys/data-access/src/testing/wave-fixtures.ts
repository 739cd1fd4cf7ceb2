import type { WaveDetail, WaveParticipation, WaveSummary } from '@digitalcheck/shared-contracts';

/** A wave of the RLP analyst over three Kreise, as the management pages receive it (same days in UTC and Berlin). */
export const managedWave: WaveSummary = {
  id: 'w-1',
  title: 'Digitalcheck 2026',
  questionnaireId: 'digitale-kommune',
  questionnaireVersion: 1,
  landArs: '07',
  startsAt: '2026-03-01T08:00:00.000Z',
  endsAt: '2026-06-30T22:00:00.000Z',
  closedAt: null,
  status: 'open',
  invited: 3,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  manageable: true,
  myRegions: [],
};

export const managedWaveDetail: WaveDetail = {
  ...managedWave,
  regions: [
    { ars: '07131', name: 'Ahrweiler' },
    { ars: '07135', name: 'Cochem-Zell' },
    { ars: '07137', name: 'Mayen-Koblenz' },
  ],
};

/** Ahrweiler has submitted, Cochem-Zell has not started, Mayen-Koblenz is in progress. */
export const waveParticipation: WaveParticipation = {
  waveId: 'w-1',
  invited: 3,
  started: 2,
  submitted: 1,
  regions: [
    { ars: '07131', name: 'Ahrweiler', state: 'submitted', responseId: 'r-31', answered: 56 },
    { ars: '07135', name: 'Cochem-Zell', state: 'notStarted', responseId: null, answered: 0 },
    { ars: '07137', name: 'Mayen-Koblenz', state: 'started', responseId: 'r-37', answered: 12 },
  ],
  notStarted: ['07135'],
  notSubmitted: ['07135', '07137'],
};
