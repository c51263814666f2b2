/**
 * One-at-a-time sensitivity (the data of a tornado chart): every numeric assumption, per role and
 * global, is moved down and up by N% while the others stay put, and the chosen result is recomputed.
 *
 * - A role's hires move as one assumption: every month's hires × (1 ± N%); the row shows the 12-month total.
 * - Of win rate and coverage multiple only the one in use moves.
 * - A moved value is clamped to its field's valid range (e.g. attrition stays below 100%); such rows are
 *   marked `clamped`. A value of 0 stays 0, so its row has no swing.
 * - Swing = largest − smallest of the base, low and high results (the width of the bar, which also
 *   covers results that move the same way both times); null when any of the three has no value.
 * - Rows are sorted by swing, largest first; rows without a swing come last; ties keep input order.
 */
import { computeRoleSeries, computeScaleCore } from './compute';
import type { RoleSeries, ScaleCore } from './compute';
import { COVERAGE_FIELDS, DEFAULT_SENSITIVITY_PCT, GLOBAL_NUMBER_FIELDS, GLOBAL_RULES, PLAN_MONTHS, ROLE_NUMBER_FIELDS, ROLE_RULES, SENSITIVITY_PCT_RULE, clampToRule } from './rules';
import type { FieldUnit } from './rules';
import { sanitizeScaleModelInputs } from './sanitize';
import { metricOf, sum } from './math';
import type { GlobalNumberField, Metric, RoleNumberField, ScaleModelInputs, ScaleModelResult } from './types';

/** Results a sensitivity analysis can be run on. */
export type SensitivityMetricId = 'output12' | 'endingCapacity' | 'burnMultiple' | 'costUsd12' | 'netBurnUsd12' | 'runwayMonths';

/** The results offered for the tornado, with their unit. */
export const SENSITIVITY_METRICS: readonly { id: SensitivityMetricId; label: string; unit: FieldUnit | 'multiple' }[] = [
  { id: 'output12', label: '12-month output toward the target', unit: 'output' },
  { id: 'endingCapacity', label: 'Ramped capacity in month 12 (FTE)', unit: 'fte' },
  { id: 'burnMultiple', label: 'Burn multiple', unit: 'multiple' },
  { id: 'costUsd12', label: '12-month cost', unit: 'usd' },
  { id: 'netBurnUsd12', label: '12-month net burn', unit: 'usd' },
  { id: 'runwayMonths', label: 'Runway', unit: 'months' },
];

/** One assumption that can be moved. */
export interface SensitivityAssumption {
  /** Dotted id, e.g. `roles.ae.rampMonths` or `grossMarginPct`. */
  id: string;
  label: string;
  roleId: string | null;
  field: RoleNumberField | 'hiresPerMonth' | GlobalNumberField;
  unit: FieldUnit;
}

/** One bar of the tornado. */
export interface SensitivityRow extends SensitivityAssumption {
  baseInput: number;
  lowInput: number;
  highInput: number;
  /** True when a moved value had to be clamped to the field's range. */
  clamped: boolean;
  low: Metric;
  high: Metric;
  swing: number | null;
}

/** The whole analysis. */
export interface SensitivityResult {
  metric: SensitivityMetricId;
  /** The ±N% actually used (clamped to 0–100). */
  changePct: number;
  base: Metric;
  rows: SensitivityRow[];
}

/** Options of `runSensitivity`. */
export interface SensitivityOptions {
  metric?: SensitivityMetricId;
  /** ± percent to move each assumption, 0–100; default 20. */
  changePct?: number;
}

// The coverage input in use is appended last, so it keeps its place among equal swings.
const GLOBAL_FIELDS = GLOBAL_NUMBER_FIELDS.filter((field) => !COVERAGE_FIELDS.includes(field));

/** The value of one result as a metric (null with a reason where the model has none). */
export function metricValue(result: ScaleModelResult, metric: SensitivityMetricId): Metric {
  switch (metric) {
    case 'output12':
      return metricOf(result.totals.output12);
    case 'endingCapacity':
      return metricOf(result.totals.endingCapacity);
    case 'burnMultiple':
      return result.capitalEfficiency.burnMultiple;
    case 'costUsd12':
      return metricOf(result.totals.costUsd12);
    case 'netBurnUsd12':
      return metricOf(result.capitalEfficiency.netBurnUsd12);
    case 'runwayMonths':
      return result.capitalEfficiency.runwayMonths;
  }
}

/** Every assumption the analysis moves, in input order: each role's fields and hires, then the globals. */
export function listSensitivityAssumptions(inputs: ScaleModelInputs): SensitivityAssumption[] {
  const out: SensitivityAssumption[] = [];
  for (const role of inputs.roles) {
    out.push({ id: `roles.${role.id}.hiresPerMonth`, label: `${role.name}: hires over 12 months`, roleId: role.id, field: 'hiresPerMonth', unit: 'fte' });
    for (const field of ROLE_NUMBER_FIELDS) {
      const rule = ROLE_RULES[field];
      out.push({ id: `roles.${role.id}.${field}`, label: `${role.name}: ${lowerFirst(rule.label)}`, roleId: role.id, field, unit: rule.unit });
    }
  }
  const coverageField: GlobalNumberField = inputs.winRatePct !== null ? 'winRatePct' : 'coverageMultiple';
  for (const field of [...GLOBAL_FIELDS, coverageField]) {
    const rule = GLOBAL_RULES[field];
    out.push({ id: field, label: rule.label, roleId: null, field, unit: rule.unit });
  }
  return out;
}

/** The inputs with one assumption multiplied by `factor` (clamped to its range), and the value it took. */
export function withAssumptionScaled(
  inputs: ScaleModelInputs,
  assumption: SensitivityAssumption,
  factor: number,
): { inputs: ScaleModelInputs; value: number; clamped: boolean } {
  if (assumption.roleId === null) {
    const field = assumption.field as GlobalNumberField;
    const base = inputs[field] ?? 0;
    const scaled = base * factor;
    const value = clampToRule(scaled, GLOBAL_RULES[field]);
    return { inputs: { ...inputs, [field]: value }, value, clamped: value !== scaled };
  }
  let value = 0;
  let clamped = false;
  const roles = inputs.roles.map((role) => {
    if (role.id !== assumption.roleId) return role;
    if (assumption.field === 'hiresPerMonth') {
      const hiresPerMonth = role.hiresPerMonth.map((hires) => {
        const v = clampToRule(hires * factor, ROLE_RULES.hiresPerMonth);
        clamped ||= v !== hires * factor;
        value += v;
        return v;
      });
      return { ...role, hiresPerMonth };
    }
    const field = assumption.field as RoleNumberField;
    const scaled = role[field] * factor;
    value = clampToRule(scaled, ROLE_RULES[field]);
    clamped = value !== scaled;
    return { ...role, [field]: value };
  });
  return { inputs: { ...inputs, roles }, value, clamped };
}

// The same figures as `metricValue`, read from the core so a run needs no per-month detail.
function coreMetric(core: ScaleCore, metric: SensitivityMetricId): Metric {
  switch (metric) {
    case 'output12':
      return metricOf(sum(core.output));
    case 'endingCapacity':
      return metricOf(core.rampedFte[PLAN_MONTHS - 1] ?? 0);
    case 'burnMultiple':
      return core.money.summary.burnMultiple;
    case 'costUsd12':
      return metricOf(sum(core.costUsd));
    case 'netBurnUsd12':
      return metricOf(core.money.summary.netBurnUsd12);
    case 'runwayMonths':
      return core.money.summary.runwayMonths;
  }
}

/** Move every assumption by ±N% one at a time and rank the effect on the chosen result, largest swing first. */
export function runSensitivity(rawInputs: ScaleModelInputs, options: SensitivityOptions = {}): SensitivityResult {
  const metric = options.metric ?? 'output12';
  const requested = options.changePct ?? DEFAULT_SENSITIVITY_PCT;
  const changePct = Number.isNaN(requested)
    ? DEFAULT_SENSITIVITY_PCT
    : Math.min(SENSITIVITY_PCT_RULE.max, Math.max(SENSITIVITY_PCT_RULE.min, requested));
  const { inputs } = sanitizeScaleModelInputs(rawInputs);
  const baseSeries = inputs.roles.map(computeRoleSeries);
  const base = coreMetric(computeScaleCore(inputs, baseSeries), metric);

  // Moved values are clamped to their rules, so moved inputs stay valid; only the moved role's series is recomputed.
  const evaluate = (moved: ScaleModelInputs): Metric => {
    const series: RoleSeries[] = moved.roles.map((role, r) =>
      role === inputs.roles[r] && baseSeries[r] ? baseSeries[r] : computeRoleSeries(role),
    );
    return coreMetric(computeScaleCore(moved, series), metric);
  };

  const rows = listSensitivityAssumptions(inputs).map((assumption): SensitivityRow => {
    const down = withAssumptionScaled(inputs, assumption, 1 - changePct / 100);
    const up = withAssumptionScaled(inputs, assumption, 1 + changePct / 100);
    const low = evaluate(down.inputs);
    const high = evaluate(up.inputs);
    return {
      ...assumption,
      baseInput: withAssumptionScaled(inputs, assumption, 1).value,
      lowInput: down.value,
      highInput: up.value,
      clamped: down.clamped || up.clamped,
      low,
      high,
      swing: swingOf(base, low, high),
    };
  });
  const order = rows.map((row, index) => ({ row, index }));
  order.sort((a, b) => (b.row.swing ?? -1) - (a.row.swing ?? -1) || a.index - b.index);
  return { metric, changePct, base, rows: order.map((entry) => entry.row) };
}

function swingOf(base: Metric, low: Metric, high: Metric): number | null {
  if (base.value === null || low.value === null || high.value === null) return null;
  const swing = Math.max(base.value, low.value, high.value) - Math.min(base.value, low.value, high.value);
  return Number.isFinite(swing) ? swing : null;
}

// "Loaded monthly cost per FTE" → "loaded monthly cost per FTE": only the first letter, so acronyms survive.
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
