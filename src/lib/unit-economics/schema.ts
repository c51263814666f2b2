import * as z from 'zod/mini';
import type { UnitEconomicsInputs } from './compute';

/** Version of the stored and shared unit economics inputs. */
export const UNIT_ECONOMICS_VERSION = 1;

const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));

/** Validates stored state, share links and imports of the unit economics tool. */
export const unitEconomicsInputsSchema: z.ZodMiniType<UnitEconomicsInputs> = z.object({
  arpaMonthlyUsd: between(0, 1e9),
  grossMarginPct: between(-100, 100),
  monthlyChurnPct: between(0, 100),
  cacMode: z.enum(['direct', 'derived']),
  cacUsd: between(0, 1e9),
  salesMarketingSpendUsd: between(0, 1e12),
  newCustomers: between(0, 1e9),
  lifetimeCapMonths: z.nullable(between(0, 1200)),
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
