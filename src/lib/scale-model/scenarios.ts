/**
 * Side-by-side comparison of two saved scenarios on the plan's key results.
 */
import { computeScaleModel } from './compute';
import { metricOf } from './math';
import type { FieldUnit } from './rules';
import type { ScaleModelScenario } from './schema';
import type { Metric, ScaleModelResult } from './types';

/** Key results compared between scenarios. */
export type KeyMetricId =
  | 'endingHeadcount'
  | 'endingCapacity'
  | 'hires12'
  | 'output12'
  | 'costUsd12'
  | 'maxManagersNeeded'
  | 'lateRequisitions'
  | 'netNewArrUsd12'
  | 'endingArrUsd'
  | 'netBurnUsd12'
  | 'burnMultiple'
  | 'magicNumber'
  | 'cacPaybackMonths'
  | 'runwayMonths'
  | 'endingCashUsd';

/** A key result: label, unit for display, and which direction is better (null when neither is). */
export interface KeyMetric {
  id: KeyMetricId;
  label: string;
  unit: FieldUnit | 'count';
  betterWhen: 'higher' | 'lower' | null;
  read: (result: ScaleModelResult) => Metric;
}

/** The key results, in display order. */
export const KEY_METRICS: readonly KeyMetric[] = [
  { id: 'endingHeadcount', label: 'Headcount in month 12', unit: 'fte', betterWhen: null, read: (r) => metricOf(r.totals.endingHeadcount) },
  { id: 'endingCapacity', label: 'Ramped capacity in month 12', unit: 'fte', betterWhen: 'higher', read: (r) => metricOf(r.totals.endingCapacity) },
  { id: 'hires12', label: 'Hires over 12 months', unit: 'fte', betterWhen: null, read: (r) => metricOf(r.totals.hires12) },
  { id: 'output12', label: '12-month output toward the target', unit: 'output', betterWhen: 'higher', read: (r) => metricOf(r.totals.output12) },
  { id: 'costUsd12', label: '12-month cost', unit: 'usd', betterWhen: 'lower', read: (r) => metricOf(r.totals.costUsd12) },
  { id: 'maxManagersNeeded', label: 'Most managers needed', unit: 'count', betterWhen: null, read: (r) => metricOf(r.totals.maxManagersNeeded) },
  { id: 'lateRequisitions', label: 'Late requisitions', unit: 'count', betterWhen: 'lower', read: (r) => metricOf(r.totals.lateRequisitions) },
  { id: 'netNewArrUsd12', label: 'Net new ARR', unit: 'usd', betterWhen: 'higher', read: (r) => metricOf(r.capitalEfficiency.netNewArrUsd12) },
  { id: 'endingArrUsd', label: 'ARR at month 12', unit: 'usd', betterWhen: 'higher', read: (r) => metricOf(r.capitalEfficiency.endingArrUsd) },
  { id: 'netBurnUsd12', label: '12-month net burn', unit: 'usd', betterWhen: 'lower', read: (r) => metricOf(r.capitalEfficiency.netBurnUsd12) },
  { id: 'burnMultiple', label: 'Burn multiple', unit: 'multiple', betterWhen: 'lower', read: (r) => r.capitalEfficiency.burnMultiple },
  { id: 'magicNumber', label: 'Magic number (latest quarter)', unit: 'multiple', betterWhen: 'higher', read: (r) => r.capitalEfficiency.magicNumber },
  { id: 'cacPaybackMonths', label: 'CAC payback', unit: 'months', betterWhen: 'lower', read: (r) => r.capitalEfficiency.cacPaybackMonths },
  { id: 'runwayMonths', label: 'Runway', unit: 'months', betterWhen: 'higher', read: (r) => r.capitalEfficiency.runwayMonths },
  { id: 'endingCashUsd', label: 'Cash at month 12', unit: 'usd', betterWhen: 'higher', read: (r) => metricOf(r.capitalEfficiency.endingCashUsd) },
];

/** One key result in both scenarios. */
export interface ScenarioComparisonRow {
  id: KeyMetricId;
  label: string;
  unit: FieldUnit | 'count';
  betterWhen: 'higher' | 'lower' | null;
  a: Metric;
  b: Metric;
  /** b − a, or null when either has no value. */
  delta: number | null;
  /** (b − a) ÷ |a| × 100, or null when either has no value or a is 0. */
  deltaPct: number | null;
}

/** Two scenarios compared. */
export interface ScenarioComparison {
  a: { name: string; savedAt: string; result: ScaleModelResult };
  b: { name: string; savedAt: string; result: ScaleModelResult };
  rows: ScenarioComparisonRow[];
}

/** Compute both scenarios and line up their key results with deltas (b relative to a). */
export function compareScenarios(a: ScaleModelScenario, b: ScaleModelScenario): ScenarioComparison {
  const resultA = computeScaleModel(a.inputs);
  const resultB = computeScaleModel(b.inputs);
  const rows = KEY_METRICS.map((metric): ScenarioComparisonRow => {
    const valueA = metric.read(resultA);
    const valueB = metric.read(resultB);
    const delta = valueA.value !== null && valueB.value !== null ? valueB.value - valueA.value : null;
    const deltaPct =
      delta !== null && valueA.value !== null && valueA.value !== 0 ? (delta / Math.abs(valueA.value)) * 100 : null;
    return {
      id: metric.id,
      label: metric.label,
      unit: metric.unit,
      betterWhen: metric.betterWhen,
      a: valueA,
      b: valueB,
      delta: delta !== null && Number.isFinite(delta) ? delta : null,
      deltaPct: deltaPct !== null && Number.isFinite(deltaPct) ? deltaPct : null,
    };
  });
  return {
    a: { name: a.name, savedAt: a.savedAt, result: resultA },
    b: { name: b.name, savedAt: b.savedAt, result: resultB },
    rows,
  };
}
