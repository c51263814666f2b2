/**
 * The hiring timeline: Phase 1 lists hires by month, later phases list additions and
 * running totals by function. These helpers add them up and check that phases join up.
 */

/** The functions the playbook's hiring timeline uses. */
export type HiringFunction = 'engineering' | 'product' | 'sales' | 'marketing' | 'customer-success' | 'operations';

/** One hire (fractional FTE allowed) in a given month. */
export interface MonthlyHire {
  role: string;
  fte: number;
  month: number;
  function: HiringFunction;
}

/** Additions to a function over a phase and the function's size at the end of it. */
export interface FunctionGrowth {
  function: HiringFunction;
  label: string;
  added: number;
  total: number;
}

/** A month of a phase and the hires made in it. */
export interface HiringMonth {
  month: number;
  hires: MonthlyHire[];
  fte: number;
}

/** Total FTE of a list of hires. */
export function sumFte(hires: readonly MonthlyHire[]): number {
  return hires.reduce((sum, hire) => sum + hire.fte, 0);
}

/** Every month from `fromMonth` to `toMonth` with its hires (empty months included), for tables and charts. */
export function hiresByMonth(hires: readonly MonthlyHire[], fromMonth: number, toMonth: number): HiringMonth[] {
  const months: HiringMonth[] = [];
  for (let month = fromMonth; month <= toMonth; month += 1) {
    const inMonth = hires.filter((hire) => hire.month === month);
    months.push({ month, hires: inMonth, fte: sumFte(inMonth) });
  }
  return months;
}

/** FTE per function from a list of hires. */
export function fteByFunction(hires: readonly MonthlyHire[]): Map<HiringFunction, number> {
  const byFunction = new Map<HiringFunction, number>();
  for (const hire of hires) byFunction.set(hire.function, (byFunction.get(hire.function) ?? 0) + hire.fte);
  return byFunction;
}

/** Totals of a phase given by function: people added, team size at the end, and the size it implies at the start. */
export interface GrowthTotals {
  added: number;
  total: number;
  /** total − added: the team the phase's figures assume at its start. */
  impliedStart: number;
}

/** Add up a phase's additions and end totals. */
export function growthTotals(growth: readonly FunctionGrowth[]): GrowthTotals {
  const added = growth.reduce((sum, g) => sum + g.added, 0);
  const total = growth.reduce((sum, g) => sum + g.total, 0);
  return { added, total, impliedStart: total - added };
}

/** One function's start-of-phase size as implied by the phase versus what the previous phase gives. */
export interface ContinuityCheck {
  function: HiringFunction;
  label: string;
  /** total − added in this phase. */
  impliedStart: number;
  /** Size at the end of the previous phase. */
  previousEnd: number;
  matches: boolean;
}

/** Check that each function's implied start equals the previous phase's end (missing functions count as 0). */
export function checkContinuity(previousEnd: ReadonlyMap<HiringFunction, number>, growth: readonly FunctionGrowth[]): ContinuityCheck[] {
  return growth.map((g) => {
    const impliedStart = g.total - g.added;
    const previous = previousEnd.get(g.function) ?? 0;
    return { function: g.function, label: g.label, impliedStart, previousEnd: previous, matches: Math.abs(impliedStart - previous) < 1e-9 };
  });
}

/** End-of-phase sizes by function from a phase given by function. */
export function endSizes(growth: readonly FunctionGrowth[]): Map<HiringFunction, number> {
  return new Map(growth.map((g) => [g.function, g.total]));
}
