/**
 * Validation of what a person entered (form text, nulls for empty cells, or numbers) into typed
 * inputs, with one message per field. Messages come from `src/lib/messages.ts` and `./messages.ts`.
 */
import { validateNumber } from '../messages';
import { parseNumber } from '../parse';
import { scaleModelMessages } from './messages';
import { DEFAULT_COVERAGE_MULTIPLE, GLOBAL_NUMBER_FIELDS, GLOBAL_RULES, PLAN_MONTHS, ROLE_NUMBER_FIELDS, ROLE_RULES } from './rules';
import type { ScaleFieldRule } from './rules';
import { MAX_ROLES, SCALE_MODEL_VERSION } from './schema';
import type { GlobalNumberField, RampCurve, RoleNumberField, ScaleModelInputs, ScaleRole } from './types';

/** A value as a form may hold it: typed text, a number, or nothing. */
export type RawNumberInput = number | string | null | undefined;

/** A role as a form may hold it (a typed `ScaleRole` also fits): every number field as typed text, a number or nothing. */
export type ScaleRoleRaw = {
  id?: string;
  name?: string;
  hiresPerMonth?: readonly RawNumberInput[];
  rampCurve?: string;
  outputUnit?: string;
  countsTowardTarget?: boolean;
  outputIsNetNewArr?: boolean;
} & { [K in RoleNumberField]?: RawNumberInput };

/** The inputs as a form may hold them (typed `ScaleModelInputs` also fit). An empty win rate means "use the coverage multiple". */
export type ScaleModelRawInputs = { roles?: readonly ScaleRoleRaw[] } & { [K in GlobalNumberField]?: RawNumberInput };

/** A message for one field; `path` is dotted, e.g. `roles.0.hiresPerMonth.3` or `spanOfControl`. */
export interface FieldMessage {
  path: string;
  message: string;
  /** Id of the role the field belongs to, or null for a global field. */
  roleId: string | null;
}

/** Outcome of validation: typed inputs when everything is valid, otherwise the messages by field. */
export type ScaleModelValidation =
  | { ok: true; inputs: ScaleModelInputs; errors: []; fieldErrors: Record<string, string>; warnings: FieldMessage[] }
  | { ok: false; inputs: null; errors: FieldMessage[]; fieldErrors: Record<string, string>; warnings: FieldMessage[] };

/** Check one value against a field rule: the number, or the message to show (null when optional and empty). */
export function validateField(value: RawNumberInput, rule: ScaleFieldRule, required = true): { value: number } | { message: string } | null {
  let raw = '';
  let parsed: number | null = null;
  if (typeof value === 'number') {
    raw = String(value);
    parsed = Number.isFinite(value) ? value : null;
  } else if (typeof value === 'string') {
    raw = value;
    parsed = parseNumber(value);
  }
  const result = validateNumber(raw, parsed, {
    min: rule.min,
    max: rule.max,
    maxExclusive: rule.maxExclusive,
    integer: rule.integer,
    required,
    unit: rule.suffix,
  });
  if (result === null) return null;
  if (!result.ok) return { message: result.message };
  return { value: result.value };
}

/** Validate raw or typed inputs; returns typed inputs only when every field is valid. */
export function validateScaleModelInputs(given: ScaleModelRawInputs): ScaleModelValidation {
  // A form that has not loaded yet (or junk from storage) validates as an empty plan instead of throwing.
  const raw: ScaleModelRawInputs = typeof given === 'object' && given !== null ? given : {};
  const errors: FieldMessage[] = [];
  const warnings: FieldMessage[] = [];
  const fail = (path: string, message: string, roleId: string | null = null) => errors.push({ path, message, roleId });
  const number = (path: string, value: RawNumberInput, rule: ScaleFieldRule, roleId: string | null, required = true) => {
    const checked = validateField(value, rule, required);
    if (checked === null) return null;
    if ('message' in checked) {
      fail(path, checked.message, roleId);
      return null;
    }
    return checked.value;
  };

  const rawRoles = Array.isArray(raw.roles) ? raw.roles.map((role) => (typeof role === 'object' && role !== null ? role : {})) : [];
  if (rawRoles.length === 0) fail('roles', scaleModelMessages.noRoles);
  if (rawRoles.length > MAX_ROLES) fail('roles', scaleModelMessages.tooManyRoles(MAX_ROLES));
  const seenIds = new Set<string>();
  const roles: ScaleRole[] = rawRoles.map((role, index) => {
    const at = (field: string) => `roles.${index}.${field}`;
    const id = typeof role.id === 'string' ? role.id.trim() : '';
    const roleId = id === '' ? null : id;
    if (id === '') fail(at('id'), scaleModelMessages.roleIdRequired);
    else if (seenIds.has(id)) fail(at('id'), scaleModelMessages.roleIdDuplicate, roleId);
    seenIds.add(id);
    const name = typeof role.name === 'string' ? role.name.trim() : '';
    if (name === '') fail(at('name'), scaleModelMessages.roleNameRequired, roleId);
    const rampCurve: RampCurve = role.rampCurve === 'step' ? 'step' : 'linear';
    if (role.rampCurve !== 'linear' && role.rampCurve !== 'step') fail(at('rampCurve'), scaleModelMessages.rampCurveInvalid, roleId);

    const numbers = {} as Record<RoleNumberField, number>;
    for (const field of ROLE_NUMBER_FIELDS) numbers[field] = number(at(field), role[field], ROLE_RULES[field], roleId) ?? 0;
    const hires = Array.isArray(role.hiresPerMonth) ? role.hiresPerMonth : [];
    if (hires.length !== PLAN_MONTHS) fail(at('hiresPerMonth'), scaleModelMessages.hiresMonths(PLAN_MONTHS), roleId);
    const hiresPerMonth = Array.from({ length: PLAN_MONTHS }, (_, m) =>
      m < hires.length ? (number(`${at('hiresPerMonth')}.${m}`, hires[m], ROLE_RULES.hiresPerMonth, roleId) ?? 0) : 0,
    );
    return {
      id,
      name,
      ...numbers,
      hiresPerMonth,
      rampCurve,
      outputUnit: typeof role.outputUnit === 'string' ? role.outputUnit.trim() : '',
      countsTowardTarget: role.countsTowardTarget === true,
      outputIsNetNewArr: role.outputIsNetNewArr === true,
    };
  });

  // The win rate is checked first: whether the coverage multiple counts depends on it.
  const winRatePct = number('winRatePct', raw.winRatePct, GLOBAL_RULES.winRatePct, null, !GLOBAL_RULES.winRatePct.nullable);
  const globals = {} as Omit<ScaleModelInputs, 'version' | 'roles'>;
  for (const field of GLOBAL_NUMBER_FIELDS) {
    if (field === 'winRatePct') globals.winRatePct = winRatePct;
    else if (field === 'coverageMultiple' && winRatePct !== null) globals.coverageMultiple = unusedCoverageMultiple(raw.coverageMultiple);
    else globals[field] = number(field, raw[field], GLOBAL_RULES[field], null) ?? 0;
  }
  const inputs: ScaleModelInputs = { version: SCALE_MODEL_VERSION, roles, ...globals };

  const counted = roles.filter((role) => role.countsTowardTarget);
  const units = [...new Set(counted.map((role) => role.outputUnit))];
  if (units.length > 1) warnings.push({ path: 'roles', message: scaleModelMessages.mixedTargetUnits(units), roleId: null });
  if (counted.length === 0 && rawRoles.length > 0 && inputs.monthlyOutputTarget > 0) {
    warnings.push({ path: 'monthlyOutputTarget', message: scaleModelMessages.targetWithoutRoles, roleId: null });
  }

  const fieldErrors: Record<string, string> = {};
  for (const e of errors) fieldErrors[e.path] ??= e.message;
  if (errors.length > 0) return { ok: false, inputs: null, errors, fieldErrors, warnings };
  return { ok: true, inputs, errors: [], fieldErrors, warnings };
}

// With a win rate the multiple is not used, so whatever the field holds is kept if valid and never an error.
function unusedCoverageMultiple(value: RawNumberInput): number {
  const checked = validateField(value, GLOBAL_RULES.coverageMultiple);
  return checked !== null && 'value' in checked ? checked.value : DEFAULT_COVERAGE_MULTIPLE;
}
