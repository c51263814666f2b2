/**
 * Cross-checks between tools as pure functions over plain numbers (null = the tool has not given it).
 * Each returns `missing` naming what it lacks, or a status with the figures compared and the gap.
 */
import { monthLimitReached } from '../stage-planner/capacity';
import type { CheckOutcome, PlanFigure } from './types';

/** A gap up to this share of the reference reads as "close": attention rather than contradiction. */
export const CLOSE_PCT = 10;
/** Two paybacks within this share of each other read as consistent. */
export const PAYBACK_TOLERANCE_PCT = 25;

const missingOf = (named: Record<string, number | null | undefined>): string[] =>
  Object.entries(named)
    .filter(([, v]) => v === null || v === undefined || !Number.isFinite(v))
    .map(([k]) => k);

const pctGap = (value: number, reference: number): number | null => (reference > 0 ? ((value - reference) / reference) * 100 : null);

/** A cost set against an allowance: within it is consistent, up to CLOSE_PCT over needs attention, more contradicts. */
function costAgainstAllowance(cost: PlanFigure & { value: number }, allowance: PlanFigure & { value: number }): CheckOutcome {
  const difference = cost.value - allowance.value;
  const differencePct = pctGap(cost.value, allowance.value);
  const status = difference <= 0 ? 'consistent' : differencePct !== null && differencePct <= CLOSE_PCT ? 'attention' : 'contradiction';
  return { status, figures: [cost, allowance], difference, differencePct };
}

/** The scale model's headcount cost in month 12 against the budget's personnel share a month. */
export function personnelShareCheck(i: { planMonth12HeadcountCostUsd: number | null; personnelShareMonthlyUsd: number | null }): CheckOutcome {
  const missing = missingOf({ "the scale model's headcount cost": i.planMonth12HeadcountCostUsd, "the stage planner's personnel line": i.personnelShareMonthlyUsd });
  if (missing.length) return { status: 'missing', missing };
  return costAgainstAllowance(
    { label: 'Scale model headcount cost, month 12', value: i.planMonth12HeadcountCostUsd!, unit: 'usd' },
    { label: 'Personnel share of the budget, a month', value: i.personnelShareMonthlyUsd!, unit: 'usd' },
  );
}

/** The scale model's 12-month cost against the stage planner's budget for the year. */
export function budgetTotalCheck(i: { planCost12Usd: number | null; budgetYearUsd: number | null }): CheckOutcome {
  const missing = missingOf({ "the scale model's 12-month cost": i.planCost12Usd, "the stage planner's budget": i.budgetYearUsd });
  if (missing.length) return { status: 'missing', missing };
  return costAgainstAllowance(
    { label: 'Scale model cost, 12 months', value: i.planCost12Usd!, unit: 'usd' },
    { label: 'Budget for the year', value: i.budgetYearUsd!, unit: 'usd' },
  );
}

/** The stage planner's infrastructure bill a month against the budget's infrastructure share a month. */
export function infrastructureShareCheck(i: { infrastructureMonthlyUsd: number | null; infrastructureShareMonthlyUsd: number | null }): CheckOutcome {
  const missing = missingOf({ 'the infrastructure costs': i.infrastructureMonthlyUsd, "the budget's infrastructure line": i.infrastructureShareMonthlyUsd });
  if (missing.length) return { status: 'missing', missing };
  return costAgainstAllowance(
    { label: 'Infrastructure costs, a month', value: i.infrastructureMonthlyUsd!, unit: 'usd' },
    { label: 'Infrastructure share of the budget, a month', value: i.infrastructureShareMonthlyUsd!, unit: 'usd' },
  );
}

/**
 * The scale model's CAC payback against the unit economics payback. They are worked out differently
 * (spend over new ARR, against CAC over one customer's contribution), so a gap within
 * PAYBACK_TOLERANCE_PCT is consistent, up to twice that needs attention, and more contradicts.
 */
export function paybackCheck(i: { planPaybackMonths: number | null; unitPaybackMonths: number | null }): CheckOutcome {
  const missing = missingOf({ "the scale model's CAC payback": i.planPaybackMonths, 'the unit economics CAC payback': i.unitPaybackMonths });
  if (missing.length) return { status: 'missing', missing };
  const plan = i.planPaybackMonths!;
  const unit = i.unitPaybackMonths!;
  const difference = plan - unit;
  const differencePct = pctGap(plan, unit);
  const gap = differencePct === null ? Infinity : Math.abs(differencePct);
  const status = gap <= PAYBACK_TOLERANCE_PCT ? 'consistent' : gap <= 2 * PAYBACK_TOLERANCE_PCT ? 'attention' : 'contradiction';
  return {
    status,
    figures: [
      { label: 'Scale model CAC payback', value: plan, unit: 'months' },
      { label: 'Unit economics CAC payback', value: unit, unit: 'months' },
    ],
    difference,
    differencePct,
  };
}

/** Monthly growth that turns a start into an end over a number of months, percent; null when either is not positive. */
export function monthlyGrowthPct(start: number, end: number, months: number): number | null {
  if (!(start > 0) || !(end > 0) || !(months > 0)) return null;
  const g = ((end / start) ** (1 / months) - 1) * 100;
  return Number.isFinite(g) ? g : null;
}

/**
 * Whether the hiring plan's growth hits an infrastructure limit inside the plan: usage is taken to grow
 * as fast as the plan's ARR. A limit inside the plan's months contradicts it; a plan that grows faster
 * than the planner assumes needs attention.
 */
export function capacityGrowthCheck(i: {
  planArrGrowthPct: number | null;
  plannerGrowthPct: number | null;
  resources: { current: number; capacity: number }[] | null;
  planMonths?: number;
}): CheckOutcome {
  const missing = missingOf({ "the scale model's ARR growth": i.planArrGrowthPct, "the stage planner's growth": i.plannerGrowthPct });
  if (i.resources === null || i.resources.length === 0) missing.push("the stage planner's capacity");
  if (missing.length) return { status: 'missing', missing };
  const planMonths = i.planMonths ?? 12;
  const growth = Math.max(0, i.planArrGrowthPct!);
  const months = i.resources!.map((r) => monthLimitReached({ current: r.current, capacity: r.capacity, monthlyGrowthPct: growth }).month).filter((m): m is number => m !== null);
  const limitMonth = months.length ? Math.min(...months) : null;
  const faster = growth > i.plannerGrowthPct!;
  const status = limitMonth !== null && limitMonth <= planMonths ? 'contradiction' : faster ? 'attention' : 'consistent';
  return {
    status,
    figures: [
      { label: "Scale model's ARR growth a month", value: i.planArrGrowthPct!, unit: 'pct' },
      { label: "Stage planner's usage growth a month", value: i.plannerGrowthPct!, unit: 'pct' },
      { label: 'First capacity limit at the plan’s growth', value: limitMonth, unit: 'month', note: limitMonth === null ? 'not reached' : undefined },
    ],
    difference: growth - i.plannerGrowthPct!,
    differencePct: null,
  };
}

/** The channel allocation's total a year against the budget's marketing share a year. */
export function channelAllocationCheck(i: { channelAllocationYearlyUsd: number | null; marketingShareYearlyUsd: number | null }): CheckOutcome {
  const missing = missingOf({ 'the channel allocation': i.channelAllocationYearlyUsd, "the budget's marketing line": i.marketingShareYearlyUsd });
  if (missing.length) return { status: 'missing', missing };
  return costAgainstAllowance(
    { label: 'Channel allocation, a year', value: i.channelAllocationYearlyUsd!, unit: 'usd' },
    { label: 'Marketing share of the budget, a year', value: i.marketingShareYearlyUsd!, unit: 'usd' },
  );
}

/**
 * The org design's headcount against the scale model's headcount at month 12: equal (within half an
 * FTE) is consistent, within CLOSE_PCT needs attention, further apart contradicts.
 */
export function orgHeadcountCheck(i: { orgDesignHeadcount: number | null; planEndingHeadcount: number | null }): CheckOutcome {
  const missing = missingOf({ "the org design's headcount": i.orgDesignHeadcount, "the scale model's headcount": i.planEndingHeadcount });
  if (missing.length) return { status: 'missing', missing };
  const org = i.orgDesignHeadcount!;
  const plan = i.planEndingHeadcount!;
  const difference = org - plan;
  const differencePct = pctGap(org, plan);
  const status = Math.abs(difference) < 0.5 ? 'consistent' : differencePct !== null && Math.abs(differencePct) <= CLOSE_PCT ? 'attention' : 'contradiction';
  return {
    status,
    figures: [
      { label: 'Org design headcount', value: org, unit: 'fte' },
      { label: 'Scale model headcount, month 12', value: plan, unit: 'fte' },
    ],
    difference,
    differencePct,
  };
}
