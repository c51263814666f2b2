/**
 * Figures one tool carries into the scale model ("use this in the scale model"): which figures, what
 * they would replace, and whether a value in the scale model is still the one carried (so its tag
 * naming the source stays true only while nobody has typed over it).
 */
import type { UnitEconomicsInputs, UnitEconomicsResult } from '../unit-economics';
import { GLOBAL_RULES, scaleModelInputsSchema, type ScaleModelInputs } from '../scale-model';
import type { StagePlanInputs, StagePlanResult } from '../stage-planner/plan';

/** Tools a figure can come from. */
export type CarrySource = 'unit-economics' | 'stage-planner';

/** Scale model inputs a tool can replace. */
export type CarriedInputField = 'grossMarginPct' | 'startingCashUsd' | 'otherMonthlyCostUsd';
/** Figures kept beside the scale model for comparison (it has no input of its own for them). */
export type CarriedReferenceField = 'cacUsd' | 'paybackMonths';
/** Every field a figure can be carried into. */
export type CarriedField = CarriedInputField | CarriedReferenceField;

/** One carried figure, tagged with its source. */
export interface CarriedFigure {
  field: CarriedField;
  value: number;
  source: CarrySource;
  /** What the figure is in the source tool, e.g. "Budget for the year". */
  sourceLabel: string;
  /** ISO 8601 date-time of the carry. */
  carriedAt: string;
}

/** A figure offered for carrying, before it is applied. */
export type CarryOffer = Omit<CarriedFigure, 'carriedAt'>;

/** One change the person is asked to approve. */
export interface CarryChange {
  field: CarriedField;
  label: string;
  unit: 'usd' | 'pct' | 'months';
  from: number | null;
  to: number;
}

/** Why nothing can be carried. */
export type CarryProblem = 'nothing-to-carry' | 'out-of-range';

/** Names of the fields in the scale model. */
export const CARRIED_FIELD_LABELS: Record<CarriedField, { label: string; unit: CarryChange['unit'] }> = {
  grossMarginPct: { label: GLOBAL_RULES.grossMarginPct.label, unit: 'pct' },
  startingCashUsd: { label: GLOBAL_RULES.startingCashUsd.label, unit: 'usd' },
  otherMonthlyCostUsd: { label: GLOBAL_RULES.otherMonthlyCostUsd.label, unit: 'usd' },
  cacUsd: { label: 'CAC (for comparison)', unit: 'usd' },
  paybackMonths: { label: 'CAC payback (for comparison)', unit: 'months' },
};

const INPUT_FIELDS: readonly CarriedField[] = ['grossMarginPct', 'startingCashUsd', 'otherMonthlyCostUsd'];
const isInputField = (f: CarriedField): f is CarriedInputField => INPUT_FIELDS.includes(f);

/** Unit economics → scale model: gross margin replaces the model's; CAC and payback sit beside its own CAC payback. */
export function offersFromUnitEconomics(inputs: UnitEconomicsInputs, result: UnitEconomicsResult): CarryOffer[] {
  const out: CarryOffer[] = [{ field: 'grossMarginPct', value: inputs.grossMarginPct, source: 'unit-economics', sourceLabel: 'Gross margin' }];
  if (result.cacUsd !== null) out.push({ field: 'cacUsd', value: result.cacUsd, source: 'unit-economics', sourceLabel: 'CAC' });
  if (result.paybackMonths !== null) out.push({ field: 'paybackMonths', value: result.paybackMonths, source: 'unit-economics', sourceLabel: 'CAC payback' });
  return out;
}

/**
 * Stage planner → scale model: the year's budget as starting cash, and the budget lines other than
 * personnel, a month, as the model's non-headcount costs (its headcount costs come from the roles).
 */
export function offersFromStagePlan(inputs: StagePlanInputs, result: StagePlanResult): CarryOffer[] {
  const out: CarryOffer[] = [{ field: 'startingCashUsd', value: inputs.budgetTotalUsd, source: 'stage-planner', sourceLabel: 'Budget for the year' }];
  if (result.budget.ok) {
    const personnel = result.budget.lines.filter((l) => l.category.trim().toLowerCase() === 'personnel');
    if (personnel.length > 0) {
      const other = result.budget.lines.filter((l) => !personnel.includes(l)).reduce((s, l) => s + l.monthlyUsd, 0);
      out.push({ field: 'otherMonthlyCostUsd', value: other, source: 'stage-planner', sourceLabel: 'Budget lines other than personnel, a month' });
    }
  }
  return out;
}

/** The value a field has now: the scale model's input, or the carried reference. */
function currentValue(field: CarriedField, scale: ScaleModelInputs, carried: readonly CarriedFigure[]): number | null {
  if (isInputField(field)) return scale[field];
  return carried.find((c) => c.field === field)?.value ?? null;
}

/** What carrying the offers would change (unchanged figures are left out). */
export function carryChanges(offers: readonly CarryOffer[], scale: ScaleModelInputs, carried: readonly CarriedFigure[]): CarryChange[] {
  return offers
    .map((o) => ({ field: o.field, ...CARRIED_FIELD_LABELS[o.field], from: currentValue(o.field, scale, carried), to: o.value }))
    .filter((c) => c.from !== c.to);
}

/** The scale model inputs and carried list after carrying, or why it cannot be done. */
export function applyCarry(
  offers: readonly CarryOffer[],
  scale: ScaleModelInputs,
  carried: readonly CarriedFigure[],
  carriedAt: string,
): { ok: true; scale: ScaleModelInputs; carried: CarriedFigure[] } | { ok: false; problem: CarryProblem } {
  if (offers.length === 0) return { ok: false, problem: 'nothing-to-carry' };
  let next: ScaleModelInputs = { ...scale };
  for (const o of offers) if (isInputField(o.field)) next = { ...next, [o.field]: o.value };
  if (!scaleModelInputsSchema.safeParse(next).success) return { ok: false, problem: 'out-of-range' };
  const fields = new Set(offers.map((o) => o.field));
  return { ok: true, scale: next, carried: [...carried.filter((c) => !fields.has(c.field)), ...offers.map((o) => ({ ...o, carriedAt }))] };
}

/** The carried figure behind a scale model input, while the input still holds that value; else null. */
export function carriedInputSource(field: string, scale: ScaleModelInputs, carried: readonly CarriedFigure[]): CarriedFigure | null {
  const figure = carried.find((c) => c.field === field);
  if (!figure || !isInputField(figure.field)) return null;
  return scale[figure.field] === figure.value ? figure : null;
}
