import { MIN_CAC_USD, MIN_CHURN_PCT } from './rules';

/** Inputs of the unit economics (LTV:CAC) model. Rates are percent, 0–100. */
export interface UnitEconomicsInputs {
  arpaMonthlyUsd: number;
  grossMarginPct: number;
  monthlyChurnPct: number;
  /** `direct`: CAC entered; `derived`: CAC = S&M spend ÷ new customers. */
  cacMode: 'direct' | 'derived';
  cacUsd: number;
  salesMarketingSpendUsd: number;
  newCustomers: number;
  /** Optional cap on customer lifetime, in months (bounds LTV when churn is zero). */
  lifetimeCapMonths: number | null;
}

/** Why a result could not be given as a finite number. */
export type Unbounded = 'zero-churn' | 'no-contribution' | 'no-customers' | 'zero-cac' | 'out-of-range';


/** A finite number, or null: the model never hands out NaN or Infinity. */
const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** Results of the model; `null` values come with the reason in `reasons`. */
export interface UnitEconomicsResult {
  cacUsd: number | null;
  contributionMonthlyUsd: number;
  lifetimeMonths: number | null;
  ltvUsd: number | null;
  ltvToCac: number | null;
  paybackMonths: number | null;
  lifetimeCapped: boolean;
  reasons: Partial<Record<'cac' | 'lifetime' | 'ltv' | 'ltvToCac' | 'payback', Unbounded>>;
}

/** CAC as entered, or S&M spend ÷ new customers (null when there are no new customers). */
export function effectiveCacUsd(inputs: Pick<UnitEconomicsInputs, 'cacMode' | 'cacUsd' | 'salesMarketingSpendUsd' | 'newCustomers'>): number | null {
  if (inputs.cacMode === 'direct') return inputs.cacUsd;
  return inputs.newCustomers > 0 ? inputs.salesMarketingSpendUsd / inputs.newCustomers : null;
}

/**
 * Monthly contribution = ARPA × gross margin; lifetime = 1 ÷ churn (or the cap);
 * LTV = contribution × lifetime; LTV:CAC = LTV ÷ CAC; payback = CAC ÷ contribution.
 */
export function computeUnitEconomics(inputs: UnitEconomicsInputs): UnitEconomicsResult {
  const reasons: UnitEconomicsResult['reasons'] = {};
  const rawCac = effectiveCacUsd(inputs);
  const cacUsd = rawCac === null ? null : finite(rawCac);
  if (rawCac === null) reasons.cac = 'no-customers';
  else if (cacUsd === null) reasons.cac = 'out-of-range';

  const contributionMonthlyUsd = finite(inputs.arpaMonthlyUsd * (inputs.grossMarginPct / 100)) ?? 0;
  const churn = inputs.monthlyChurnPct / 100;
  // Compared in percent: 5e-324 % divided by 100 underflows to 0 and would pass for "no churn".
  const churnTooSmall = inputs.monthlyChurnPct > 0 && inputs.monthlyChurnPct < MIN_CHURN_PCT;
  const uncappedLifetime = inputs.monthlyChurnPct >= MIN_CHURN_PCT ? finite(1 / churn) : null;
  const cap = inputs.lifetimeCapMonths;

  let lifetimeMonths: number | null = uncappedLifetime;
  let lifetimeCapped = false;
  if (cap !== null && cap > 0 && (uncappedLifetime === null || cap < uncappedLifetime)) {
    lifetimeMonths = cap;
    lifetimeCapped = true;
  }
  const noLifetime: Unbounded = churnTooSmall ? 'out-of-range' : 'zero-churn';
  if (lifetimeMonths === null) reasons.lifetime = noLifetime;

  const ltvUsd = lifetimeMonths === null ? null : finite(contributionMonthlyUsd * lifetimeMonths);
  if (ltvUsd === null) reasons.ltv = lifetimeMonths === null ? noLifetime : 'out-of-range';

  const noCac: Unbounded = reasons.cac ?? 'no-customers';
  let ltvToCac: number | null = null;
  if (ltvUsd === null) reasons.ltvToCac = reasons.ltv;
  else if (cacUsd === null) reasons.ltvToCac = noCac;
  else if (cacUsd <= 0) reasons.ltvToCac = 'zero-cac';
  else if (cacUsd < MIN_CAC_USD) reasons.ltvToCac = 'out-of-range';
  else ltvToCac = finite(ltvUsd / cacUsd);
  if (ltvToCac === null && !reasons.ltvToCac) reasons.ltvToCac = 'out-of-range';

  let paybackMonths: number | null = null;
  if (cacUsd === null) reasons.payback = noCac;
  else if (contributionMonthlyUsd <= 0) reasons.payback = 'no-contribution';
  else paybackMonths = finite(cacUsd / contributionMonthlyUsd);
  if (paybackMonths === null && !reasons.payback) reasons.payback = 'out-of-range';

  return { cacUsd, contributionMonthlyUsd, lifetimeMonths, ltvUsd, ltvToCac, paybackMonths, lifetimeCapped, reasons };
}

/** One month of the cumulative-contribution chart. */
export interface ContributionPoint {
  month: number;
  /** Contribution from a customer who stays: contribution × month. */
  retainedUsd: number;
  /** Expected contribution allowing for churn: Σ contribution × (1 − churn)^(k−1). */
  expectedUsd: number;
}

/** Cumulative contribution per customer by month, and the month the retained line first covers CAC. */
export function contributionCurve(
  inputs: UnitEconomicsInputs,
  months: number,
): { points: ContributionPoint[]; breakEvenMonth: number | null } {
  const r = computeUnitEconomics(inputs);
  const c = r.contributionMonthlyUsd;
  const churn = Math.min(Math.max(inputs.monthlyChurnPct / 100, 0), 1);
  const points: ContributionPoint[] = [];
  let expected = 0;
  let survival = 1;
  for (let m = 1; m <= months; m++) {
    expected += c * survival;
    survival *= 1 - churn;
    points.push({ month: m, retainedUsd: c * m, expectedUsd: expected });
  }
  const breakEvenMonth = r.paybackMonths === null ? null : Math.max(1, Math.ceil(r.paybackMonths - 1e-9));
  return { points, breakEvenMonth };
}

/** A sensible chart horizon: past break-even and the customer lifetime, within 12–120 months. */
export function chartHorizonMonths(result: UnitEconomicsResult): number {
  const candidates = [24, (result.paybackMonths ?? 0) * 1.5, Math.min(result.lifetimeMonths ?? 0, 60)];
  return Math.min(120, Math.max(12, Math.ceil(Math.max(...candidates))));
}
