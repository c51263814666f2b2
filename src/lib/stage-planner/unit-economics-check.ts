/**
 * What a stage's stated CAC, LTV and payback imply, so the page can show the stated ratio
 * next to the one that follows from the figures. The model is the unit economics tool's:
 * LTV = monthly contribution × lifetime, payback = CAC ÷ monthly contribution.
 */

/** Unit economics as the playbook states them for one stage. */
export interface StatedUnitEconomics {
  cacUsd: number;
  ltvUsd: number;
  paybackMonths: number;
  /** The LTV:CAC ratio as written, e.g. 1.4 for "1.4:1". */
  statedLtvToCac: number;
}

/** Figures that follow from the stated ones; null where a divisor is zero or a figure is unusable. */
export interface UnitEconomicsImplied {
  ltvToCac: number | null;
  /** Whether the stated ratio is the computed one rounded to the stated ratio's decimals. */
  statedRatioFollows: boolean | null;
  /** CAC ÷ payback months. */
  impliedMonthlyContributionUsd: number | null;
  /** LTV ÷ implied monthly contribution. */
  impliedLifetimeMonths: number | null;
}

const usable = (n: number) => Number.isFinite(n) && n > 0;

/** a ÷ b, or null when b is not a positive number or the result overflows. */
function divide(a: number, b: number): number | null {
  if (!Number.isFinite(a) || !usable(b)) return null;
  const q = a / b;
  return Number.isFinite(q) ? q : null;
}

/** Decimals a stated figure was written with (1.4 → 1, 9 → 0). */
function decimalsOf(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Compute LTV:CAC and the contribution and lifetime the stated figures imply. */
export function impliedUnitEconomics(stated: StatedUnitEconomics): UnitEconomicsImplied {
  const ltvToCac = divide(stated.ltvUsd, stated.cacUsd);
  let statedRatioFollows: boolean | null = null;
  if (ltvToCac !== null && Number.isFinite(stated.statedLtvToCac)) {
    const factor = 10 ** decimalsOf(stated.statedLtvToCac);
    statedRatioFollows = Math.round(ltvToCac * factor) === Math.round(stated.statedLtvToCac * factor);
  }
  const impliedMonthlyContributionUsd = stated.cacUsd >= 0 ? divide(stated.cacUsd, stated.paybackMonths) : null;
  const impliedLifetimeMonths = impliedMonthlyContributionUsd === null ? null : divide(stated.ltvUsd, impliedMonthlyContributionUsd);
  return { ltvToCac, statedRatioFollows, impliedMonthlyContributionUsd, impliedLifetimeMonths };
}
