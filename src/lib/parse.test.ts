import { finiteOrNull, parseNumber } from './parse';

// What people type → what the tools read. `null` means "not a usable number": the field shows a message.
describe('parseNumber', () => {
  it.each<[string | null | undefined, number | null]>([
    // plain numbers and decimals
    ['0', 0],
    ['42', 42],
    ['3.5', 3.5],
    ['.5', 0.5],
    ['5.', 5],
    ['007', 7],
    // signs
    ['-12', -12],
    ['+12', 12],
    ['-0', -0],
    ['- 12', -12],
    ['--12', null],
    ['+-12', -12],
    ['12-', null],
    // thousands separators, spaces and underscores are dropped wherever they stand
    ['1,200', 1200],
    ['1,200,000.50', 1200000.5],
    ['1 200', 1200],
    ['1_000', 1000],
    ['1,2,3', 123],
    // a comma is never a decimal separator: "3,5" is thirty-five and a European "1.200,50" reads as 1.2005
    ['3,5', 35],
    ['1.200,50', 1.2005],
    // currency and percent marks
    ['$1,200', 1200],
    [' 12 % ', 12],
    ['$-5', -5],
    ['-$5', null],
    ['€5', null],
    ['5$', null],
    // k, m and b suffixes, either case
    ['3.5k', 3500],
    ['$3.5K', 3500],
    ['2.5m', 2500000],
    ['1b', 1e9],
    ['k', null],
    ['5km', null],
    // exponents
    ['1e3', 1000],
    ['1.5E-2', 0.015],
    ['1e', null],
    // empty and junk
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    ['abc', null],
    ['12abc', null],
    ['1.2.3', null],
    ['NaN', null],
    ['Infinity', null],
    ['0x10', null],
    // huge: finite stays, overflow is null (never Infinity)
    ['1e308', 1e308],
    ['1e309', null],
    ['999999999999999999999', 1e21],
    ['1e306b', null],
  ])('%j → %j', (text, expected) => {
    const got = parseNumber(text);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBe(expected);
  });

  it('keeps the sign of negative zero (Object.is)', () => {
    expect(Object.is(parseNumber('-0'), -0)).toBe(true);
    expect(Object.is(parseNumber('0'), 0)).toBe(true);
  });

  it('never returns NaN or Infinity, whatever the text', () => {
    for (const text of ['-', '.', '$', '%', ',', 'e5', '-.e1', '1e-400', '∞', '١٢', '½']) {
      const got = parseNumber(text);
      expect(got === null || Number.isFinite(got)).toBe(true);
    }
  });
});

describe('finiteOrNull', () => {
  it.each<[unknown, number | null]>([
    [0, 0],
    [-3.5, -3.5],
    [Number.MAX_VALUE, Number.MAX_VALUE],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [Number.NEGATIVE_INFINITY, null],
    ['5', null],
    [null, null],
    [undefined, null],
    [{}, null],
  ])('%j → %j', (value, expected) => {
    expect(finiteOrNull(value)).toBe(expected);
  });
});
