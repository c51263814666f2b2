/**
 * The small formulas of the scale model, each on its own so it can be tested and explained.
 */
import { DEFAULT_COVERAGE_MULTIPLE, PLAN_MONTHS } from './rules';
import type { BurnMultipleBand, Metric, MetricNullReason, RampCurve } from './types';

// Absorbs floating error such as 16.000000000000004 ÷ 8 so it does not add a manager or a month.
const EPSILON = 1e-9;

/**
 * Share of full output a hire produces in their k-th month (k = 1 is the hire month).
 * Linear: min(1, (k − 1) ÷ R), so the hire month itself produces nothing unless R = 0.
 * Step: 0 while k − 1 < R, then 1 (with R = 3: months 1–3 nothing, month 4 full; R = 0: full at once).
 */
export function rampFraction(k: number, rampMonths: number, curve: RampCurve): number {
  const monthsDone = Math.max(0, k - 1);
  if (!(rampMonths > 0)) return 1;
  if (curve === 'step') return monthsDone + EPSILON >= rampMonths ? 1 : 0;
  return Math.min(1, monthsDone / rampMonths);
}

/** Monthly leaving rate from an annual attrition percentage: 1 − (1 − a/100)^(1/12), so 12 months compound back to a. */
export function monthlyAttritionRate(annualAttritionPct: number): number {
  const annual = Math.min(1, Math.max(0, annualAttritionPct / 100));
  if (Number.isNaN(annual)) return 0;
  return 1 - (1 - annual) ** (1 / 12);
}

/** Share of a cohort still on board after `months` full months: (1 − monthly rate)^months. */
export function survival(monthlyRate: number, months: number): number {
  return (1 - monthlyRate) ** Math.max(0, months);
}

/**
 * Managers needed for `headcount` reports at `span` reports each: ceil(headcount ÷ span).
 * Rounds up because a fraction of a team still needs a manager; a tiny tolerance stops float
 * error (16.000000001 ÷ 8) from adding one. No people, no managers.
 */
export function managersNeeded(headcount: number, span: number): number {
  if (!(headcount > 0) || !(span >= 1)) return 0;
  const teams = headcount / span;
  return Math.max(0, Math.ceil(teams - EPSILON * Math.max(1, teams)));
}

/** Pipeline coverage multiple: 100 ÷ win rate when a win rate is given, else the entered multiple (default 3×). */
export function resolveCoverage(
  winRatePct: number | null,
  coverageMultiple: number = DEFAULT_COVERAGE_MULTIPLE,
): { multiple: number; source: 'winRate' | 'multiple' } {
  if (winRatePct !== null && winRatePct > 0 && Number.isFinite(winRatePct)) {
    return { multiple: 100 / winRatePct, source: 'winRate' };
  }
  return { multiple: coverageMultiple, source: 'multiple' };
}

/**
 * Band of a burn multiple (David Sacks, "The Burn Multiple", 2020): < 1 amazing, 1–1.5 great,
 * 1.5–2 good, 2–3 suspect, > 3 bad. Sacks states "< 1" and "> 3", so a shared edge belongs to the
 * band below it: 1 is great, 1.5 great, 2 good, 3 suspect.
 */
export function burnMultipleBand(burnMultiple: number): BurnMultipleBand {
  if (burnMultiple < 1) return 'amazing';
  if (burnMultiple <= 1.5) return 'great';
  if (burnMultiple <= 2) return 'good';
  if (burnMultiple <= 3) return 'suspect';
  return 'bad';
}

/** A metric with a value. */
export function metricOf(value: number): Metric {
  return Number.isFinite(value) ? { value, reason: null } : { value: null, reason: 'outOfRange' };
}

/** A metric without a value, and why. */
export function noMetric(reason: MetricNullReason): Metric {
  return { value: null, reason };
}

/** numerator ÷ denominator, or null with `reason` when the denominator is not positive (or the result is not finite). */
export function ratioMetric(numerator: number, denominator: number, reason: MetricNullReason): Metric {
  if (!(denominator > 0)) return noMetric(reason);
  return metricOf(numerator / denominator);
}

/**
 * Spread `total` FTE over `months` months evenly in whole people, front-loaded (hire ahead of need):
 * cumulative hires by month m = min(total, ceil(total × m ÷ months)). Six hires over 12 months land in
 * months 1, 3, 5, 7, 9, 11; a fractional remainder (6.5) joins in the last month that rounding reaches.
 * The months always sum to `total`, and no month gets more than ceil(total ÷ months).
 */
export function spreadEvenly(total: number, months: number = PLAN_MONTHS): number[] {
  const n = Number.isFinite(total) ? Math.max(0, total) : 0;
  const out: number[] = [];
  let previous = 0;
  for (let m = 1; m <= months; m++) {
    const exact = (n * m) / months;
    // The last month always closes on the total, so no sliver below the float tolerance is lost.
    const cumulative = m === months ? n : Math.max(0, Math.min(n, Math.ceil(exact - EPSILON * Math.max(1, exact))));
    out.push(cumulative - previous);
    previous = cumulative;
  }
  return out;
}

/** Sum of a list of numbers. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
