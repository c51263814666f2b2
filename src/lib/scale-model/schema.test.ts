import { describe, expect, it } from 'vitest';
import { GLOBAL_NUMBER_FIELDS, GLOBAL_RULES, ROLE_NUMBER_FIELDS, ROLE_RULES, isWithinRule, type ScaleFieldRule } from './rules';
import { scaleModelInputsSchema } from './schema';
import { plan, role } from './test-fixtures';
import { validateField } from './validate';
import type { ScaleModelInputs } from './types';

/** Values at and just past each edge of a rule, with whether the rule allows them. */
function edges(rule: ScaleFieldRule): { value: number; allowed: boolean }[] {
  const step = Math.max(1e-6, Math.abs(rule.max) * 1e-9);
  return [
    { value: rule.min, allowed: true },
    { value: rule.min - Math.max(1e-6, Math.abs(rule.min) * 1e-9), allowed: false },
    { value: rule.max, allowed: !rule.maxExclusive },
    { value: rule.max - step, allowed: true },
    { value: rule.max + step, allowed: false },
  ];
}

const accepts = (inputs: ScaleModelInputs) => scaleModelInputsSchema.safeParse(inputs).success;
const base = plan([role()]);

describe('the storage schema and the field rules agree', () => {
  it('holds a valid plan to begin with', () => {
    expect(accepts(base)).toBe(true);
  });

  describe.each(ROLE_NUMBER_FIELDS)('role field %s', (field) => {
    it.each(edges(ROLE_RULES[field]))('$value allowed: $allowed', ({ value, allowed }) => {
      expect(accepts(plan([role({ [field]: value })]))).toBe(allowed);
      expect(isWithinRule(value, ROLE_RULES[field])).toBe(allowed);
      expect(validateField(value, ROLE_RULES[field])).toEqual(allowed ? { value } : { message: expect.any(String) });
    });
  });

  describe('hires per month', () => {
    it.each(edges(ROLE_RULES.hiresPerMonth))('$value allowed: $allowed', ({ value, allowed }) => {
      const hiresPerMonth = base.roles[0]!.hiresPerMonth.map((h, m) => (m === 5 ? value : h));
      expect(accepts(plan([role({ hiresPerMonth })]))).toBe(allowed);
      expect(isWithinRule(value, ROLE_RULES.hiresPerMonth)).toBe(allowed);
    });
  });

  describe.each(GLOBAL_NUMBER_FIELDS)('global field %s', (field) => {
    it.each(edges(GLOBAL_RULES[field]))('$value allowed: $allowed', ({ value, allowed }) => {
      expect(accepts({ ...base, [field]: value })).toBe(allowed);
      expect(isWithinRule(value, GLOBAL_RULES[field])).toBe(allowed);
      expect(validateField(value, GLOBAL_RULES[field])).toEqual(allowed ? { value } : { message: expect.any(String) });
    });

    it('takes null exactly when the rule is nullable', () => {
      expect(accepts({ ...base, [field]: null })).toBe(GLOBAL_RULES[field].nullable === true);
    });
  });

  it('lists every rule once', () => {
    expect([...ROLE_NUMBER_FIELDS, 'hiresPerMonth'].sort()).toEqual(Object.keys(ROLE_RULES).sort());
    expect([...GLOBAL_NUMBER_FIELDS].sort()).toEqual(Object.keys(GLOBAL_RULES).sort());
  });
});
