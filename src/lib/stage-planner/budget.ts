/**
 * Stage budgets: each category's share of a total, turned into dollars, with an honest sum.
 * The playbook's shares do not always total 100%, so the sum is reported rather than assumed.
 */

/** One budget category and its share of the total, as 0–100. */
export interface BudgetShare {
  category: string;
  sharePct: number;
}

/** A total budget and the shares it is split into. */
export interface BudgetAllocationInputs {
  totalUsd: number;
  sharesPct: readonly BudgetShare[];
}

/** One category with its dollar amount. */
export interface BudgetLine extends BudgetShare {
  amountUsd: number;
}

/** Why a budget could not be allocated. */
export type BudgetProblem = 'total-not-a-number' | 'total-negative' | 'total-too-large' | 'share-not-a-number' | 'share-out-of-range' | 'no-shares';

/** Amounts per category, the sum of the shares and how far the amounts stray from the total. */
export type BudgetAllocationResult =
  | {
      ok: true;
      lines: BudgetLine[];
      /** Sum of the shares, 0–100 when they add up, more or less when they do not. */
      sumPct: number;
      /** True when the shares total 100% (to within floating-point noise). */
      addsUpTo100: boolean;
      /** Sum of the amounts: equals the total only when the shares add up to 100%. */
      allocatedUsd: number;
      /** allocatedUsd − totalUsd: positive when the shares over-allocate the budget. */
      differenceUsd: number;
    }
  | { ok: false; problem: BudgetProblem };

/** Tolerance for "adds up to 100%": shares typed with decimals pick up binary rounding noise. */
const PCT_TOLERANCE = 1e-9;

/** Split a total budget by percentage shares; reports the sum of shares and whether it is 100%. */
export function budgetAllocation({ totalUsd, sharesPct }: BudgetAllocationInputs): BudgetAllocationResult {
  if (!Number.isFinite(totalUsd)) return { ok: false, problem: 'total-not-a-number' };
  if (totalUsd < 0) return { ok: false, problem: 'total-negative' };
  if (sharesPct.length === 0) return { ok: false, problem: 'no-shares' };
  for (const share of sharesPct) {
    if (!Number.isFinite(share.sharePct)) return { ok: false, problem: 'share-not-a-number' };
    if (share.sharePct < 0 || share.sharePct > 100) return { ok: false, problem: 'share-out-of-range' };
  }
  const lines = sharesPct.map((share) => ({ ...share, amountUsd: totalUsd * (share.sharePct / 100) }));
  const sumPct = sharesPct.reduce((sum, share) => sum + share.sharePct, 0);
  const allocatedUsd = lines.reduce((sum, line) => sum + line.amountUsd, 0);
  if (!Number.isFinite(allocatedUsd)) return { ok: false, problem: 'total-too-large' };
  return {
    ok: true,
    lines,
    sumPct,
    addsUpTo100: Math.abs(sumPct - 100) < PCT_TOLERANCE,
    allocatedUsd,
    differenceUsd: allocatedUsd - totalUsd,
  };
}

/** An infrastructure bill run for a number of months, set against the budget's infrastructure share. */
export interface InfrastructureBudgetCheckInputs {
  monthlyCostUsd: number;
  months: number;
  infrastructureBudgetUsd: number;
}

/** What the bill comes to over the period and how much of the infrastructure budget it uses. */
export interface InfrastructureBudgetCheck {
  runCostUsd: number;
  /** Share of the infrastructure budget the bill uses, 0–100+; null when the budget is zero. */
  budgetUsedPct: number | null;
  /** Budget left after the bill; negative when the bill exceeds it. */
  headroomUsd: number;
}

/** Cross-check a monthly infrastructure bill over a stage's months against that stage's infrastructure budget. */
export function infrastructureBudgetCheck({
  monthlyCostUsd,
  months,
  infrastructureBudgetUsd,
}: InfrastructureBudgetCheckInputs): InfrastructureBudgetCheck | null {
  if (![monthlyCostUsd, months, infrastructureBudgetUsd].every(Number.isFinite)) return null;
  if (monthlyCostUsd < 0 || months < 0 || infrastructureBudgetUsd < 0) return null;
  const runCostUsd = monthlyCostUsd * months;
  return {
    runCostUsd,
    budgetUsedPct: infrastructureBudgetUsd === 0 ? null : (runCostUsd / infrastructureBudgetUsd) * 100,
    headroomUsd: infrastructureBudgetUsd - runCostUsd,
  };
}
