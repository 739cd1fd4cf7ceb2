import type { WaveStatus } from '@digitalcheck/shared-contracts';

export interface WaveTimes {
  startsAt: Date;
  endsAt: Date;
  closedAt: Date | null;
}

/** `scheduled` before the start, `closed` when closed by hand or at/after the end, `open` in between. */
export function waveStatus(wave: WaveTimes, now: Date = new Date()): WaveStatus {
  if (wave.closedAt !== null || now.getTime() >= wave.endsAt.getTime()) return 'closed';
  if (now.getTime() < wave.startsAt.getTime()) return 'scheduled';
  return 'open';
}
