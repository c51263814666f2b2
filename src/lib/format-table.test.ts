import { formatClock, formatMonths, formatNumber, formatPct, formatRatio, formatUsd, formatUsdCompact } from './format';

// Display text as it stands: US English separators, the true minus sign (−) for negatives, no minus on a zero, an en dash for
// anything missing or not finite. Every formatter rounds here and nowhere else.
const missing = [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

describe('formatUsd', () => {
  it.each<[number, string]>([
    [0, '$0'],
    [5, '$5'],
    [99.994, '$99.99'],
    [99.996, '$100'],
    [100, '$100'],
    [1200, '$1,200'],
    [1234.5, '$1,235'],
    [1_000_000, '$1,000,000'],
    [-5, '−$5'],
    [-1200, '−$1,200'],
    [-0, '$0'],
    [1e15, '$1,000,000,000,000,000'],
  ])('%j → %j', (value, expected) => {
    expect(formatUsd(value)).toBe(expected);
  });

  it('shows cents or whole dollars when asked', () => {
    expect(formatUsd(1200, { cents: true })).toBe('$1,200.00');
    expect(formatUsd(5.5, { cents: false })).toBe('$6');
  });

  it.each(missing)('%j → en dash', (value) => {
    expect(formatUsd(value)).toBe('–');
  });
});

describe('formatUsdCompact', () => {
  it.each<[number, string]>([
    [0, '$0'],
    [950, '$950'],
    [1200, '$1.2K'],
    [3_900_000, '$3.9M'],
    [16_000_000, '$16M'],
    [2.5e9, '$2.5B'],
    [-1200, '−$1.2K'],
  ])('%j → %j', (value, expected) => {
    expect(formatUsdCompact(value)).toBe(expected);
  });

  it.each(missing)('%j → en dash', (value) => {
    expect(formatUsdCompact(value)).toBe('–');
  });
});

describe('formatNumber', () => {
  it.each<[number, number | undefined, string]>([
    [0, undefined, '0'],
    [1234.56, undefined, '1,234.6'],
    [1234.56, 0, '1,235'],
    [1234.56, 2, '1,234.56'],
    [0.05, 1, '0.1'],
    [0.04, 1, '0'],
    [-0.04, 1, '0'],
    [-0, undefined, '0'],
    [-1234.5, 0, '−1,235'],
    [1e21, 0, '1,000,000,000,000,000,000,000'],
    [2.5, 0, '3'],
  ])('%j with %j digits → %j', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });

  it.each(missing)('%j → en dash', (value) => {
    expect(formatNumber(value)).toBe('–');
  });
});

describe('formatPct, formatRatio, formatMonths', () => {
  it.each<[string, string]>([
    [formatPct(12.345), '12.3%'],
    [formatPct(0), '0%'],
    [formatPct(-2.5, 0), '−3%'],
    [formatPct(100, 2), '100%'],
    [formatRatio(7.2), '7.2:1'],
    [formatRatio(1.44, 2), '1.44:1'],
    [formatRatio(0), '0:1'],
    [formatMonths(1), '1 month'],
    [formatMonths(1.04), '1 month'],
    [formatMonths(0), '0 months'],
    [formatMonths(20.55), '20.6 months'],
    [formatMonths(-1), '−1 months'],
    [formatMonths(1234), '1,234 months'],
  ])('%j is %j', (got, expected) => {
    expect(got).toBe(expected);
  });

  it.each(missing)('%j → en dash', (value) => {
    expect(formatPct(value)).toBe('–');
    expect(formatRatio(value)).toBe('–');
    expect(formatMonths(value)).toBe('–');
  });
});

describe('formatClock', () => {
  it.each<[number, string]>([
    [0, '0:00'],
    [59.4, '0:59'],
    [59.5, '1:00'],
    [61, '1:01'],
    [600, '10:00'],
    [3600, '60:00'],
    [-5, '0:00'],
  ])('%j seconds → %j', (seconds, expected) => {
    expect(formatClock(seconds)).toBe(expected);
  });
});
