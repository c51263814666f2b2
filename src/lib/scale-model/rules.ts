/**
 * Bounds, labels and units of every numeric field, in one place: validation, the storage
 * schema, the clamping that keeps the model finite and the sensitivity analysis all read them.
 */
import type { GlobalNumberField, RoleNumberField, ScaleRole } from './types';

/** Number of plan months the model covers. */
export const PLAN_MONTHS = 12;

/** Default pipeline coverage: "Pipeline coverage (3x target)" in the Scaling Strategy playbook's sales KPIs. */
export const DEFAULT_COVERAGE_MULTIPLE = 3;

/** Default move of each assumption in the sensitivity analysis, ± percent. */
export const DEFAULT_SENSITIVITY_PCT = 20;

/** Kind of value, so a display layer can pick its formatter. */
export type FieldUnit = 'fte' | 'months' | 'pct' | 'usd' | 'output' | 'people' | 'multiple';

/** Allowed range of a numeric field. Bounds are inclusive unless marked exclusive. */
export interface ScaleFieldRule {
  min: number;
  max: number;
  /** The maximum itself is not allowed (attrition < 100%). */
  maxExclusive?: boolean;
  integer?: boolean;
  unit: FieldUnit;
  /** Suffix for messages, e.g. "%" or " months". */
  suffix: string;
  /** Label for forms and sensitivity rows. */
  label: string;
  /** What an unreadable stored value becomes (inside the bounds); the minimum when not given. */
  fallback?: number;
  /** Empty is a valid answer, stored as null (the win rate: "use the coverage multiple instead"). */
  nullable?: boolean;
}

/**
 * Largest attrition the model computes with when a value at or above 100% arrives unvalidated.
 * 100% would still be finite, but it is outside the valid range, so clamped inputs stay valid.
 */
export const ATTRITION_CLAMP_MAX_PCT = 99.9;

/** Per-role field rules. Upper bounds keep every product of inputs far below the largest finite number. */
export const ROLE_RULES: Record<RoleNumberField | 'hiresPerMonth', ScaleFieldRule> = {
  startingHeadcount: { min: 0, max: 100_000, unit: 'fte', suffix: ' FTE', label: 'Starting headcount' },
  hiresPerMonth: { min: 0, max: 10_000, unit: 'fte', suffix: ' FTE', label: 'Hires' },
  rampMonths: { min: 0, max: 60, unit: 'months', suffix: ' months', label: 'Ramp time' },
  fullOutputPerMonth: { min: 0, max: 1e12, unit: 'output', suffix: '', label: 'Fully ramped output per month' },
  attainmentPct: { min: 0, max: 1000, unit: 'pct', suffix: '%', label: 'Attainment' },
  annualAttritionPct: { min: 0, max: 100, maxExclusive: true, unit: 'pct', suffix: '%', label: 'Annual attrition' },
  loadedMonthlyCostUsd: { min: 0, max: 10_000_000, unit: 'usd', suffix: '', label: 'Loaded monthly cost per FTE' },
  recruitingLeadMonths: { min: 0, max: 36, unit: 'months', suffix: ' months', label: 'Recruiting lead time' },
};

/** Global field rules. */
export const GLOBAL_RULES: Record<GlobalNumberField, ScaleFieldRule> = {
  spanOfControl: { min: 1, max: 1000, unit: 'people', suffix: '', label: 'Span of control' },
  monthlyOutputTarget: { min: 0, max: 1e15, unit: 'output', suffix: '', label: 'Output target per month' },
  // 1% is the floor so that coverage (100 ÷ win rate) stays within the coverage multiple's own bound of 100×.
  winRatePct: { min: 1, max: 100, unit: 'pct', suffix: '%', label: 'Win rate', nullable: true },
  coverageMultiple: { min: 1, max: 100, unit: 'multiple', suffix: '×', label: 'Pipeline coverage', fallback: DEFAULT_COVERAGE_MULTIPLE },
  startingCashUsd: { min: 0, max: 1e15, unit: 'usd', suffix: '', label: 'Starting cash' },
  otherMonthlyCostUsd: { min: 0, max: 1e12, unit: 'usd', suffix: '', label: 'Other monthly costs' },
  startingArrUsd: { min: 0, max: 1e15, unit: 'usd', suffix: '', label: 'Starting ARR' },
  grossMarginPct: { min: 0, max: 100, unit: 'pct', suffix: '%', label: 'Gross margin' },
  salesMarketingCostPct: { min: 0, max: 100, unit: 'pct', suffix: '%', label: 'Sales & marketing share of cost' },
};

/** A role's single-valued number fields, in form order (the 12 months of hires are apart). */
export const ROLE_NUMBER_FIELDS: readonly RoleNumberField[] = (Object.keys(ROLE_RULES) as (keyof typeof ROLE_RULES)[]).filter(
  (field): field is RoleNumberField => field !== 'hiresPerMonth',
);

/** A role's settings that are not numbers: with the number fields and the hires, everything a role holds besides its id and name. */
export const ROLE_SETTING_FIELDS = ['rampCurve', 'outputUnit', 'countsTowardTarget', 'outputIsNetNewArr'] as const;

/** Every value of a role that a preset can supply (all but its id and name). */
export const ROLE_VALUE_FIELDS: readonly (keyof typeof ROLE_RULES | (typeof ROLE_SETTING_FIELDS)[number])[] = [
  ...(Object.keys(ROLE_RULES) as (keyof typeof ROLE_RULES)[]),
  ...ROLE_SETTING_FIELDS,
];

/** The plan-wide number fields, in form order. */
export const GLOBAL_NUMBER_FIELDS: readonly GlobalNumberField[] = Object.keys(GLOBAL_RULES) as GlobalNumberField[];

/** A global field that always holds a number. */
export type RequiredGlobalNumberField = Exclude<GlobalNumberField, 'winRatePct'>;

/** The global fields that always hold a number (every one whose rule is not nullable), in form order. */
export const REQUIRED_GLOBAL_FIELDS: readonly RequiredGlobalNumberField[] = GLOBAL_NUMBER_FIELDS.filter(
  (field): field is RequiredGlobalNumberField => GLOBAL_RULES[field].nullable !== true,
);

/** The two ways to give pipeline coverage: a win rate, or the multiple when there is none. Only the one in use counts. */
export const COVERAGE_FIELDS: readonly GlobalNumberField[] = ['winRatePct', 'coverageMultiple'];

/** What an unreadable stored value of a field becomes. */
export const fallbackOf = (rule: ScaleFieldRule): number => rule.fallback ?? rule.min;

// Compile-time guard: the number fields, the hires, the settings, the id and the name are exactly a role's keys.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const roleFieldsComplete: Same<keyof typeof ROLE_RULES | (typeof ROLE_SETTING_FIELDS)[number] | 'id' | 'name', keyof ScaleRole> = true;
void roleFieldsComplete;

/** Bounds of the sensitivity move, ± percent (100% takes an assumption down to 0). */
export const SENSITIVITY_PCT_RULE = { min: 0, max: 100 } as const;

/** The closest allowed value to `value` under `rule` (an exclusive maximum maps to a named safe value); NaN gives the minimum. */
export function clampToRule(value: number, rule: ScaleFieldRule): number {
  const highest = rule.maxExclusive ? exclusiveCeiling(rule) : rule.max;
  if (Number.isNaN(value)) return rule.min;
  const clamped = Math.min(highest, Math.max(rule.min, value));
  return rule.integer ? Math.round(clamped) : clamped;
}

// The only exclusive maximum is attrition; keep one named value for it rather than max − ε.
function exclusiveCeiling(rule: ScaleFieldRule): number {
  return rule === ROLE_RULES.annualAttritionPct ? ATTRITION_CLAMP_MAX_PCT : rule.max;
}

/** True when `value` is a finite number inside `rule`. */
export function isWithinRule(value: unknown, rule: ScaleFieldRule): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (value < rule.min) return false;
  if (rule.maxExclusive ? value >= rule.max : value > rule.max) return false;
  return !rule.integer || Number.isInteger(value);
}
