/**
 * The stage planner: a stage's budget split into lines (per year and per month), its infrastructure
 * capacity and monthly bill, the figures that follow, the month each capacity limit is reached and the
 * cross-check of the bill against the budget's infrastructure share. Money in US dollars; the budget is
 * for one year, so a month is a twelfth of it.
 */
import { budgetAllocation, type BudgetProblem } from './budget';
import { downtimeAllowed, type DowntimeAllowance } from './infrastructure';
import { monthLimitReached, projectedUsage, type CapacityLimit } from './capacity';

/** Months in the budget year. */
export const MONTHS_PER_YEAR = 12;

/** One budget line: what it is for and its share of the total, 0–100. */
export interface PlanBudgetLine {
  id: string;
  category: string;
  sharePct: number;
}

/** One monthly infrastructure bill (cloud, AI/ML, anything added). */
export interface PlanCostLine {
  id: string;
  label: string;
  monthlyUsd: number;
}

/** The three resources whose limits are tracked. */
export type CapacityResource = 'users' | 'interactions' | 'storage';

/** Everything the stage planner needs; the object that is saved and shared. */
export interface StagePlanInputs {
  version: 1;
  /** The budget for one year, USD. */
  budgetTotalUsd: number;
  budgetLines: PlanBudgetLine[];
  /** Id of the budget line that pays for infrastructure (for the cross-check), or null. */
  infrastructureLineId: string | null;
  capacityUsers: number;
  capacityInteractionsPerMonth: number;
  capacityStorageTb: number;
  uptimePct: number;
  costLines: PlanCostLine[];
  currentUsers: number;
  currentInteractionsPerMonth: number;
  currentStorageTb: number;
  /** Growth of usage a month, percent (applies to users, interactions and storage alike). */
  monthlyGrowthPct: number;
}

/** One budget line with its amounts. */
export interface PlanBudgetAmount extends PlanBudgetLine {
  yearlyUsd: number;
  monthlyUsd: number;
}

/** What the budget shares add up to. */
export interface BudgetShareTotal {
  sumPct: number;
  addsUpTo100: boolean;
  /** sumPct − 100: positive when the lines over-allocate. */
  differencePct: number;
  /** Sum of the line amounts − the total, a year. */
  differenceUsd: number;
  /** Sum of the line amounts, a year and a month. */
  allocatedYearlyUsd: number;
  allocatedMonthlyUsd: number;
}

/** The budget's infrastructure share a month against the stated monthly bill. */
export interface InfrastructureShareCheck {
  lineCategory: string;
  shareMonthlyUsd: number;
  costMonthlyUsd: number;
  /** costMonthlyUsd − shareMonthlyUsd: positive when the bill is more than the share. */
  overUsd: number;
  /** Bill as a percentage of the share; null when the share is zero. */
  usedPct: number | null;
  fits: boolean;
}

/** One capacity limit and when it is reached. */
export interface CapacityLimitRow {
  resource: CapacityResource;
  current: number;
  capacity: number;
  limit: CapacityLimit;
}

/** One month of the usage projection, each resource as a percentage of its capacity (null when the capacity is 0). */
export interface ProjectionMonth {
  month: number;
  users: number;
  interactions: number;
  storageTb: number;
  usedPct: Record<CapacityResource, number | null>;
}

/** Everything the planner shows. */
export interface StagePlanResult {
  budget: { ok: true; lines: PlanBudgetAmount[]; total: BudgetShareTotal } | { ok: false; problem: BudgetProblem };
  monthlyBudgetUsd: number;
  infrastructureCostMonthlyUsd: number;
  costPerUserMonthlyUsd: number | null;
  costPer1000InteractionsUsd: number | null;
  downtimePerMonth: DowntimeAllowance | null;
  limits: CapacityLimitRow[];
  /** Earliest limit reached, or null when none is reached within the horizon. */
  firstLimit: CapacityLimitRow | null;
  projection: ProjectionMonth[];
  /** Null when no budget line is chosen as infrastructure or the budget cannot be split. */
  infrastructureCheck: InfrastructureShareCheck | null;
}

const per = (amount: number, units: number): number | null => (units > 0 && Number.isFinite(amount / units) ? amount / units : null);
const pctOf = (value: number, capacity: number): number | null => (capacity > 0 ? (value / capacity) * 100 : null);

/** Months the projection shows: a year past the first limit, at least 12 and at most 60. */
export function projectionMonths(limits: readonly CapacityLimitRow[]): number {
  const months = limits.map((l) => l.limit.month).filter((m): m is number => m !== null);
  const first = months.length > 0 ? Math.min(...months) : 12;
  return Math.min(60, Math.max(12, first + 6));
}

/** Compute the stage plan. */
export function computeStagePlan(inputs: StagePlanInputs): StagePlanResult {
  const allocation = budgetAllocation({
    totalUsd: inputs.budgetTotalUsd,
    sharesPct: inputs.budgetLines.map((l) => ({ category: l.category, sharePct: l.sharePct })),
  });
  const budget: StagePlanResult['budget'] = allocation.ok
    ? {
        ok: true,
        lines: inputs.budgetLines.map((line, i) => {
          const yearlyUsd = allocation.lines[i]!.amountUsd;
          return { ...line, yearlyUsd, monthlyUsd: yearlyUsd / MONTHS_PER_YEAR };
        }),
        total: {
          sumPct: allocation.sumPct,
          addsUpTo100: allocation.addsUpTo100,
          differencePct: allocation.sumPct - 100,
          differenceUsd: allocation.differenceUsd,
          allocatedYearlyUsd: allocation.allocatedUsd,
          allocatedMonthlyUsd: allocation.allocatedUsd / MONTHS_PER_YEAR,
        },
      }
    : { ok: false, problem: allocation.problem };

  const infrastructureCostMonthlyUsd = inputs.costLines.reduce((sum, l) => sum + (Number.isFinite(l.monthlyUsd) && l.monthlyUsd > 0 ? l.monthlyUsd : 0), 0);
  const g = inputs.monthlyGrowthPct;
  const limits: CapacityLimitRow[] = [
    { resource: 'users', current: inputs.currentUsers, capacity: inputs.capacityUsers },
    { resource: 'interactions', current: inputs.currentInteractionsPerMonth, capacity: inputs.capacityInteractionsPerMonth },
    { resource: 'storage', current: inputs.currentStorageTb, capacity: inputs.capacityStorageTb },
  ].map((r) => ({ ...r, resource: r.resource as CapacityResource, limit: monthLimitReached({ current: r.current, capacity: r.capacity, monthlyGrowthPct: g }) }));
  const reached = limits.filter((l) => l.limit.month !== null).sort((a, b) => a.limit.month! - b.limit.month!);

  const horizon = projectionMonths(limits);
  const projection: ProjectionMonth[] = [];
  for (let month = 0; month <= horizon; month++) {
    const users = projectedUsage(inputs.currentUsers, g, month);
    const interactions = projectedUsage(inputs.currentInteractionsPerMonth, g, month);
    const storageTb = projectedUsage(inputs.currentStorageTb, g, month);
    projection.push({
      month,
      users,
      interactions,
      storageTb,
      usedPct: {
        users: pctOf(users, inputs.capacityUsers),
        interactions: pctOf(interactions, inputs.capacityInteractionsPerMonth),
        storage: pctOf(storageTb, inputs.capacityStorageTb),
      },
    });
  }

  let infrastructureCheck: InfrastructureShareCheck | null = null;
  const infraLine = budget.ok ? budget.lines.find((l) => l.id === inputs.infrastructureLineId) : undefined;
  if (infraLine) {
    const overUsd = infrastructureCostMonthlyUsd - infraLine.monthlyUsd;
    infrastructureCheck = {
      lineCategory: infraLine.category,
      shareMonthlyUsd: infraLine.monthlyUsd,
      costMonthlyUsd: infrastructureCostMonthlyUsd,
      overUsd,
      usedPct: infraLine.monthlyUsd > 0 ? (infrastructureCostMonthlyUsd / infraLine.monthlyUsd) * 100 : null,
      fits: overUsd <= 0,
    };
  }

  return {
    budget,
    monthlyBudgetUsd: Number.isFinite(inputs.budgetTotalUsd) ? inputs.budgetTotalUsd / MONTHS_PER_YEAR : 0,
    infrastructureCostMonthlyUsd,
    costPerUserMonthlyUsd: per(infrastructureCostMonthlyUsd, inputs.capacityUsers),
    costPer1000InteractionsUsd: per(infrastructureCostMonthlyUsd, inputs.capacityInteractionsPerMonth / 1000),
    downtimePerMonth: downtimeAllowed({ uptimePct: inputs.uptimePct }),
    limits,
    firstLimit: reached[0] ?? null,
    projection,
    infrastructureCheck,
  };
}

/** The amount of the first budget line whose category matches (case-insensitive), a year; null when there is none. */
export function budgetLineYearlyUsd(result: StagePlanResult, category: string): number | null {
  if (!result.budget.ok) return null;
  const line = result.budget.lines.find((l) => l.category.trim().toLowerCase() === category.toLowerCase());
  return line ? line.yearlyUsd : null;
}
