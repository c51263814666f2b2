import { describe, expect, it } from 'vitest';
import { validateNumber } from '../messages';
import type { UnitEconomicsInputs } from './compute';
import { unitEconomicsRules, type UnitEconomicsNumberField, type UnitEconomicsRule } from './rules';
import { unitEconomicsInputsSchema } from './schema';

const base: UnitEconomicsInputs = {
  arpaMonthlyUsd: 100,
  grossMarginPct: 80,
  monthlyChurnPct: 2,
  cacMode: 'direct',
  cacUsd: 1200,
  salesMarketingSpendUsd: 0,
  newCustomers: 0,
  lifetimeCapMonths: null,
};

/** Values at and just past each bound of a rule (and around its non-zero floor), with whether the rule allows them. */
function edges(rule: UnitEconomicsRule): { value: number; allowed: boolean }[] {
  const out = [
    { value: rule.min, allowed: true },
    { value: rule.min - 0.5, allowed: false },
    { value: rule.max, allowed: true },
    { value: rule.max + 0.5, allowed: false },
  ];
  if ('minNonZero' in rule && rule.minNonZero !== undefined) {
    out.push({ value: rule.minNonZero, allowed: true }, { value: rule.minNonZero / 2, allowed: false }, { value: 0, allowed: true });
  }
  return out;
}

const fields = Object.keys(unitEconomicsRules) as UnitEconomicsNumberField[];
const accepts = (inputs: UnitEconomicsInputs) => unitEconomicsInputsSchema.safeParse(inputs).success;

describe('the unit economics schema and the form rules agree', () => {
  it('holds a valid plan to begin with', () => {
    expect(accepts(base)).toBe(true);
  });

  describe.each(fields)('%s', (field) => {
    const rule: UnitEconomicsRule = unitEconomicsRules[field];
    it.each(edges(rule))('$value allowed: $allowed', ({ value, allowed }) => {
      expect(accepts({ ...base, [field]: value })).toBe(allowed);
      expect(validateNumber(String(value), value, rule)?.ok).toBe(allowed);
    });

    it('takes null exactly when the field is optional', () => {
      expect(accepts({ ...base, [field]: null })).toBe(rule.required === false);
    });
  });

  it('refuses a lifetime cap of 0 months, as the form does (no cap is an empty field)', () => {
    expect(accepts({ ...base, lifetimeCapMonths: 0 })).toBe(false);
    expect(accepts({ ...base, lifetimeCapMonths: 1 })).toBe(true);
    expect(accepts({ ...base, lifetimeCapMonths: 1200 })).toBe(true);
  });
});
