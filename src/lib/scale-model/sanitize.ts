/**
 * Makes any inputs object safe to compute with: every number finite and inside its rule, hires
 * exactly 12 months, known ramp curve. Valid inputs pass through as the same object with no adjustments;
 * odd values (NaN, Infinity, negatives, strings, missing fields) are clamped or replaced and listed,
 * so the model never produces NaN or Infinity and the display layer can say what it changed.
 */
import { GLOBAL_RULES, PLAN_MONTHS, REQUIRED_GLOBAL_FIELDS, ROLE_NUMBER_FIELDS, ROLE_RULES, clampToRule, fallbackOf, isWithinRule } from './rules';
import type { RequiredGlobalNumberField, ScaleFieldRule } from './rules';
import type { InputAdjustment, RampCurve, RoleNumberField, ScaleModelInputs, ScaleRole } from './types';

/** Inputs ready to compute with, and what had to change to get there. */
export interface SanitizedInputs {
  inputs: ScaleModelInputs;
  adjustments: InputAdjustment[];
}

/** True when an inputs object needs no repair (checked first, so valid inputs are not copied on every recompute). */
export function isComputableInputs(inputs: unknown): inputs is ScaleModelInputs {
  if (!isRecord(inputs) || inputs.version !== 1 || !Array.isArray(inputs.roles)) return false;
  for (const field of REQUIRED_GLOBAL_FIELDS) if (!isWithinRule(inputs[field], GLOBAL_RULES[field])) return false;
  if (inputs.winRatePct !== null && !isWithinRule(inputs.winRatePct, GLOBAL_RULES.winRatePct)) return false;
  return (inputs.roles as unknown[]).every(isComputableRole);
}

function isComputableRole(role: unknown): boolean {
  if (!isRecord(role)) return false;
  if (typeof role.id !== 'string' || typeof role.name !== 'string' || typeof role.outputUnit !== 'string') return false;
  if (typeof role.countsTowardTarget !== 'boolean' || typeof role.outputIsNetNewArr !== 'boolean') return false;
  if (role.rampCurve !== 'linear' && role.rampCurve !== 'step') return false;
  for (const field of ROLE_NUMBER_FIELDS) if (!isWithinRule(role[field], ROLE_RULES[field])) return false;
  const hires = role.hiresPerMonth;
  if (!Array.isArray(hires) || hires.length !== PLAN_MONTHS) return false;
  for (const n of hires) if (!isWithinRule(n, ROLE_RULES.hiresPerMonth)) return false;
  return true;
}

/** Clamp and repair an inputs object (typed or not) into one the model can compute with. */
export function sanitizeScaleModelInputs(inputs: ScaleModelInputs): SanitizedInputs {
  if (isComputableInputs(inputs)) return { inputs, adjustments: [] };
  const adjustments: InputAdjustment[] = [];
  const source = (isRecord(inputs) ? inputs : {}) as Record<string, unknown>;
  const num = (path: string, value: unknown, rule: ScaleFieldRule, fallback: number): number => {
    if (isWithinRule(value, rule)) return value;
    const to = typeof value === 'number' && !Number.isNaN(value) ? clampToRule(value, rule) : fallback;
    adjustments.push({ path, from: value, to });
    return to;
  };

  const rawRoles = Array.isArray(source.roles) ? (source.roles as unknown[]) : [];
  if (!Array.isArray(source.roles)) adjustments.push({ path: 'roles', from: source.roles, to: null });
  const roles = rawRoles.map((raw, index) => sanitizeRole(raw, index, num, adjustments));

  const globals = {} as Record<RequiredGlobalNumberField, number>;
  // Missing or non-numeric values fall back to each rule's fallback, which is inside the rule.
  for (const field of REQUIRED_GLOBAL_FIELDS) globals[field] = num(field, source[field], GLOBAL_RULES[field], fallbackOf(GLOBAL_RULES[field]));
  // No usable win rate means "use the coverage multiple", which is what null already says.
  let winRatePct: number | null = null;
  if (isWithinRule(source.winRatePct, GLOBAL_RULES.winRatePct)) winRatePct = source.winRatePct;
  else if (source.winRatePct !== null) {
    const w = source.winRatePct;
    winRatePct = typeof w === 'number' && w > 0 ? clampToRule(w, GLOBAL_RULES.winRatePct) : null;
    adjustments.push({ path: 'winRatePct', from: w, to: winRatePct });
  }
  if (source.version !== 1) adjustments.push({ path: 'version', from: source.version, to: 1 });

  return { inputs: { version: 1, roles, ...globals, winRatePct }, adjustments };
}

function sanitizeRole(
  raw: unknown,
  index: number,
  num: (path: string, value: unknown, rule: ScaleFieldRule, fallback: number) => number,
  adjustments: InputAdjustment[],
): ScaleRole {
  const role = (isRecord(raw) ? raw : {}) as Record<string, unknown>;
  const at = (field: string) => `roles.${index}.${field}`;
  const text = (field: 'id' | 'name' | 'outputUnit', fallback: string): string => {
    const value = role[field];
    if (typeof value === 'string') return value;
    adjustments.push({ path: at(field), from: value, to: fallback });
    return fallback;
  };
  const flag = (field: 'countsTowardTarget' | 'outputIsNetNewArr'): boolean => {
    const value = role[field];
    if (typeof value === 'boolean') return value;
    adjustments.push({ path: at(field), from: value, to: false });
    return false;
  };

  const numbers = {} as Record<RoleNumberField, number>;
  for (const field of ROLE_NUMBER_FIELDS) numbers[field] = num(at(field), role[field], ROLE_RULES[field], fallbackOf(ROLE_RULES[field]));

  const rawHires = Array.isArray(role.hiresPerMonth) ? (role.hiresPerMonth as unknown[]) : [];
  if (!Array.isArray(role.hiresPerMonth) || rawHires.length !== PLAN_MONTHS) {
    adjustments.push({ path: at('hiresPerMonth'), from: role.hiresPerMonth, to: null });
  }
  const hiresPerMonth = Array.from({ length: PLAN_MONTHS }, (_, m) =>
    num(`${at('hiresPerMonth')}.${m}`, rawHires[m] ?? 0, ROLE_RULES.hiresPerMonth, fallbackOf(ROLE_RULES.hiresPerMonth)),
  );

  let rampCurve: RampCurve = 'linear';
  if (role.rampCurve === 'linear' || role.rampCurve === 'step') rampCurve = role.rampCurve;
  else adjustments.push({ path: at('rampCurve'), from: role.rampCurve, to: rampCurve });

  return {
    id: text('id', `role-${index + 1}`),
    name: text('name', `Role ${index + 1}`),
    ...numbers,
    hiresPerMonth,
    rampCurve,
    outputUnit: text('outputUnit', ''),
    countsTowardTarget: flag('countsTowardTarget'),
    outputIsNetNewArr: flag('outputIsNetNewArr'),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
