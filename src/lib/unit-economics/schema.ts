import { z } from 'zod';
import type { UnitEconomicsInputs } from './compute';

/** Version of the stored and shared unit economics inputs. */
export const UNIT_ECONOMICS_VERSION = 1;

const nonNegative = z.number().min(0);

/** Validates stored state, share links and imports of the unit economics tool. */
export const unitEconomicsInputsSchema: z.ZodType<UnitEconomicsInputs> = z.object({
  arpaMonthlyUsd: nonNegative.max(1e9),
  grossMarginPct: z.number().min(-100).max(100),
  monthlyChurnPct: nonNegative.max(100),
  cacMode: z.enum(['direct', 'derived']),
  cacUsd: nonNegative.max(1e9),
  salesMarketingSpendUsd: nonNegative.max(1e12),
  newCustomers: nonNegative.max(1e9),
  lifetimeCapMonths: nonNegative.max(1200).nullable(),
});

/** Field rules used by the form (min/max/units) — the same limits as the schema. */
export const unitEconomicsRules = {
  arpaMonthlyUsd: { min: 0, max: 1e9, unit: '' },
  grossMarginPct: { min: -100, max: 100, unit: '%' },
  monthlyChurnPct: { min: 0, max: 100, unit: '%' },
  cacUsd: { min: 0, max: 1e9 },
  salesMarketingSpendUsd: { min: 0, max: 1e12 },
  newCustomers: { min: 0, max: 1e9 },
  lifetimeCapMonths: { min: 1, max: 1200, required: false, unit: ' months' },
} as const;
