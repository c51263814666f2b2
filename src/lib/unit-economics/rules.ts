/**
 * Bounds and units of every number of the unit economics inputs, written once: the form checks typed
 * values against them and the storage schema is built from them, so the two always agree.
 */
import type { NumberRule } from '../messages';

/** Below 0.01 % a month churn means a lifetime of over 800 years; below a cent CAC is not a cost. */
export const MIN_CHURN_PCT = 0.01;
/** The smallest CAC worth dividing by, in dollars. */
export const MIN_CAC_USD = 0.01;

/** A field's rule; every bound is given (the schema needs both ends). */
export type UnitEconomicsRule = NumberRule & { min: number; max: number };

/** Field rules (min/max/units) of the form and of the storage schema. */
export const unitEconomicsRules = {
  arpaMonthlyUsd: { min: 0, max: 1e9, unit: '' },
  grossMarginPct: { min: -100, max: 100, unit: '%' },
  monthlyChurnPct: { min: 0, max: 100, unit: '%', minNonZero: MIN_CHURN_PCT },
  cacUsd: { min: 0, max: 1e9, minNonZero: MIN_CAC_USD },
  salesMarketingSpendUsd: { min: 0, max: 1e12 },
  newCustomers: { min: 0, max: 1e9 },
  lifetimeCapMonths: { min: 1, max: 1200, required: false, unit: ' months' },
} as const satisfies Record<string, UnitEconomicsRule>;

/** Names of the number fields. */
export type UnitEconomicsNumberField = keyof typeof unitEconomicsRules;
