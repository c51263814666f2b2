import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatInputNumber, formatNumber, formatPct, formatUsd, formatUsdCompact, MINUS } from './format';

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
