import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format as dateFnsFormat } from 'date-fns';
import { formatDate, formatDateTime, formatDayUtc, formatInputNumber, formatNumber, formatPct, formatUsd, formatUsdCompact, MINUS } from './format';
import { formatLongDate, formatWeekdayDate, localIsoDay } from './format-days';

describe('formatUsd', () => {
  it.each([
    [0, '$0'],
    [40, '$40'],
    [12.5, '$12.50'],
    [0.1, '$0.10'],
    [99.999, '$100'],
    [1234.56, '$1,235'],
    [-439924, `${MINUS}$439,924`],
    [-12.5, `${MINUS}$12.50`],
    [-0.001, '$0'],
    [null, '–'],
    [Number.NaN, '–'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('%s → %s', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });
  it('shows cents when asked', () => expect(formatUsd(1200, { cents: true })).toBe('$1,200.00'));
});

describe('the minus sign', () => {
  it.each([
    [formatNumber(-3.25, 1), `${MINUS}3.3`],
    [formatNumber(-0.01, 1), '0'],
    [formatPct(-12), `${MINUS}12%`],
    [formatUsdCompact(-1200), `${MINUS}$1.2K`],
  ])('%s is %s', (text, expected) => {
    expect(text).toBe(expected);
  });
});

describe('formatInputNumber', () => {
  it.each([
    [3782126.1, '3,782,126.1'],
    [0, '0'],
    [-1500, '-1,500'],
    [0.125, '0.125'],
    [null, ''],
    [Number.NaN, ''],
  ])('%s → %s', (value, text) => {
    expect(formatInputNumber(value)).toBe(text);
  });
});

describe('dates', () => {
  it('writes a day as "22 Nov 2026"', () => expect(formatDate('2026-11-22T00:00:00Z', { timeZone: 'UTC' })).toBe('22 Nov 2026'));
  it('writes a time on the 24-hour clock', () => expect(formatDateTime('2026-12-02T16:57:00Z', { timeZone: 'UTC' })).toBe('2 Dec 2026, 16:57'));
  it('gives back text that is no date', () => expect(formatDate('not a date')).toBe('not a date'));
});

/**
 * The formats are written without Intl (its first use is a long task on a phone); these references are the
 * Intl formats the site used before, with the same house rules on top, and the two must agree.
 */
describe('the formats agree with Intl', () => {
  const withMinus = (text: string) => text.replace(/-/g, MINUS);
  const noNegativeZero = (text: string) => text.replace(/^-(\$?0(\.0+)?)(?![\d.])/, '$1');
  const intl = {
    usd: (v: number, cents: boolean) =>
      withMinus(noNegativeZero(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 }).format(v))),
    compact: (v: number) => withMinus(noNegativeZero(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(v))),
    number: (v: number, digits: number) => withMinus(noNegativeZero(new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(v))),
    input: (v: number) => noNegativeZero(new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 }).format(v)),
    day: (d: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d),
    dayTime: (d: Date) =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(d),
  };
  // Plain doubles across every magnitude, money-like values with cents, and the halves where rounding turns.
  const anyNumber = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000 + 0.0005),
    fc.integer({ min: -1e7, max: 1e7 }).map((n) => n * 100 + 50),
    fc.constantFrom(0, -0, 0.5, 1.005, 2.675, 999.95, 999.96, 99999.95, 999950, 1e15, 5e17, 1e21, 1e-7, 1.5e-300, Number.MAX_VALUE, Number.MIN_VALUE),
  );
  it('dollars', () => fc.assert(fc.property(anyNumber, fc.boolean(), (v, cents) => {
    expect(formatUsd(v, { cents })).toBe(intl.usd(v, cents));
  }), { numRuns: 3000 }));
  it('compact dollars', () => fc.assert(fc.property(anyNumber, (v) => {
    expect(formatUsdCompact(v)).toBe(intl.compact(v));
  }), { numRuns: 3000 }));
  it('plain numbers', () =>
    fc.assert(fc.property(anyNumber, fc.integer({ min: 0, max: 4 }), (v, digits) => {
      expect(formatNumber(v, digits)).toBe(intl.number(v, digits));
    }), { numRuns: 3000 }));
  it('numbers in inputs', () => fc.assert(fc.property(anyNumber, (v) => {
    expect(formatInputNumber(v)).toBe(intl.input(v));
  }), { numRuns: 3000 }));
  it('days and times', () =>
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(formatDate(d, { timeZone: 'UTC' })).toBe(intl.day(d));
        expect(formatDayUtc(d)).toBe(intl.day(d));
        expect(formatDateTime(d, { timeZone: 'UTC' })).toBe(intl.dayTime(d));
      }),
      { numRuns: 2000 },
    ));
  it('local calendar days: with the weekday, in a sentence, and as YYYY-MM-DD', () =>
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        // A list shows "Mon 3 Mar 2025": en-GB's words without the comma after the weekday.
        const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(d);
        expect(formatWeekdayDate(d)).toBe(weekday.replace(',', ''));
        expect(formatLongDate(d)).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(d));
        expect(localIsoDay(d)).toBe(dateFnsFormat(d, 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    ));
  it('an invalid date reads as a dash, or as no day', () => {
    const bad = new Date(Number.NaN);
    expect([formatWeekdayDate(bad), formatLongDate(bad), localIsoDay(bad)]).toEqual(['–', '–', '']);
  });
  it('a date in the reader’s zone is the day that zone sees', () => {
    const d = new Date(2026, 8, 7, 9, 5);
    expect(formatDate(d)).toBe('7 Sept 2026');
    expect(formatDateTime(d)).toBe('7 Sept 2026, 09:05');
  });
});
