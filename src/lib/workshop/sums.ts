/**
 * Derived sums of the worksheets: team plan totals and changes, recruiting channel shares,
 * 12-month success metrics, bottleneck costs and infrastructure roadmap costs.
 * Unanswered fields are left out of sums and reported, never read as 0.
 */
import type { WorkshopDefinition } from './definition';
import { getWorksheet, type NumberUnit } from './worksheets/index';
import type { FieldValue, WorkshopWorksheets, WorksheetValues } from './worksheets/values';
import { workshopMessages } from './messages';
import { finiteOrNull } from '../parse';

/** Sums closer than this are equal (shares such as 33.3 + 33.3 + 33.4 are not exactly 100 in floating point). */
const EPSILON = 1e-9;

const numberOrNull = (v: FieldValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const field = (values: WorksheetValues, id: string) => numberOrNull(values.fields[id]);

/** One function of the 12-month team plan. */
export interface TeamFunctionPlan {
  functionId: string;
  label: string;
  /** False for functions the seed's current team does not list (Customer Success, Executive). */
  hasCurrentField: boolean;
  current: number | null;
  target: number | null;
  /** The "(+___)" the participant entered. */
  enteredChange: number | null;
  /** Target − current, when both are known. */
  computedChange: number | null;
  /** The entered change differs from target − current. */
  changeMismatch: boolean;
  message: string | null;
}

/** Totals of the team worksheet. */
export interface TeamPlanSums {
  functions: TeamFunctionPlan[];
  currentTotal: number | null;
  /** Sum of the answered current function counts. */
  currentFunctionsSum: number;
  /** Current total minus the listed functions (people outside them); null without a total. */
  currentOutsideListed: number | null;
  targetTotal: number | null;
  /** Sum of the answered function targets. */
  targetFunctionsSum: number;
  targetsAnswered: number;
  /**
   * True when the function targets disagree with "Total target": all answered and a different sum, or
   * already more than the total. False when all answered and equal. Null while it cannot be told yet.
   */
  targetTotalMismatch: boolean | null;
  targetTotalMessage: string | null;
  /** Total target − total team members. */
  plannedGrowth: number | null;
}

/** Team plan totals and changes from the TEAM SCALING ARCHITECTURE worksheet. */
export function computeTeamPlan(workshop: Pick<WorkshopDefinition, 'teamFunctions'>, values: WorksheetValues): TeamPlanSums {
  const functions = workshop.teamFunctions.map((f): TeamFunctionPlan => {
    const current = f.hasCurrent ? field(values, `current-${f.id}`) : null;
    const target = field(values, `target-${f.id}`);
    const enteredChange = field(values, `delta-${f.id}`);
    const computedChange = current !== null && target !== null ? target - current : null;
    const changeMismatch = enteredChange !== null && computedChange !== null && Math.abs(enteredChange - computedChange) > EPSILON;
    return {
      functionId: f.id,
      label: f.label,
      hasCurrentField: f.hasCurrent,
      current,
      target,
      enteredChange,
      computedChange,
      changeMismatch,
      message: changeMismatch && enteredChange !== null && computedChange !== null ? workshopMessages.teamDeltaMismatch(enteredChange, computedChange) : null,
    };
  });
  const currentTotal = field(values, 'current-total');
  const targetTotal = field(values, 'target-total');
  const currentFunctionsSum = functions.reduce((s, f) => s + (f.current ?? 0), 0);
  const targets = functions.filter((f) => f.target !== null);
  const targetFunctionsSum = targets.reduce((s, f) => s + (f.target ?? 0), 0);
  const allTargets = targets.length === functions.length;
  let targetTotalMismatch: boolean | null = null;
  if (targetTotal !== null && targets.length > 0) {
    if (targetFunctionsSum > targetTotal + EPSILON) targetTotalMismatch = true;
    else if (allTargets) targetTotalMismatch = Math.abs(targetFunctionsSum - targetTotal) > EPSILON;
  }
  return {
    functions,
    currentTotal,
    currentFunctionsSum,
    currentOutsideListed: currentTotal === null ? null : currentTotal - currentFunctionsSum,
    targetTotal,
    targetFunctionsSum,
    targetsAnswered: targets.length,
    targetTotalMismatch,
    targetTotalMessage: targetTotalMismatch && targetTotal !== null ? workshopMessages.teamTargetMismatch(targetFunctionsSum, targetTotal) : null,
    plannedGrowth: currentTotal !== null && targetTotal !== null ? targetTotal - currentTotal : null,
  };
}

/** Recruiting channel shares and their sum. */
export interface RecruitingChannelSums {
  channels: Array<{ id: string; label: string; pct: number | null }>;
  sumPct: number;
  answered: number;
  /** 100 − sum of the answered shares. */
  remainingPct: number;
  /** Shown when at least one share is entered and they do not add up to 100%. */
  warning: string | null;
}

/** Recruiting channel shares from the STRATEGIC HIRING PLAN worksheet. */
export function computeRecruitingChannels(workshop: Pick<WorkshopDefinition, 'recruitingChannels'>, values: WorksheetValues): RecruitingChannelSums {
  const channels = workshop.recruitingChannels.map((c) => ({ id: c.id, label: c.label, pct: field(values, c.id) }));
  const answered = channels.filter((c) => c.pct !== null).length;
  const sumPct = channels.reduce((s, c) => s + (c.pct ?? 0), 0);
  const off = answered > 0 && Math.abs(sumPct - 100) > EPSILON;
  return { channels, sumPct, answered, remainingPct: 100 - sumPct, warning: off ? workshopMessages.channelsNot100(sumPct) : null };
}

/** A from → to success metric and its change. */
export interface MetricChange {
  id: string;
  label: string;
  unit: NumberUnit;
  from: number | null;
  to: number | null;
  change: number | null;
  /** Change as a percentage of `from`; null when either is missing or `from` is 0 (see `changePctNote`). */
  changePct: number | null;
  /** Why `changePct` is null: a figure is missing, the start is 0, or the start is so small the rate leaves the range of numbers. */
  changePctNote: 'missing' | 'from-zero' | 'out-of-range' | null;
}

/** The 12-month success metrics (team size, revenue, customers) from the SCALING EXECUTION PLAN. */
export function computeSuccessMetrics(workshop: Pick<WorkshopDefinition, 'successMetrics'>, values: WorksheetValues): MetricChange[] {
  return workshop.successMetrics.map((m) => {
    const from = field(values, `${m.id}-from`);
    const to = field(values, `${m.id}-to`);
    const missing = from === null || to === null;
    const change = missing ? null : to - from;
    const fromZero = !missing && from === 0;
    const changePct = change === null || fromZero || from === null ? null : finiteOrNull((change / from) * 100);
    return {
      id: m.id,
      label: m.label,
      unit: m.unit,
      from,
      to,
      change,
      changePct,
      changePctNote: missing ? 'missing' : fromZero ? 'from-zero' : changePct === null ? 'out-of-range' : null,
    };
  });
}

/** The bottlenecks' costs and timelines. */
export interface BottleneckSums {
  rows: Array<{ index: number; name: string | null; monthlyCostUsd: number | null; timelineWeeks: number | null }>;
  totalMonthlyCostUsd: number;
  annualCostUsd: number;
  costsEntered: number;
  /** The longest entered timeline: when all fixes are done if they run in parallel. */
  longestTimelineWeeks: number | null;
}

/** Total monthly cost of the fixes in the TECHNICAL SCALING STRATEGY's bottlenecks. */
export function computeBottleneckCosts(values: WorksheetValues): BottleneckSums {
  const rows = (values.groups['bottlenecks'] ?? []).map((row, index) => ({
    index,
    name: typeof row['name'] === 'string' && row['name'].trim() !== '' ? row['name'] : null,
    monthlyCostUsd: numberOrNull(row['monthly-cost-usd']),
    timelineWeeks: numberOrNull(row['timeline-weeks']),
  }));
  const costs = rows.flatMap((r) => (r.monthlyCostUsd === null ? [] : [r.monthlyCostUsd]));
  const timelines = rows.flatMap((r) => (r.timelineWeeks === null ? [] : [r.timelineWeeks]));
  const total = costs.reduce((s, c) => s + c, 0);
  return {
    rows,
    totalMonthlyCostUsd: total,
    annualCostUsd: total * 12,
    costsEntered: costs.length,
    longestTimelineWeeks: timelines.length > 0 ? Math.max(...timelines) : null,
  };
}

/** The infrastructure phases in seed order, labelled with their seed headings. */
function roadmapPhases(workshop: Pick<WorkshopDefinition, 'worksheets'>): Array<{ id: string; label: string }> {
  return getWorksheet(workshop, 'infrastructure-roadmap')
    .sections.filter((s) => s.id.startsWith('phase-'))
    .map((s) => ({ id: s.id, label: s.heading ?? s.id }));
}

/** Cost impacts of the infrastructure roadmap. */
export interface RoadmapCostSums {
  /**
   * Each phase's "Cost impact" and the monthly run-rate increase once it is done, reading each
   * impact as added to the previous phases' (null for a phase whose impact is not entered).
   */
  phases: Array<{ id: string; label: string; monthlyCostUsd: number | null; cumulativeMonthlyCostUsd: number | null }>;
  totalMonthlyCostUsd: number;
  /** The run-rate increase over a year (monthly total × 12). */
  totalAnnualCostUsd: number;
  phasesEntered: number;
}

/** Cost impact totals of the TECHNICAL SCALING ROADMAP. */
export function computeRoadmapCosts(workshop: Pick<WorkshopDefinition, 'worksheets'>, values: WorksheetValues): RoadmapCostSums {
  let running = 0;
  const phases = roadmapPhases(workshop).map((p) => {
    const cost = field(values, `${p.id}-monthly-cost-usd`);
    if (cost !== null) running += cost;
    return { id: p.id, label: p.label, monthlyCostUsd: cost, cumulativeMonthlyCostUsd: cost === null ? null : running };
  });
  return { phases, totalMonthlyCostUsd: running, totalAnnualCostUsd: running * 12, phasesEntered: phases.filter((p) => p.monthlyCostUsd !== null).length };
}

/** Every derived sum of the workshop. */
export interface WorkshopSums {
  teamPlan: TeamPlanSums;
  recruitingChannels: RecruitingChannelSums;
  successMetrics: MetricChange[];
  bottlenecks: BottleneckSums;
  roadmapCosts: RoadmapCostSums;
}

/** Compute every derived sum from all worksheets. */
export function computeWorkshopSums(workshop: WorkshopDefinition, worksheets: WorkshopWorksheets): WorkshopSums {
  return {
    teamPlan: computeTeamPlan(workshop, worksheets['team-scaling']),
    recruitingChannels: computeRecruitingChannels(workshop, worksheets.hiring),
    successMetrics: computeSuccessMetrics(workshop, worksheets.roadmap),
    bottlenecks: computeBottleneckCosts(worksheets['technical-scaling']),
    roadmapCosts: computeRoadmapCosts(workshop, worksheets['infrastructure-roadmap']),
  };
}
