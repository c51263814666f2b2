/**
 * The form's own copy of the inputs: numbers as typed (text) or as loaded (numbers), so a field can
 * hold "abc" or an empty cell while the saved inputs and the results keep the last valid plan.
 * Pure: what a new role looks like comes in as an argument (the presets know it).
 */
import { formatInputNumber } from '../format';
import { parseNumber } from '../parse';
import { GLOBAL_NUMBER_FIELDS, GLOBAL_RULES } from './rules';
import type { GlobalNumberField, RoleNumberField, ScaleModelInputs, ScaleRole } from './types';
import { validateField, validateScaleModelInputs, type FieldMessage, type RawNumberInput, type ScaleModelRawInputs } from './validate';

/** A role as the form holds it: its number fields as typed or as loaded, the rest as saved. */
export type DraftRole = Omit<ScaleRole, RoleNumberField | 'hiresPerMonth'> & { [K in RoleNumberField]: RawNumberInput } & { hiresPerMonth: RawNumberInput[] };

/** Where pipeline coverage comes from. */
export type CoverageMode = 'multiple' | 'winRate';

/** The whole form. The win rate keeps its text while the multiple is in use, so switching back loses nothing. */
export type Draft = { roles: DraftRole[]; coverageMode: CoverageMode } & { [K in GlobalNumberField]: RawNumberInput };

/** The form's validation: the inputs to save when everything is valid, and a message per field path. */
export interface DraftCheck {
  inputs: ScaleModelInputs | null;
  fieldErrors: Record<string, string>;
  warnings: FieldMessage[];
  /** Number of fields holding bad input. */
  invalidCount: number;
}

/** The form for saved inputs; an unset win rate shows as an empty box. */
export function toDraft(inputs: ScaleModelInputs): Draft {
  const globals = {} as { [K in GlobalNumberField]: RawNumberInput };
  for (const field of GLOBAL_NUMBER_FIELDS) globals[field] = inputs[field] ?? '';
  return {
    roles: inputs.roles.map((role) => ({ ...role, hiresPerMonth: [...role.hiresPerMonth] })),
    coverageMode: inputs.winRatePct === null ? 'multiple' : 'winRate',
    ...globals,
  };
}

/** Validate the form with the model's own rules; a chosen win rate must be filled in. */
export function checkDraft(draft: Draft): DraftCheck {
  const raw: ScaleModelRawInputs = { ...draft, winRatePct: draft.coverageMode === 'winRate' ? draft.winRatePct : null };
  const checked = validateScaleModelInputs(raw);
  const fieldErrors = { ...checked.fieldErrors };
  if (draft.coverageMode === 'winRate' && fieldErrors.winRatePct === undefined) {
    const required = validateField(draft.winRatePct, GLOBAL_RULES.winRatePct, true);
    if (required !== null && 'message' in required) fieldErrors.winRatePct = required.message;
  }
  const invalidCount = Object.keys(fieldErrors).length;
  return { inputs: invalidCount === 0 ? checked.inputs : null, fieldErrors, warnings: checked.warnings, invalidCount };
}

/** Text to show in an input for a loaded number: at most 2 decimals (4 below 1), no exponent for ordinary sizes. */
export function numberText(value: RawNumberInput): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return formatInputNumber(value);
  return formatInputNumber(Number.parseFloat(value.toFixed(Math.abs(value) >= 1 ? 2 : 4)));
}

/** A role's hires over the 12 months as the form holds them; a cell that is empty or not a number counts as 0. */
export function draftHiresTotal(role: Pick<DraftRole, 'hiresPerMonth'>): number {
  let total = 0;
  for (const hires of role.hiresPerMonth) total += (typeof hires === 'number' ? hires : parseNumber(hires)) ?? 0;
  return total;
}

/** Change one role of the form. */
export function updateRole(draft: Draft, index: number, change: Partial<DraftRole>): Draft {
  return { ...draft, roles: draft.roles.map((role, i) => (i === index ? { ...role, ...change } : role)) };
}

/** Change one month's hires of one role. */
export function updateHires(draft: Draft, index: number, month: number, value: string): Draft {
  const role = draft.roles[index];
  if (!role) return draft;
  const hiresPerMonth = role.hiresPerMonth.map((h, m) => (m === month ? value : h));
  return updateRole(draft, index, { hiresPerMonth });
}

/** Makes a new role with an id none of `existingIds` has. */
export type NewRole = (existingIds: readonly string[]) => ScaleRole;

/** Add a new role (made by `newRole`, given the ids in use) at the end. */
export function addRole(draft: Draft, newRole: NewRole): Draft {
  const role = newRole(draft.roles.map((r) => r.id));
  return { ...draft, roles: [...draft.roles, { ...role, hiresPerMonth: [...role.hiresPerMonth] }] };
}

/** Remove the role at `index`. */
export function removeRole(draft: Draft, index: number): Draft {
  return { ...draft, roles: draft.roles.filter((_, i) => i !== index) };
}

/** Path of a role field in validation messages, e.g. `roles.2.rampMonths`. */
export const rolePath = (index: number, field: RoleNumberField | 'name' | 'hiresPerMonth' | 'rampCurve') => `roles.${index}.${field}`;
