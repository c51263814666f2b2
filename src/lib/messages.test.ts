import { describe, expect, it } from 'vitest';
import { messages, storageStatusText, validateNumber } from './messages';
import { unitEconomicsRules } from './unit-economics/schema';

describe('validateNumber', () => {
  it.each([
    ['1e-320', 1e-320],
    ['0.005', 0.005],
  ])('refuses a churn of %s: between 0 and the meaningful floor', (raw, n) => {
    expect(validateNumber(raw, n, unitEconomicsRules.monthlyChurnPct)).toEqual({ ok: false, message: messages.zeroOrAtLeast(0.01, '%') });
  });

  it('refuses a CAC below a cent but accepts 0 and a cent', () => {
    expect(validateNumber('5e-324', 5e-324, unitEconomicsRules.cacUsd)).toMatchObject({ ok: false });
    expect(validateNumber('0', 0, unitEconomicsRules.cacUsd)).toEqual({ ok: true, value: 0 });
    expect(validateNumber('0.01', 0.01, unitEconomicsRules.cacUsd)).toEqual({ ok: true, value: 0.01 });
  });

  it('refuses the maximum itself when it is exclusive, and only then', () => {
    const rule = { min: 0, max: 100, maxExclusive: true, unit: '%' };
    expect(validateNumber('100', 100, rule)).toEqual({ ok: false, message: messages.lessThan(100, '%') });
    expect(validateNumber('99.9', 99.9, rule)).toEqual({ ok: true, value: 99.9 });
    expect(validateNumber('100', 100, { ...rule, maxExclusive: false })).toEqual({ ok: true, value: 100 });
    expect(validateNumber('101', 101, { ...rule, maxExclusive: false })).toEqual({ ok: false, message: messages.aboveMax(100, '%') });
  });
});

describe('storageStatusText', () => {
  it('tells full storage apart from disabled storage', () => {
    expect(storageStatusText({ persistent: true, problem: null }, 'Saved')).toBe('Saved');
    expect(storageStatusText({ persistent: false, problem: 'quota' }, 'Saved')).toBe(messages.storageFull);
    expect(storageStatusText({ persistent: false, problem: 'disabled' }, 'Saved')).toBe(messages.storageUnavailable);
  });
});
