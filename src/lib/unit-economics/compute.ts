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
export type Unbounded = 'zero-churn' | 'no-contribution' | 'no-customers' | 'zero-cac';

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
  const cacUsd = effectiveCacUsd(inputs);
  if (cacUsd === null) reasons.cac = 'no-customers';

  const contributionMonthlyUsd = inputs.arpaMonthlyUsd * (inputs.grossMarginPct / 100);
  const churn = inputs.monthlyChurnPct / 100;
  const uncappedLifetime = churn > 0 ? 1 / churn : null;
  const cap = inputs.lifetimeCapMonths;

  let lifetimeMonths: number | null = uncappedLifetime;
  let lifetimeCapped = false;
  if (cap !== null && cap > 0 && (uncappedLifetime === null || cap < uncappedLifetime)) {
    lifetimeMonths = cap;
    lifetimeCapped = true;
  }
  if (lifetimeMonths === null) reasons.lifetime = 'zero-churn';

  const ltvUsd = lifetimeMonths === null ? null : contributionMonthlyUsd * lifetimeMonths;
  if (ltvUsd === null) reasons.ltv = 'zero-churn';

  let ltvToCac: number | null = null;
  if (ltvUsd === null) reasons.ltvToCac = 'zero-churn';
  else if (cacUsd === null) reasons.ltvToCac = 'no-customers';
  else if (cacUsd <= 0) reasons.ltvToCac = 'zero-cac';
  else ltvToCac = ltvUsd / cacUsd;

  let paybackMonths: number | null = null;
  if (cacUsd === null) reasons.payback = 'no-customers';
  else if (contributionMonthlyUsd <= 0) reasons.payback = 'no-contribution';
  else paybackMonths = cacUsd / contributionMonthlyUsd;

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
