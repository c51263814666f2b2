/**
 * Revenue, cash and capital efficiency from the monthly costs and net new ARR.
 *
 * Conventions (also on the tool's "how this is calculated"):
 * - ARR at the end of month m = starting ARR + net new ARR booked in months 1..m.
 * - Revenue in month m = ARR at the start of month m ÷ 12: what is booked in a month bills from the next.
 * - Gross profit = revenue × gross margin. The model's costs are operating costs, so the cost of revenue
 *   is revenue × (1 − margin) and net burn = cost − gross profit (negative when a month makes cash).
 * - Burn multiple = 12-month net burn ÷ 12-month net new ARR; null when not burning or no net new ARR.
 * - Magic number, quarterly: net new ARR of a quarter ÷ S&M spend of the quarter before. ARR is already
 *   annual, so there is no ×4. The headline is the latest quarter (months 10–12 over 7–9); quarter 1 has
 *   no prior quarter in the plan.
 * - CAC payback months = 12-month S&M spend ÷ (12-month net new ARR × margin ÷ 12): months of gross
 *   profit from the new ARR it takes to earn back the S&M spend of the same 12 months.
 * - Runway: cash is followed month by month; if it runs out inside the plan, runway is the fractional
 *   month it reaches zero; otherwise it extends past month 12 at month 12's net burn. Null when cash never
 *   runs out because month 12 is not burning.
 */
import { burnMultipleBand, metricOf, noMetric, ratioMetric, sum } from './math';
import { PLAN_MONTHS } from './rules';
import type { CapitalEfficiency, Metric, ScaleModelInputs } from './types';

/** Monthly money figures (index 0 = month 1). */
export interface MonthlyMoney {
  endingArrUsd: number[];
  revenueUsd: number[];
  grossProfitUsd: number[];
  netBurnUsd: number[];
  endingCashUsd: number[];
  salesMarketingCostUsd: number[];
}

type MoneyInputs = Pick<ScaleModelInputs, 'startingArrUsd' | 'grossMarginPct' | 'startingCashUsd' | 'salesMarketingCostPct'>;

/** Follow ARR, revenue, burn and cash through the plan months and summarise capital efficiency. */
export function computeCapitalEfficiency(
  costUsd: readonly number[],
  netNewArrUsd: readonly number[],
  inputs: MoneyInputs,
): { monthly: MonthlyMoney; summary: CapitalEfficiency } {
  const margin = inputs.grossMarginPct / 100;
  const smShare = inputs.salesMarketingCostPct / 100;
  const monthly: MonthlyMoney = {
    endingArrUsd: [],
    revenueUsd: [],
    grossProfitUsd: [],
    netBurnUsd: [],
    endingCashUsd: [],
    salesMarketingCostUsd: [],
  };
  let arr = inputs.startingArrUsd;
  let cash = inputs.startingCashUsd;
  let cashOutMonth: number | null = null;
  let runwayInside: number | null = null;

  for (let i = 0; i < PLAN_MONTHS; i++) {
    const cost = costUsd[i] ?? 0;
    const revenue = arr / 12;
    const grossProfit = revenue * margin;
    const netBurn = cost - grossProfit;
    if (runwayInside === null && netBurn > 0 && cash - netBurn < 0) {
      runwayInside = i + Math.max(0, cash) / netBurn;
    }
    cash -= netBurn;
    if (cashOutMonth === null && cash < 0) cashOutMonth = i + 1;
    arr += netNewArrUsd[i] ?? 0;
    monthly.endingArrUsd.push(arr);
    monthly.revenueUsd.push(revenue);
    monthly.grossProfitUsd.push(grossProfit);
    monthly.netBurnUsd.push(netBurn);
    monthly.endingCashUsd.push(cash);
    monthly.salesMarketingCostUsd.push(cost * smShare);
  }

  const netBurnUsd12 = sum(monthly.netBurnUsd);
  const netNewArrUsd12 = sum(netNewArrUsd);
  const salesMarketingCostUsd12 = sum(monthly.salesMarketingCostUsd);
  const burnMultiple = burnMultipleOf(netBurnUsd12, netNewArrUsd12);
  const magicNumberByQuarter = quarterlyMagicNumbers(netNewArrUsd, monthly.salesMarketingCostUsd);
  const lastBurn = monthly.netBurnUsd[PLAN_MONTHS - 1] ?? 0;

  let runwayMonths: Metric;
  if (runwayInside !== null) runwayMonths = metricOf(runwayInside);
  else if (lastBurn > 0) runwayMonths = metricOf(PLAN_MONTHS + cash / lastBurn);
  else runwayMonths = noMetric('notBurning');

  return {
    monthly,
    summary: {
      startingArrUsd: inputs.startingArrUsd,
      revenueUsd12: sum(monthly.revenueUsd),
      grossProfitUsd12: sum(monthly.grossProfitUsd),
      netBurnUsd12,
      netNewArrUsd12,
      endingArrUsd: arr,
      salesMarketingCostUsd12,
      burnMultiple,
      burnMultipleBand: burnMultiple.value === null ? null : burnMultipleBand(burnMultiple.value),
      magicNumber: magicNumberByQuarter[3] ?? noMetric('noPriorQuarter'),
      magicNumberByQuarter,
      cacPaybackMonths: cacPaybackMonths(salesMarketingCostUsd12, netNewArrUsd12, margin),
      runwayMonths,
      cashOutMonth,
      endingCashUsd: cash,
    },
  };
}

/** Burn multiple = net burn ÷ net new ARR; null when there is no net new ARR or no burn. */
export function burnMultipleOf(netBurnUsd: number, netNewArrUsd: number): Metric {
  if (!(netNewArrUsd > 0)) return noMetric('noNetNewArr');
  if (!(netBurnUsd > 0)) return noMetric('notBurning');
  return metricOf(netBurnUsd / netNewArrUsd);
}

/** Magic number per quarter: quarter's net new ARR ÷ previous quarter's S&M spend (quarter 1 has none). */
export function quarterlyMagicNumbers(netNewArrUsd: readonly number[], salesMarketingCostUsd: readonly number[]): Metric[] {
  const quarter = (values: readonly number[], q: number) => sum(values.slice(q * 3, q * 3 + 3));
  const out: Metric[] = [noMetric('noPriorQuarter')];
  for (let q = 1; q < 4; q++) {
    out.push(ratioMetric(quarter(netNewArrUsd, q), quarter(salesMarketingCostUsd, q - 1), 'noSalesMarketingSpend'));
  }
  return out;
}

/** CAC payback months = S&M spend ÷ (net new ARR × margin ÷ 12); null without net new ARR or gross margin. */
export function cacPaybackMonths(salesMarketingCostUsd: number, netNewArrUsd: number, grossMargin: number): Metric {
  if (!(netNewArrUsd > 0)) return noMetric('noNetNewArr');
  return ratioMetric(salesMarketingCostUsd, (netNewArrUsd * grossMargin) / 12, 'noGrossProfit');
}
