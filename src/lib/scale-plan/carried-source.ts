/**
 * A carried figure and whether a scale model input still holds it. Kept apart from the carry logic so
 * the scale model page loads only this to tag its values.
 */

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

/** Scale model inputs a figure can be carried into. */
export const CARRIED_INPUT_FIELDS: readonly CarriedInputField[] = ['grossMarginPct', 'startingCashUsd', 'otherMonthlyCostUsd'];

/** The carried figure behind a scale model input, while the input still holds that value; else null. */
export function carriedInputSource(field: string, scale: Readonly<Record<CarriedInputField, number>>, carried: readonly CarriedFigure[]): CarriedFigure | null {
  const figure = carried.find((c) => c.field === field);
  if (!figure || !(CARRIED_INPUT_FIELDS as readonly string[]).includes(figure.field)) return null;
  return scale[figure.field as CarriedInputField] === figure.value ? figure : null;
}
