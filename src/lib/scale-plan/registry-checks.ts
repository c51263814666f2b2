/**
 * The cross-checks the scale plan runs, each reading plain figures out of the context and handing them
 * to a pure check in `checks.ts`. Checks that need tools this browser does not have yet report which
 * inputs are missing.
 */
import type { ScalePlanContext } from './build';
import type { ScalePlanCheck } from './types';
import { budgetLineYearlyUsd } from '../stage-planner/plan';
import { budgetTotalCheck, capacityGrowthCheck, channelAllocationCheck, orgHeadcountCheck, infrastructureShareCheck, monthlyGrowthPct, paybackCheck, personnelShareCheck } from './checks';
import { PLAN_MONTHS } from '../scale-model';

const perMonth = (yearly: number | null) => (yearly === null ? null : yearly / 12);

/** Built-in cross-checks, in document order. */
export const SCALE_PLAN_CHECKS: readonly ScalePlanCheck<ScalePlanContext>[] = [
  {
    id: 'personnel-share',
    title: "Hiring plan's monthly cost against the budget's personnel share",
    fixes: [
      { label: 'Change the hiring plan', path: '/tools/scale-model/' },
      { label: 'Change the budget', path: '/tools/stage-planner/' },
    ],
    run: ({ scaleModelResult, stagePlanResult }) =>
      personnelShareCheck({
        planMonth12HeadcountCostUsd: scaleModelResult?.months[PLAN_MONTHS - 1]?.headcountCostUsd ?? null,
        personnelShareMonthlyUsd: stagePlanResult ? perMonth(budgetLineYearlyUsd(stagePlanResult, 'personnel')) : null,
      }),
  },
  {
    id: 'budget-total',
    title: "Hiring plan's 12-month cost against the year's budget",
    fixes: [
      { label: 'Change the hiring plan', path: '/tools/scale-model/' },
      { label: 'Change the budget', path: '/tools/stage-planner/' },
    ],
    run: ({ scaleModelResult, stagePlan }) => budgetTotalCheck({ planCost12Usd: scaleModelResult?.totals.costUsd12 ?? null, budgetYearUsd: stagePlan?.budgetTotalUsd ?? null }),
  },
  {
    id: 'payback',
    title: "Scale model's CAC payback against the unit economics payback",
    fixes: [
      { label: 'Change the unit economics', path: '/tools/unit-economics/' },
      { label: 'Change the scale model', path: '/tools/scale-model/' },
    ],
    run: ({ scaleModelResult, unitEconomicsResult }) =>
      paybackCheck({ planPaybackMonths: scaleModelResult?.capitalEfficiency.cacPaybackMonths.value ?? null, unitPaybackMonths: unitEconomicsResult?.paybackMonths ?? null }),
  },
  {
    id: 'infrastructure-share',
    title: "Infrastructure costs against the budget's infrastructure share",
    fixes: [{ label: 'Change the stage plan', path: '/tools/stage-planner/' }],
    run: ({ stagePlanResult }) =>
      infrastructureShareCheck({
        infrastructureMonthlyUsd: stagePlanResult?.infrastructureCostMonthlyUsd ?? null,
        infrastructureShareMonthlyUsd: stagePlanResult?.infrastructureCheck?.shareMonthlyUsd ?? null,
      }),
  },
  {
    id: 'capacity-growth',
    title: "Infrastructure capacity against the hiring plan's growth",
    fixes: [
      { label: 'Change the capacity or growth', path: '/tools/stage-planner/' },
      { label: 'Change the hiring plan', path: '/tools/scale-model/' },
    ],
    run: ({ scaleModel, scaleModelResult, stagePlan }) =>
      capacityGrowthCheck({
        planArrGrowthPct: scaleModel && scaleModelResult ? monthlyGrowthPct(scaleModel.startingArrUsd, scaleModelResult.capitalEfficiency.endingArrUsd, PLAN_MONTHS) : null,
        plannerGrowthPct: stagePlan?.monthlyGrowthPct ?? null,
        resources: stagePlan
          ? [
              { current: stagePlan.currentUsers, capacity: stagePlan.capacityUsers },
              { current: stagePlan.currentInteractionsPerMonth, capacity: stagePlan.capacityInteractionsPerMonth },
              { current: stagePlan.currentStorageTb, capacity: stagePlan.capacityStorageTb },
            ].filter((r) => r.capacity > 0)
          : null,
        planMonths: PLAN_MONTHS,
      }),
  },
  {
    id: 'channel-allocation',
    title: "Channel allocation against the budget's marketing share",
    fixes: [
      { label: 'Change the channel allocation', path: '/tools/channel-tiers/' },
      { label: 'Change the budget', path: '/tools/stage-planner/' },
    ],
    // An allocation of headcount has no dollars to set against the budget.
    run: ({ channels, stagePlanResult }) =>
      channelAllocationCheck({
        channelAllocationYearlyUsd: channels?.allocation.unit === 'usd' ? channels.allocation.total : null,
        marketingShareYearlyUsd: stagePlanResult ? budgetLineYearlyUsd(stagePlanResult, 'marketing') : null,
      }),
  },
  {
    id: 'org-headcount',
    title: "Org design's headcount against the scale model's roles",
    fixes: [
      { label: 'Change the org design', path: '/tools/org-design/' },
      { label: 'Change the hiring plan', path: '/tools/scale-model/' },
    ],
    run: ({ orgResult, scaleModelResult }) =>
      orgHeadcountCheck({
        orgDesignHeadcount: orgResult && orgResult.totals.headcount > 0 ? orgResult.totals.headcount : null,
        planEndingHeadcount: scaleModelResult?.totals.endingHeadcount ?? null,
      }),
  },
];
