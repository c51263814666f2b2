import * as z from 'zod/mini';
import { messages } from '../messages';
import type { UnitEconomicsInputs } from './compute';
import { unitEconomicsRules as rules, type UnitEconomicsRule } from './rules';

export { MIN_CAC_USD, MIN_CHURN_PCT, unitEconomicsRules } from './rules';
export type { UnitEconomicsNumberField, UnitEconomicsRule } from './rules';

/** Version of the stored and shared unit economics inputs. */
export const UNIT_ECONOMICS_VERSION = 1;

/** A number inside a rule; with `minNonZero`, 0 or a value from it up (smaller non-zero values, 1e-320, only overflow). */
function ruleNumber(rule: UnitEconomicsRule) {
  const between = z.number().check(z.minimum(rule.min), z.maximum(rule.max));
  const floor = rule.minNonZero;
  if (floor === undefined) return between;
  return between.check(z.refine((v) => v === 0 || Math.abs(v) >= floor, { message: messages.zeroOrAtLeast(floor, rule.unit) }));
}

/** Validates stored state, share links and imports of the unit economics tool. */
export const unitEconomicsInputsSchema: z.ZodMiniType<UnitEconomicsInputs> = z.lazy(() =>
  z.object({
    arpaMonthlyUsd: ruleNumber(rules.arpaMonthlyUsd),
    grossMarginPct: ruleNumber(rules.grossMarginPct),
    monthlyChurnPct: ruleNumber(rules.monthlyChurnPct),
    cacMode: z.enum(['direct', 'derived']),
    cacUsd: ruleNumber(rules.cacUsd),
    salesMarketingSpendUsd: ruleNumber(rules.salesMarketingSpendUsd),
    newCustomers: ruleNumber(rules.newCustomers),
    // An optional field: empty is stored as null (no cap).
    lifetimeCapMonths: z.nullable(ruleNumber(rules.lifetimeCapMonths)),
  }),
);
