/**
 * The form's own copy of the inputs: numbers as typed (text) or as loaded (numbers), so a field can
 * hold "abc" or an empty cell while the saved inputs and the results keep the last valid plan.
 */
import { formatInputNumber } from '../../lib/format';
import { validateField, validateScaleModelInputs, GLOBAL_RULES, type FieldMessage, type GlobalNumberField, type RampCurve, type RawNumberInput, type RoleNumberField, type ScaleModelInputs, type ScaleModelRawInputs, type ScaleRole } from '../../lib/scale-model';
import { newScaleRole } from '../../presets/scale-model';

/** A role as the form holds it. */
export interface DraftRole {
  id: string;
  name: string;
  startingHeadcount: RawNumberInput;
  hiresPerMonth: RawNumberInput[];
  rampMonths: RawNumberInput;
  rampCurve: RampCurve;
  fullOutputPerMonth: RawNumberInput;
  outputUnit: string;
  attainmentPct: RawNumberInput;
  annualAttritionPct: RawNumberInput;
  loadedMonthlyCostUsd: RawNumberInput;
  recruitingLeadMonths: RawNumberInput;
  countsTowardTarget: boolean;
  outputIsNetNewArr: boolean;
}

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

/** The form for saved inputs. */
export function toDraft(inputs: ScaleModelInputs): Draft {
  return {
    roles: inputs.roles.map((role) => ({ ...role, hiresPerMonth: [...role.hiresPerMonth] })),
    coverageMode: inputs.winRatePct === null ? 'multiple' : 'winRate',
    spanOfControl: inputs.spanOfControl,
    monthlyOutputTarget: inputs.monthlyOutputTarget,
    winRatePct: inputs.winRatePct ?? '',
    coverageMultiple: inputs.coverageMultiple,
    startingCashUsd: inputs.startingCashUsd,
    otherMonthlyCostUsd: inputs.otherMonthlyCostUsd,
    startingArrUsd: inputs.startingArrUsd,
    grossMarginPct: inputs.grossMarginPct,
    salesMarketingCostPct: inputs.salesMarketingCostPct,
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

/** Add an empty role at the end. */
export function addRole(draft: Draft, name?: string): Draft {
  const role: ScaleRole = newScaleRole(
    draft.roles.map((r) => r.id),
    name,
  );
  return { ...draft, roles: [...draft.roles, { ...role, hiresPerMonth: [...role.hiresPerMonth] }] };
}

/** Remove the role at `index`. */
export function removeRole(draft: Draft, index: number): Draft {
  return { ...draft, roles: draft.roles.filter((_, i) => i !== index) };
}

/** Path of a role field in validation messages, e.g. `roles.2.rampMonths`. */
export const rolePath = (index: number, field: RoleNumberField | 'name' | 'hiresPerMonth' | 'rampCurve') => `roles.${index}.${field}`;
