/**
 * What the stage planner saves and shares, validated with `zod/mini` (small client bundle). Bounds come
 * from `STAGE_PLAN_RULES`, so a stored or shared value is always one the form accepts.
 */
import * as z from 'zod/mini';
import type { StagePlanInputs } from './plan';

/** Version of the stored shape. */
export const STAGE_PLAN_VERSION = 1 as const;
/** Most budget lines or cost lines a plan holds. */
export const MAX_PLAN_LINES = 20;

/** Field bounds (inclusive), shared by the form and the schema. */
export const STAGE_PLAN_RULES = {
  budgetTotalUsd: { min: 0, max: 1e12 },
  sharePct: { min: 0, max: 100, unit: '%' },
  capacity: { min: 0, max: 1e12 },
  uptimePct: { min: 0, max: 100, unit: '%' },
  monthlyUsd: { min: 0, max: 1e10 },
  current: { min: 0, max: 1e12 },
  monthlyGrowthPct: { min: 0, max: 1000, unit: '%' },
} as const;

const bounded = (rule: { min: number; max: number }) => z.number().check(z.minimum(rule.min), z.maximum(rule.max));
const text = (max: number) => z.string().check(z.maxLength(max));
const id = z.string().check(z.minLength(1), z.maxLength(64));

/** Validates stored state, share links and imports of the stage planner. */
export const stagePlanInputsSchema: z.ZodMiniType<StagePlanInputs> = z.lazy(() =>
  z.object({
    version: z.literal(STAGE_PLAN_VERSION),
    budgetTotalUsd: bounded(STAGE_PLAN_RULES.budgetTotalUsd),
    budgetLines: z.array(z.object({ id, category: text(80), sharePct: bounded(STAGE_PLAN_RULES.sharePct) })).check(z.maxLength(MAX_PLAN_LINES)),
    infrastructureLineId: z.nullable(id),
    capacityUsers: bounded(STAGE_PLAN_RULES.capacity),
    capacityInteractionsPerMonth: bounded(STAGE_PLAN_RULES.capacity),
    capacityStorageTb: bounded(STAGE_PLAN_RULES.capacity),
    uptimePct: bounded(STAGE_PLAN_RULES.uptimePct),
    costLines: z.array(z.object({ id, label: text(80), monthlyUsd: bounded(STAGE_PLAN_RULES.monthlyUsd) })).check(z.maxLength(MAX_PLAN_LINES)),
    currentUsers: bounded(STAGE_PLAN_RULES.current),
    currentInteractionsPerMonth: bounded(STAGE_PLAN_RULES.current),
    currentStorageTb: bounded(STAGE_PLAN_RULES.current),
    monthlyGrowthPct: bounded(STAGE_PLAN_RULES.monthlyGrowthPct),
  }),
);

/** A new line id not yet used in the list. */
export function nextLineId(existing: readonly string[], base = 'line'): string {
  let n = existing.length + 1;
  while (existing.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
