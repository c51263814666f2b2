/**
 * Automation ROI: what automating a process saves against what it costs.
 *
 * - Monthly savings = hours saved per week × 52 ÷ 12 × loaded hourly cost.
 * - Net monthly benefit = monthly savings − monthly cost.
 * - ROI = monthly savings ÷ monthly cost, read as "n:1"; with no running cost there is no ratio
 *   (`roiNote: 'no-running-cost'`), never Infinity.
 * - Payback months = one-time cost ÷ net monthly benefit. When savings do not cover the monthly cost
 *   (net < 0, or net = 0 with a one-time cost to recover) the result is `neverPaysBack: true`; with no
 *   one-time cost and a net ≥ 0 there is nothing to recover, so payback is 0 months.
 * - Amounts are capped at $1 trillion and hours at 168 a week; a ratio or payback that still leaves the
 *   range of numbers (a running cost of a fraction of a cent) is reported as such, never as Infinity.
 *
 * A process counts when its hours saved and monthly cost are entered and valid (the monthly cost may be 0;
 * a blank is "not known yet", not 0). Current hours and one-time cost are optional. Totals add the counted
 * processes only; dollar figures also need the hourly cost.
 */
import { messages } from '../messages';
import { finiteOrNull } from '../parse';
import { automationMessages } from './messages';
import { MAX_HOURS_PER_WEEK, MAX_USD, type AutomationProcessInput, type AutomationRoiInputs } from './schema';

/** Weeks in an average month (52 ÷ 12), the seed's conversion of hours per week to hours per month. */
export const WEEKS_PER_MONTH = 52 / 12;

/** Why there is no ROI ratio. */
export type RoiNote = 'no-running-cost' | 'missing-hourly-cost' | 'not-counted' | 'out-of-range';

/** Payback: months, or a flag that it never pays back. */
export type Payback =
  | { neverPaysBack: false; months: number }
  | { neverPaysBack: true; reason: 'savings-below-cost' | 'no-net-benefit' | 'beyond-range' };

/** A process's state: blank row, something missing, a value that is wrong, or counted. */
export type ProcessStatus = 'empty' | 'incomplete' | 'invalid' | 'counted';

/** A message for one input (`processIndex: null` for the hourly cost). */
export interface AutomationIssue {
  processIndex: number | null;
  field: keyof AutomationProcessInput | 'loadedHourlyCostUsd';
  message: string;
}

/** Money figures shared by a process and the totals. */
export interface RoiFigures {
  hoursSavedPerWeek: number;
  /** Hours saved a month: a week's hours × 52 ÷ 12. */
  hoursSavedPerMonth: number;
  monthlyCostUsd: number;
  oneTimeCostUsd: number;
  /** Null without a valid hourly cost. */
  monthlySavingsUsd: number | null;
  netMonthlyBenefitUsd: number | null;
  annualNetBenefitUsd: number | null;
  /** Savings per dollar of monthly cost; null with `roiNote` saying why. */
  roiRatio: number | null;
  roiNote: RoiNote | null;
  /** Null without a valid hourly cost. */
  payback: Payback | null;
}

/** One process's result. */
export interface AutomationProcessResult {
  name: string;
  status: ProcessStatus;
  /** Figures when the process is counted, otherwise null. */
  figures: RoiFigures | null;
  /** Hours saved as a share of current effort (0–100); null without current hours. */
  savedSharePct: number | null;
}

/** The totals over counted processes. */
export interface AutomationTotals extends RoiFigures {
  currentHoursPerWeek: number;
  countedProcesses: number;
  /** Rows with something entered that could not be counted (incomplete or invalid). */
  uncountedProcesses: number;
}

/** Everything the calculator shows. */
export interface AutomationRoiResult {
  processes: AutomationProcessResult[];
  totals: AutomationTotals;
  issues: AutomationIssue[];
}

/** Compute per-process and total ROI. */
export function computeAutomationRoi(inputs: AutomationRoiInputs): AutomationRoiResult {
  const issues: AutomationIssue[] = [];
  const rate = checkAmount(inputs.loadedHourlyCostUsd, MAX_USD, 'loadedHourlyCostUsd', issues);
  const rateUsable = rate.ok && rate.value !== null;
  const hourlyRate = rate.ok ? rate.value : null;

  const processes = inputs.processes.map((p, i) => evaluateProcess(p, i, hourlyRate, issues));
  const counted = processes.filter((p) => p.status === 'counted');
  if (!rateUsable && rate.ok && counted.length > 0) {
    issues.push({ processIndex: null, field: 'loadedHourlyCostUsd', message: automationMessages.rateMissing });
  }

  const sum = (pick: (f: RoiFigures) => number) => counted.reduce((s, p) => s + (p.figures ? pick(p.figures) : 0), 0);
  const figures = roiFigures(sum((f) => f.hoursSavedPerWeek), sum((f) => f.monthlyCostUsd), sum((f) => f.oneTimeCostUsd), hourlyRate);
  const currentHoursPerWeek = inputs.processes.reduce(
    (s, p, i) => s + (processes[i]?.status === 'counted' && p.currentHoursPerWeek !== null ? p.currentHoursPerWeek : 0),
    0,
  );
  return {
    processes,
    totals: {
      ...figures,
      roiNote: counted.length === 0 ? 'not-counted' : figures.roiNote,
      currentHoursPerWeek,
      countedProcesses: counted.length,
      uncountedProcesses: processes.filter((p) => p.status === 'incomplete' || p.status === 'invalid').length,
    },
    issues,
  };
}

/** Monthly dollars saved by saving `hoursSavedPerWeek` at `loadedHourlyCostUsd`. */
export function monthlySavingsUsd(hoursSavedPerWeek: number, loadedHourlyCostUsd: number): number {
  return hoursSavedPerWeek * WEEKS_PER_MONTH * loadedHourlyCostUsd;
}

/** Payback of a one-time cost from a net monthly benefit (see the module comment for the edge cases). */
export function paybackMonths(oneTimeCostUsd: number, netMonthlyBenefitUsd: number): Payback {
  if (netMonthlyBenefitUsd < 0) return { neverPaysBack: true, reason: 'savings-below-cost' };
  if (netMonthlyBenefitUsd === 0) {
    return oneTimeCostUsd > 0 ? { neverPaysBack: true, reason: 'no-net-benefit' } : { neverPaysBack: false, months: 0 };
  }
  // A net benefit of fractions of a cent against a large set-up cost can exceed any number: that never pays back either.
  const months = finiteOrNull(oneTimeCostUsd / netMonthlyBenefitUsd);
  return months === null ? { neverPaysBack: true, reason: 'beyond-range' } : { neverPaysBack: false, months };
}

function roiFigures(hoursSavedPerWeek: number, monthlyCostUsd: number, oneTimeCostUsd: number, rate: number | null): RoiFigures {
  const savings = rate === null ? null : monthlySavingsUsd(hoursSavedPerWeek, rate);
  const net = savings === null ? null : savings - monthlyCostUsd;
  let roiRatio: number | null = null;
  let roiNote: RoiNote | null = null;
  if (savings === null) roiNote = 'missing-hourly-cost';
  else if (monthlyCostUsd === 0) roiNote = 'no-running-cost';
  else {
    roiRatio = finiteOrNull(savings / monthlyCostUsd);
    if (roiRatio === null) roiNote = 'out-of-range';
  }
  return {
    hoursSavedPerWeek,
    hoursSavedPerMonth: hoursSavedPerWeek * WEEKS_PER_MONTH,
    monthlyCostUsd,
    oneTimeCostUsd,
    monthlySavingsUsd: savings,
    netMonthlyBenefitUsd: net,
    annualNetBenefitUsd: net === null ? null : net * 12,
    roiRatio,
    roiNote,
    payback: net === null ? null : paybackMonths(oneTimeCostUsd, net),
  };
}

function evaluateProcess(p: AutomationProcessInput, index: number, rate: number | null, issues: AutomationIssue[]): AutomationProcessResult {
  const before = issues.length;
  const current = checkAmount(p.currentHoursPerWeek, MAX_HOURS_PER_WEEK, 'currentHoursPerWeek', issues, index);
  const saved = checkAmount(p.hoursSavedPerWeek, MAX_HOURS_PER_WEEK, 'hoursSavedPerWeek', issues, index);
  const cost = checkAmount(p.monthlyCostUsd, MAX_USD, 'monthlyCostUsd', issues, index);
  const oneTime = checkAmount(p.oneTimeCostUsd, MAX_USD, 'oneTimeCostUsd', issues, index);
  if (current.ok && saved.ok && current.value !== null && saved.value !== null && saved.value > current.value) {
    issues.push({ processIndex: index, field: 'hoursSavedPerWeek', message: automationMessages.savedMoreThanCurrent(saved.value, current.value) });
  }
  const savedSharePct =
    current.ok && saved.ok && current.value !== null && saved.value !== null && current.value > 0
      ? finiteOrNull((saved.value / current.value) * 100)
      : null;

  const entered = [p.currentHoursPerWeek, p.hoursSavedPerWeek, p.monthlyCostUsd, p.oneTimeCostUsd].some((v) => v !== null) || p.name.trim() !== '';
  if (!entered) return { name: p.name, status: 'empty', figures: null, savedSharePct };
  if (issues.length > before) return { name: p.name, status: 'invalid', figures: null, savedSharePct };
  if (!saved.ok || !cost.ok || !oneTime.ok || saved.value === null || cost.value === null) {
    return { name: p.name, status: 'incomplete', figures: null, savedSharePct };
  }
  return {
    name: p.name,
    status: 'counted',
    figures: roiFigures(saved.value, cost.value, oneTime.ok ? (oneTime.value ?? 0) : 0, rate),
    savedSharePct,
  };
}

type Checked = { ok: true; value: number | null } | { ok: false };

function checkAmount(
  value: number | null,
  max: number | null,
  field: AutomationIssue['field'],
  issues: AutomationIssue[],
  processIndex: number | null = null,
): Checked {
  if (value === null) return { ok: true, value: null };
  let message: string | null = null;
  if (!Number.isFinite(value)) message = messages.notANumber;
  else if (value < 0) message = messages.belowMin(0);
  else if (max !== null && value > max) message = messages.aboveMax(max);
  if (message === null) return { ok: true, value };
  issues.push({ processIndex, field, message });
  return { ok: false };
}
