import { fteByFunction, type FunctionGrowth, type HiringFunction, type MonthlyHire } from './hiring';

/** Team size per function at the end of each hiring phase, ready for a stacked bar chart. */
export interface HiringChartData {
  labels: string[];
  series: { function: HiringFunction; label: string; values: number[] }[];
  totals: number[];
}

/**
 * Phase 1 is given as hires by month, later phases as end totals by function; this lines them up:
 * the first column sums Phase 1's listed hires, the others are the stated function totals.
 */
export function hiringChartData(
  phase1: { monthsTo: number; hires: readonly MonthlyHire[] },
  later: readonly { monthsTo: number; growth: readonly FunctionGrowth[] }[],
): HiringChartData {
  const functions = later[0]?.growth ?? [];
  const phase1ByFunction = fteByFunction(phase1.hires);
  const columns: Map<HiringFunction, number>[] = [phase1ByFunction, ...later.map((p) => new Map(p.growth.map((g) => [g.function, g.total])))];
  const labels = [`Month ${phase1.monthsTo}`, ...later.map((p) => `Month ${p.monthsTo}`)];
  const series = functions.map((f) => ({ function: f.function, label: f.label, values: columns.map((c) => c.get(f.function) ?? 0) }));
  const totals = columns.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  return { labels, series, totals };
}
