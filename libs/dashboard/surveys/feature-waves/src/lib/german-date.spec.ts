import { dayAfter, formatGermanDate, lastDay, parseGermanDate, startOfDay } from './german-date';

describe('German dates', () => {
  it('reads TT.MM.JJJJ with or without leading zeros, as local midnight', () => {
    expect(parseGermanDate('01.03.2026')).toEqual(new Date(2026, 2, 1));
    expect(parseGermanDate(' 1.3.2026 ')).toEqual(new Date(2026, 2, 1));
    expect(parseGermanDate('29.02.2028')).toEqual(new Date(2028, 1, 29));
  });

  it('refuses what is not a real date in that format', () => {
    for (const text of ['', '2026-03-01', '31.02.2026', '29.02.2027', '1.13.2026', '01.03.26', '00.01.2026', 'heute']) {
      expect(parseGermanDate(text)).toBeNull();
    }
  });

  it('writes dates as TT.MM.JJJJ', () => {
    expect(formatGermanDate(new Date(2026, 2, 1, 15, 30))).toBe('01.03.2026');
    expect(formatGermanDate(new Date(2026, 11, 24))).toBe('24.12.2026');
  });

  it('turns the last day into the exclusive end and back', () => {
    const last = new Date(2026, 5, 30);
    const endsAt = dayAfter(last);
    expect(endsAt).toEqual(new Date(2026, 6, 1));
    expect(lastDay(endsAt.toISOString())).toEqual(last);
    expect(startOfDay(new Date(2026, 5, 30, 23, 59))).toEqual(last);
  });
});
