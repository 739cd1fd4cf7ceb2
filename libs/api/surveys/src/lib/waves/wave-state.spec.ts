import { waveStatus } from './wave-state';

describe('waveStatus', () => {
  const startsAt = new Date('2026-03-01T00:00:00Z');
  const endsAt = new Date('2026-04-01T00:00:00Z');

  it.each([
    ['2026-02-28T23:59:59Z', null, 'scheduled'],
    ['2026-03-01T00:00:00Z', null, 'open'],
    ['2026-03-31T23:59:59Z', null, 'open'],
    ['2026-04-01T00:00:00Z', null, 'closed'],
    ['2026-03-15T00:00:00Z', '2026-03-10T00:00:00Z', 'closed'],
  ])('at %s (closed %s) is %s', (now, closedAt, expected) => {
    expect(waveStatus({ startsAt, endsAt, closedAt: closedAt ? new Date(closedAt) : null }, new Date(now))).toBe(
      expected,
    );
  });
});
