/**
 * Display of the scale model's figures by unit, on top of `src/lib/format.ts` (the only place that rounds).
 */
import { formatDateTime, formatMonths, formatNumber, formatPct, formatUsd } from '../../lib/format';
import { SCALE_MODEL_REASON_TEXT, type FieldUnit, type Metric, type MetricNullReason } from '../../lib/scale-model';

/** Short words for a metric that has no value (the long reason is `SCALE_MODEL_REASON_TEXT`). */
export const NULL_VALUE_WORDS: Record<MetricNullReason, string> = {
  noNetNewArr: 'No net new ARR',
  notBurning: 'Not burning cash',
  noSalesMarketingSpend: 'No S&M spend',
  noGrossProfit: 'Never',
  noPriorQuarter: 'No earlier quarter',
  outOfRange: 'Too large to show',
};

/** Whether an output unit label means US dollars, e.g. "new ARR ($)". */
export const isUsdUnit = (unit: string | undefined) => unit !== undefined && /\$|usd/i.test(unit);

/** Output in its unit: dollars when the unit is dollars, else a number. */
export function formatOutput(value: number, unit?: string): string {
  return isUsdUnit(unit) ? formatUsd(value) : formatNumber(value, 1);
}

/** A multiple such as the burn multiple, e.g. "1.29×". */
export const formatMultiple = (value: number) => `${formatNumber(value, 2)}×`;

/** FTE with one decimal, e.g. "29.7". */
export const formatFte = (value: number) => formatNumber(value, 1);

/** A figure by the unit the logic gives it. */
export function formatByUnit(value: number, unit: FieldUnit | 'count', outputUnit?: string): string {
  switch (unit) {
    case 'usd':
      return formatUsd(value);
    case 'pct':
      return formatPct(value);
    case 'months':
      return formatMonths(value);
    case 'multiple':
      return formatMultiple(value);
    case 'output':
      return formatOutput(value, outputUnit);
    case 'fte':
      return `${formatFte(value)} FTE`;
    case 'people':
    case 'count':
      return formatNumber(value, 0);
  }
}

/** A metric as text: its value, or short words for why it has none. */
export function formatMetric(metric: Metric, unit: FieldUnit | 'count', outputUnit?: string): string {
  return metric.value === null ? NULL_VALUE_WORDS[metric.reason] : formatByUnit(metric.value, unit, outputUnit);
}

/** Why a metric has no value, in a sentence (empty when it has one). */
export const metricReason = (metric: Metric) => (metric.value === null ? SCALE_MODEL_REASON_TEXT[metric.reason] : '');

/** When a scenario was saved, in the reader's time zone. */
export function formatSavedAt(iso: string): string {
  return formatDateTime(iso);
}

/** A change with its sign, e.g. "+$12,000" or "−0.4×". */
export function formatDelta(value: number, unit: FieldUnit | 'count', outputUnit?: string): string {
  if (value === 0) return formatByUnit(0, unit, outputUnit);
  const text = formatByUnit(Math.abs(value), unit, outputUnit);
  return `${value > 0 ? '+' : '−'}${text}`;
}
