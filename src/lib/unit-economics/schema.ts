import * as z from 'zod/mini';
import type { UnitEconomicsInputs } from './compute';

/** Version of the stored and shared unit economics inputs. */
export const UNIT_ECONOMICS_VERSION = 1;

const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
/** 0, or a value from `floor` up: smaller non-zero values (1e-320) only produce overflowing results. */
const zeroOrBetween = (floor: number, max: number) =>
  between(0, max).check(z.refine((v) => v === 0 || v >= floor, { message: `Use 0 or at least ${floor}` }));

/** Below 0.01 % a month churn means a lifetime of over 800 years; below a cent CAC is not a cost. */
export const MIN_CHURN_PCT = 0.01;
/** The smallest CAC worth dividing by, in dollars. */
export const MIN_CAC_USD = 0.01;

/** Validates stored state, share links and imports of the unit economics tool. */
export const unitEconomicsInputsSchema: z.ZodMiniType<UnitEconomicsInputs> = z.object({
  arpaMonthlyUsd: between(0, 1e9),
  grossMarginPct: between(-100, 100),
  monthlyChurnPct: zeroOrBetween(MIN_CHURN_PCT, 100),
  cacMode: z.enum(['direct', 'derived']),
  cacUsd: zeroOrBetween(MIN_CAC_USD, 1e9),
  salesMarketingSpendUsd: between(0, 1e12),
  newCustomers: between(0, 1e9),
  lifetimeCapMonths: z.nullable(between(0, 1200)),
});

/** Field rules used by the form (min/max/units) — the same limits as the schema. */
export const unitEconomicsRules = {
  arpaMonthlyUsd: { min: 0, max: 1e9, unit: '' },
  grossMarginPct: { min: -100, max: 100, unit: '%' },
  monthlyChurnPct: { min: 0, max: 100, unit: '%', minNonZero: MIN_CHURN_PCT },
  cacUsd: { min: 0, max: 1e9, minNonZero: MIN_CAC_USD },
  salesMarketingSpendUsd: { min: 0, max: 1e12 },
  newCustomers: { min: 0, max: 1e9 },
  lifetimeCapMonths: { min: 1, max: 1200, required: false, unit: ' months' },
} as const;
