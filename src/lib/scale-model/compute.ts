/**
 * The scale model: a 12-month hiring plan per role → headcount, ramped capacity, output, cost,
 * managers, pipeline, requisitions and capital efficiency.
 *
 * Timing conventions:
 * - Headcount is counted at the end of each month. A cohort hired in month h (starting headcount: h = 0)
 *   has (1 − monthly attrition)^(m − h) of its people left at the end of month m. Leavers are not
 *   backfilled: add hires to replace them.
 * - A hire in month h is in their k-th month in month m, k = m − h + 1, and produces its ramp fraction
 *   (see `rampFraction`). Starting headcount is fully ramped.
 * - Cost = end-of-month headcount × loaded monthly cost + other monthly costs.
 * - Output toward the target = the summed output of roles marked `countsTowardTarget` (they should share a
 *   unit; `targetUnits` lists the units summed). Gap = max(0, target − output).
 * - Pipeline needed in a month = that month's target × coverage multiple (pipeline coverage is measured
 *   against the target, as in "Pipeline coverage (3x target)").
 * - Managers needed = ceil(headcount ÷ span of control), for all roles together and per role; managers are
 *   not added to headcount or cost (add a role for them to plan and cost them).
 */
import { computeCapitalEfficiency } from './capital';
import { managersNeeded, monthlyAttritionRate, rampFraction, resolveCoverage, sum } from './math';
import { buildRequisitions } from './requisitions';
import { PLAN_MONTHS } from './rules';
import { sanitizeScaleModelInputs } from './sanitize';
import type { Requisition, ScaleModelInputs, ScaleModelResult, ScaleMonth, ScaleRole, ScaleRoleMonth } from './types';

/** Monthly series of one role (index 0 = month 1). */
export interface RoleSeries {
  headcount: number[];
  rampedFte: number[];
  output: number[];
  costUsd: number[];
}

/** Headcount, ramped FTE, output and cost of one role for each plan month (inputs assumed valid). */
export function computeRoleSeries(role: ScaleRole): RoleSeries {
  // Plain loops over preallocated arrays: this runs once per role for every recompute and every sensitivity run.
  const keep = 1 - monthlyAttritionRate(role.annualAttritionPct);
  const survivalAfter = new Array<number>(PLAN_MONTHS + 1);
  const rampInMonth = new Array<number>(PLAN_MONTHS);
  survivalAfter[0] = 1;
  for (let m = 1; m <= PLAN_MONTHS; m++) {
    survivalAfter[m] = (survivalAfter[m - 1] ?? 0) * keep;
    rampInMonth[m - 1] = rampFraction(m, role.rampMonths, role.rampCurve);
  }
  const outputPerRampedFte = role.fullOutputPerMonth * (role.attainmentPct / 100);
  const series: RoleSeries = {
    headcount: new Array<number>(PLAN_MONTHS),
    rampedFte: new Array<number>(PLAN_MONTHS),
    output: new Array<number>(PLAN_MONTHS),
    costUsd: new Array<number>(PLAN_MONTHS),
  };

  for (let m = 1; m <= PLAN_MONTHS; m++) {
    let headcount = role.startingHeadcount * (survivalAfter[m] ?? 0);
    let rampedFte = headcount;
    for (let h = 1; h <= m; h++) {
      const hires = role.hiresPerMonth[h - 1] ?? 0;
      if (hires === 0) continue;
      const stayed = hires * (survivalAfter[m - h] ?? 0);
      headcount += stayed;
      rampedFte += stayed * (rampInMonth[m - h] ?? 0);
    }
    series.headcount[m - 1] = headcount;
    series.rampedFte[m - 1] = rampedFte;
    series.output[m - 1] = rampedFte * outputPerRampedFte;
    series.costUsd[m - 1] = headcount * role.loadedMonthlyCostUsd;
  }
  return series;
}

/** Plan-wide monthly totals and capital efficiency: everything the key results need, without per-month detail. */
export interface ScaleCore {
  headcount: number[];
  rampedFte: number[];
  /** Output of the roles that count toward the target. */
  output: number[];
  headcountCostUsd: number[];
  costUsd: number[];
  netNewArrUsd: number[];
  money: ReturnType<typeof computeCapitalEfficiency>;
}

/**
 * Sum the roles' series into plan totals and follow the money. `inputs` must already be sanitized and
 * `series[r]` must belong to `inputs.roles[r]`; the sensitivity analysis reuses unchanged roles' series.
 */
export function computeScaleCore(inputs: ScaleModelInputs, series: readonly RoleSeries[]): ScaleCore {
  const { roles } = inputs;
  const core: Omit<ScaleCore, 'money'> = {
    headcount: new Array<number>(PLAN_MONTHS),
    rampedFte: new Array<number>(PLAN_MONTHS),
    output: new Array<number>(PLAN_MONTHS),
    headcountCostUsd: new Array<number>(PLAN_MONTHS),
    costUsd: new Array<number>(PLAN_MONTHS),
    netNewArrUsd: new Array<number>(PLAN_MONTHS),
  };
  for (let i = 0; i < PLAN_MONTHS; i++) {
    let hc = 0, fte = 0, out = 0, hcCost = 0, arr = 0;
    for (let r = 0; r < roles.length; r++) {
      const role = roles[r];
      const s = series[r];
      if (!role || !s) continue;
      hc += s.headcount[i] ?? 0;
      fte += s.rampedFte[i] ?? 0;
      hcCost += s.costUsd[i] ?? 0;
      if (role.countsTowardTarget) out += s.output[i] ?? 0;
      if (role.outputIsNetNewArr) arr += s.output[i] ?? 0;
    }
    core.headcount[i] = hc;
    core.rampedFte[i] = fte;
    core.output[i] = out;
    core.headcountCostUsd[i] = hcCost;
    core.costUsd[i] = hcCost + inputs.otherMonthlyCostUsd;
    core.netNewArrUsd[i] = arr;
  }
  return { ...core, money: computeCapitalEfficiency(core.costUsd, core.netNewArrUsd, inputs) };
}

/** Run the scale model. Odd inputs are clamped first (listed in `adjustments`), so every figure is finite. */
export function computeScaleModel(rawInputs: ScaleModelInputs): ScaleModelResult {
  const { inputs, adjustments } = sanitizeScaleModelInputs(rawInputs);
  const { roles } = inputs;
  const coverage = resolveCoverage(inputs.winRatePct, inputs.coverageMultiple);
  const series = roles.map(computeRoleSeries);
  const requisitions = buildRequisitions(roles);
  const core = computeScaleCore(inputs, series);
  const { headcount, rampedFte, output, money } = core;
  const cost = core.costUsd;
  const headcountCost = core.headcountCostUsd;
  const netNewArr = core.netNewArrUsd;
  const requisitionsByMonth = new Map<number, Requisition[]>();
  for (const req of requisitions) {
    const month = Math.max(1, req.openMonth);
    const list = requisitionsByMonth.get(month);
    if (list) list.push(req);
    else requisitionsByMonth.set(month, [req]);
  }

  let cumulativeOutput = 0;
  let cumulativeCost = 0;
  const months: ScaleMonth[] = [];
  for (let i = 0; i < PLAN_MONTHS; i++) {
    const month = i + 1;
    cumulativeOutput += output[i] ?? 0;
    cumulativeCost += cost[i] ?? 0;
    const target = inputs.monthlyOutputTarget;
    months.push({
      month,
      headcount: headcount[i] ?? 0,
      rampedFte: rampedFte[i] ?? 0,
      stillRampingFte: (headcount[i] ?? 0) - (rampedFte[i] ?? 0),
      output: output[i] ?? 0,
      cumulativeOutput,
      headcountCostUsd: headcountCost[i] ?? 0,
      otherCostUsd: inputs.otherMonthlyCostUsd,
      costUsd: cost[i] ?? 0,
      cumulativeCostUsd: cumulativeCost,
      managersNeeded: managersNeeded(headcount[i] ?? 0, inputs.spanOfControl),
      outputTarget: target,
      gapToTarget: Math.max(0, target - (output[i] ?? 0)),
      pipelineNeeded: target * coverage.multiple,
      netNewArrUsd: netNewArr[i] ?? 0,
      endingArrUsd: money.monthly.endingArrUsd[i] ?? 0,
      revenueUsd: money.monthly.revenueUsd[i] ?? 0,
      grossProfitUsd: money.monthly.grossProfitUsd[i] ?? 0,
      netBurnUsd: money.monthly.netBurnUsd[i] ?? 0,
      endingCashUsd: money.monthly.endingCashUsd[i] ?? 0,
      salesMarketingCostUsd: money.monthly.salesMarketingCostUsd[i] ?? 0,
      requisitionsToOpen: requisitionsByMonth.get(month) ?? [],
      lateRequisitionsToOpen: (requisitionsByMonth.get(month) ?? []).filter((req) => req.late).length,
      roles: roles.map((role, r): ScaleRoleMonth => {
        const s = series[r];
        const roleHeadcount = s?.headcount[i] ?? 0;
        return {
          roleId: role.id,
          hires: role.hiresPerMonth[i] ?? 0,
          headcount: roleHeadcount,
          rampedFte: s?.rampedFte[i] ?? 0,
          output: s?.output[i] ?? 0,
          costUsd: s?.costUsd[i] ?? 0,
          managersNeeded: managersNeeded(roleHeadcount, inputs.spanOfControl),
        };
      }),
    });
  }

  const last = months[PLAN_MONTHS - 1];
  return {
    months,
    roles: roles.map((role, r) => {
      const s = series[r];
      return {
        roleId: role.id,
        roleName: role.name,
        outputUnit: role.outputUnit,
        hires12: sum(role.hiresPerMonth),
        output12: sum(s?.output ?? []),
        costUsd12: sum(s?.costUsd ?? []),
        endingHeadcount: s?.headcount[PLAN_MONTHS - 1] ?? 0,
        endingRampedFte: s?.rampedFte[PLAN_MONTHS - 1] ?? 0,
      };
    }),
    requisitions,
    coverage,
    targetUnits: [...new Set(roles.filter((r) => r.countsTowardTarget).map((r) => r.outputUnit))],
    totals: {
      startingHeadcount: sum(roles.map((role) => role.startingHeadcount)),
      hires12: sum(roles.map((role) => sum(role.hiresPerMonth))),
      output12: sum(output),
      costUsd12: sum(cost),
      headcountCostUsd12: sum(headcountCost),
      otherCostUsd12: sum(months.map((m) => m.otherCostUsd)),
      outputTarget12: inputs.monthlyOutputTarget * PLAN_MONTHS,
      monthsShortOfTarget: months.filter((m) => m.gapToTarget > 0).length,
      endingHeadcount: last?.headcount ?? 0,
      endingCapacity: last?.rampedFte ?? 0,
      maxManagersNeeded: Math.max(0, ...months.map((m) => m.managersNeeded)),
      lateRequisitions: requisitions.filter((req) => req.late).length,
    },
    capitalEfficiency: money.summary,
    adjustments,
  };
}
