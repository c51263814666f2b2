/** A segment's unit economics through the unit economics model, or the figures it still lacks. */
import { computeUnitEconomics } from '../../unit-economics/compute';
import type { IcpSegmentInput, IcpThresholds } from './schema';
import type { Judgement } from '../shared';

/** Names of the four figures a segment's economics need, as people read them. */
export const ECONOMICS_FIELD_WORDS = {
  arpaMonthlyUsd: 'ARPA',
  grossMarginPct: 'gross margin',
  monthlyChurnPct: 'monthly churn',
  cacUsd: 'CAC',
} as const;

/** A segment's computed economics. */
export interface SegmentEconomics {
  /** Figures not entered yet, in words. */
  missing: string[];
  contributionMonthlyUsd: number | null;
  ltvUsd: number | null;
  ltvToCac: number | null;
  paybackMonths: number | null;
  /** Why LTV:CAC is absent when all figures are in (zero churn, zero CAC). */
  ratioProblem: string | null;
  /** "Acceptable economics" against the thresholds. */
  acceptable: Judgement;
}

/** LTV, LTV:CAC and payback of one segment, computed by the unit economics model. */
export function segmentEconomics(segment: IcpSegmentInput, t: IcpThresholds): SegmentEconomics {
  const missing = (Object.keys(ECONOMICS_FIELD_WORDS) as (keyof typeof ECONOMICS_FIELD_WORDS)[])
    .filter((k) => segment[k] === null)
    .map((k) => ECONOMICS_FIELD_WORDS[k]);
  const { arpaMonthlyUsd, grossMarginPct, monthlyChurnPct, cacUsd } = segment;
  if (arpaMonthlyUsd === null || grossMarginPct === null || monthlyChurnPct === null || cacUsd === null) {
    return { missing, contributionMonthlyUsd: null, ltvUsd: null, ltvToCac: null, paybackMonths: null, ratioProblem: null, acceptable: 'unknown' };
  }
  const r = computeUnitEconomics({
    arpaMonthlyUsd,
    grossMarginPct,
    monthlyChurnPct,
    cacMode: 'direct',
    cacUsd,
    salesMarketingSpendUsd: 0,
    newCustomers: 0,
    lifetimeCapMonths: null,
  });
  const ratioProblem =
    r.ltvToCac !== null ? null : r.reasons.ltvToCac === 'zero-churn' ? 'zero churn makes LTV unbounded' : r.reasons.ltvToCac === 'zero-cac' ? 'a CAC of $0 gives no ratio' : 'LTV:CAC cannot be computed';
  let acceptable: Judgement = 'unknown';
  if (r.ltvToCac !== null) {
    const paybackOk = r.paybackMonths !== null && r.paybackMonths < t.maxPaybackMonths;
    acceptable = r.ltvToCac >= t.minLtvToCac - 1e-9 && paybackOk ? 'holds' : 'fails';
  }
  return {
    missing,
    contributionMonthlyUsd: r.contributionMonthlyUsd,
    ltvUsd: r.ltvUsd,
    ltvToCac: r.ltvToCac,
    paybackMonths: r.paybackMonths,
    ratioProblem,
    acceptable,
  };
}
