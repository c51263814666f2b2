/**
 * Small builders for the scale model's tests: a role and a plan with neutral values (no attrition,
 * no ramp, no costs) that each test overrides with only what it is about.
 */
import { PLAN_MONTHS } from './rules';
import type { ScaleModelInputs, ScaleRole } from './types';

/** Twelve months of no hires, with the given months (1-based) set. */
export function hires(byMonth: Record<number, number> = {}): number[] {
  return Array.from({ length: PLAN_MONTHS }, (_, i) => byMonth[i + 1] ?? 0);
}

/** A role with neutral values. */
export function role(overrides: Partial<ScaleRole> = {}): ScaleRole {
  return {
    id: 'ae',
    name: 'Account Executive',
    startingHeadcount: 0,
    hiresPerMonth: hires(),
    rampMonths: 0,
    rampCurve: 'linear',
    fullOutputPerMonth: 1,
    outputUnit: 'new ARR ($)',
    attainmentPct: 100,
    annualAttritionPct: 0,
    loadedMonthlyCostUsd: 0,
    recruitingLeadMonths: 0,
    countsTowardTarget: true,
    outputIsNetNewArr: false,
    ...overrides,
  };
}

/** A plan with neutral globals and the given roles. */
export function plan(roles: ScaleRole[] = [role()], overrides: Partial<ScaleModelInputs> = {}): ScaleModelInputs {
  return {
    version: 1,
    roles,
    spanOfControl: 8,
    monthlyOutputTarget: 0,
    winRatePct: null,
    coverageMultiple: 3,
    startingCashUsd: 0,
    otherMonthlyCostUsd: 0,
    startingArrUsd: 0,
    grossMarginPct: 100,
    salesMarketingCostPct: 0,
    ...overrides,
  };
}

/** Every number anywhere inside a value (for "never NaN or Infinity" checks). */
export function allNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allNumbers(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) allNumbers(item, out);
  return out;
}
