/** Plain sentences for the stage planner's results; all rounding goes through `src/lib/format.ts`. */
import { formatMonths, formatNumber, formatPct, formatUsd } from '../../lib/format';
import type { BudgetShareTotal, CapacityLimitRow, CapacityResource, InfrastructureShareCheck } from '../../lib/stage-planner/plan';
import type { BudgetProblem } from '../../lib/stage-planner/budget';

/** Names of the tracked resources. */
export const RESOURCE_NAMES: Record<CapacityResource, string> = {
  users: 'Users',
  interactions: 'Interactions a month',
  storage: 'Storage (TB)',
};

/** Why a budget cannot be split, in words. */
export const BUDGET_PROBLEM_TEXT: Record<BudgetProblem, string> = {
  'total-not-a-number': 'Enter the budget total.',
  'total-negative': 'The budget total cannot be negative.',
  'total-too-large': 'The budget is too large to split.',
  'share-not-a-number': 'Every line needs a share.',
  'share-out-of-range': 'Each share must be between 0% and 100%.',
  'no-shares': 'Add at least one budget line.',
};

/** The warning shown when the shares do not total 100%, with the difference in % and $. */
export function shareTotalWarning(total: BudgetShareTotal): string | null {
  if (total.addsUpTo100) return null;
  const over = total.differencePct > 0;
  return `The shares total ${formatPct(total.sumPct, 2)}, ${formatPct(Math.abs(total.differencePct), 2)} ${over ? 'more' : 'less'} than 100%: the lines ${over ? 'spend' : 'leave'} ${formatUsd(Math.abs(total.differenceUsd))} a year ${over ? 'more than the budget' : 'unallocated'}.`;
}

/** The infrastructure bill against the budget's infrastructure share, said plainly. */
export function infrastructureCheckText(check: InfrastructureShareCheck): string {
  const share = `The ${check.lineCategory.toLowerCase()} share of the budget is ${formatUsd(check.shareMonthlyUsd, { cents: true })} a month`;
  if (check.fits) {
    return `${share}; the stated infrastructure costs are ${formatUsd(check.costMonthlyUsd, { cents: true })} a month, which fits with ${formatUsd(-check.overUsd, { cents: true })} to spare.`;
  }
  return `${share}, but the stated infrastructure costs are ${formatUsd(check.costMonthlyUsd, { cents: true })} a month: ${formatUsd(check.overUsd, { cents: true })} a month (${formatUsd(check.overUsd * 12)} a year) more than the budget allows.`;
}

/** When a limit is reached, in words. */
export function limitText(row: CapacityLimitRow): string {
  const l = row.limit;
  if (l.month === 0) return 'Already at or over capacity';
  if (l.month !== null) return `Month ${formatNumber(l.month, 0)}`;
  if (l.reason === 'no-growth') return 'Not reached (no growth)';
  if (l.reason === 'no-capacity') return 'No capacity set';
  if (l.reason === 'beyond-horizon') return 'Beyond 10 years';
  return '–';
}

/** A one-sentence summary of the first limit reached. */
export function firstLimitText(first: CapacityLimitRow | null): string {
  if (!first) return 'At this growth no capacity limit is reached within the projection.';
  if (first.limit.month === 0) return `${RESOURCE_NAMES[first.resource]} are already at or over capacity.`;
  return `${RESOURCE_NAMES[first.resource]} reach capacity first, in month ${formatNumber(first.limit.month, 0)} (${formatMonths(first.limit.month, 0)} from now).`;
}
