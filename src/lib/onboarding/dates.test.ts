import {
  addDaysIso,
  daysBetweenIso,
  dueDate,
  isIsoDate,
  isWeekendIso,
  parseIsoDate,
  toIsoDate,
  weekendPolicyFor,
  type WeekendPolicy,
} from './dates';

describe('isIsoDate', () => {
  it.each([
    ['2025-03-03', true],
    ['2028-02-29', true],
    ['2027-02-29', false], // not a leap year
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-3-3', false],
    ['2025-03-03T00:00:00Z', false],
    ['', false],
    ['0999-01-01', false],
  ])('%s → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('rejects values that are not strings', () => {
    expect(isIsoDate(20250303)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });
});

describe('dueDate', () => {
  const cases: [start: string, offset: number, policy: WeekendPolicy, expected: string, why: string][] = [
    // start, offset, policy, expected, why
    ['2025-03-03', 0, 'next-monday', '2025-03-03', 'day 0 is the start date'],
    ['2025-03-03', 3, 'next-monday', '2025-03-06', 'a weekday stays put'],
    ['2025-01-30', 1, 'next-monday', '2025-01-31', 'last day of January'],
    ['2025-01-31', 4, 'next-monday', '2025-02-04', 'across a month end'],
    ['2025-12-30', 3, 'next-monday', '2026-01-02', 'across a year end'],
    ['2028-02-28', 1, 'next-monday', '2028-02-29', 'leap day exists in 2028'],
    ['2027-02-28', 1, 'next-monday', '2027-03-01', 'no leap day in 2027'],
    ['2100-02-28', 1, 'next-monday', '2100-03-01', '2100 is not a leap year'],
    ['2000-02-28', 1, 'next-monday', '2000-02-29', '2000 is a leap year'],
    ['2025-03-03', 5, 'next-monday', '2025-03-10', 'Saturday moves to the next Monday'],
    ['2025-03-03', 6, 'next-monday', '2025-03-10', 'Sunday moves to the next Monday'],
    ['2025-03-03', 5, 'previous-friday', '2025-03-07', 'Saturday moves back to Friday'],
    ['2025-03-03', 6, 'previous-friday', '2025-03-07', 'Sunday moves back to Friday'],
    ['2025-03-03', -1, 'previous-friday', '2025-02-28', 'the Sunday before a Monday start moves to Friday'],
    ['2025-03-03', -2, 'previous-friday', '2025-02-28', 'the Saturday before moves to Friday'],
    ['2025-03-03', -14, 'previous-friday', '2025-02-17', 'two weeks before'],
    ['2025-03-01', 0, 'next-monday', '2025-03-03', 'a Saturday start date: day 0 moves to Monday'],
    ['2025-03-03', 89, 'next-monday', '2025-06-02', 'day 90 on a Saturday (2025-05-31) moves to Monday'],
    ['2028-03-01', -1, 'previous-friday', '2028-02-29', 'negative offset back into a leap day'],
    ['2024-03-01', -1, 'previous-friday', '2024-02-29', 'leap day 2024 is a Thursday'],
  ];

  it.each(cases)('%s %+d (%s) → %s: %s', (start, offset, policy, expected) => {
    expect(dueDate(start, offset, policy)).toBe(expected);
  });

  it.each([
    ['not a date', 1],
    ['2027-02-29', 1],
    ['2025-03-03', 1.5],
    ['2025-03-03', Number.NaN],
    ['2025-03-03', Number.POSITIVE_INFINITY],
    ['9999-12-31', 10], // the result would need a five-digit year
  ])('returns null for start %s and offset %s', (start, offset) => {
    expect(dueDate(start, offset, 'next-monday')).toBeNull();
  });

  it('uses the previous Friday before day one and the next Monday from day one on', () => {
    expect(weekendPolicyFor('pre-start')).toBe('previous-friday');
    expect(weekendPolicyFor('days-1-30')).toBe('next-monday');
    expect(weekendPolicyFor('days-31-60')).toBe('next-monday');
    expect(weekendPolicyFor('days-61-90')).toBe('next-monday');
  });
});

describe('calendar helpers', () => {
  it('adds days and counts days between dates', () => {
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDaysIso('2025-03-01', 0.5)).toBeNull();
    expect(daysBetweenIso('2025-03-03', '2025-06-01')).toBe(90);
    expect(daysBetweenIso('2025-03-03', '2025-02-17')).toBe(-14);
    expect(daysBetweenIso('2025-03-03', 'soon')).toBeNull();
  });

  it('knows weekends', () => {
    expect(isWeekendIso('2025-03-08')).toBe(true);
    expect(isWeekendIso('2025-03-09')).toBe(true);
    expect(isWeekendIso('2025-03-10')).toBe(false);
    expect(isWeekendIso('garbage')).toBe(false);
  });

  it('round-trips a date through parse and format', () => {
    const parsed = parseIsoDate('2025-03-03');
    expect(parsed).not.toBeNull();
    expect(toIsoDate(parsed as Date)).toBe('2025-03-03');
  });
});

describe('time zones and daylight saving', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Each zone has a DST change inside the range (São Paulo's 2018 change skipped midnight itself).
  const cases = [
    { zone: 'America/New_York', start: '2025-03-07', offset: 3, expected: '2025-03-10' }, // DST began 2025-03-09
    { zone: 'Europe/London', start: '2025-10-24', offset: 3, expected: '2025-10-27' }, // DST ended 2025-10-26
    { zone: 'America/Sao_Paulo', start: '2018-11-02', offset: 3, expected: '2018-11-05' }, // midnight skipped 2018-11-04
    { zone: 'Australia/Lord_Howe', start: '2025-04-04', offset: 3, expected: '2025-04-07' }, // half-hour DST
    { zone: 'Pacific/Kiritimati', start: '2025-03-03', offset: 89, expected: '2025-06-02' }, // UTC+14
    { zone: 'Pacific/Pago_Pago', start: '2025-03-03', offset: -1, expected: '2025-02-28' }, // UTC−11
  ];

  it.each(cases)('$zone: $start %+d → $expected', ({ zone, start, offset, expected }) => {
    process.env.TZ = zone;
    expect(dueDate(start, offset, offset < 0 ? 'previous-friday' : 'next-monday')).toBe(expected);
    expect(addDaysIso(start, 1)).toBe(addDaysIso(addDaysIso(start, 2) as string, -1));
  });

  it('really switches zone (so the cases above are meaningful)', () => {
    process.env.TZ = 'America/Sao_Paulo';
    // Midnight did not exist on 2018-11-04 in São Paulo: the clock jumped to 01:00.
    expect(new Date(2018, 10, 4, 0, 0).getHours()).toBe(1);
    expect(toIsoDate(parseIsoDate('2018-11-04') as Date)).toBe('2018-11-04');
  });
});
