/**
 * Figures one tool carries into the scale model ("use this in the scale model"): which figures, what
 * they would replace, and whether a value in the scale model is still the one carried (so its tag
 * naming the source stays true only while nobody has typed over it).
 */
import { GLOBAL_RULES, scaleModelInputsSchema, type ScaleModelInputs } from '../scale-model';

import type { CarriedFigure, CarriedField, CarriedInputField } from './carried-source';
import { CARRIED_INPUT_FIELDS } from './carried-source';

export type { CarriedFigure, CarriedField, CarriedInputField, CarriedReferenceField, CarrySource } from './carried-source';
export { carriedInputSource } from './carried-source';

export type { CarryOffer } from './offers';
export { offersFromStagePlan, offersFromUnitEconomics } from './offers';
import type { CarryOffer } from './offers';

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

const isInputField = (f: CarriedField): f is CarriedInputField => (CARRIED_INPUT_FIELDS as readonly CarriedField[]).includes(f);

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
