/**
 * The figures each tool offers to the scale model. Kept apart from the carry itself so a tool page
 * loads only this small part; the scale model's code is loaded when someone carries.
 */
import type { UnitEconomicsInputs, UnitEconomicsResult } from '../unit-economics/compute';
import type { StagePlanInputs, StagePlanResult } from '../stage-planner/plan';
import type { CarriedFigure } from './carried-source';

/** A figure offered for carrying, before it is applied. */
export type CarryOffer = Omit<CarriedFigure, 'carriedAt'>;

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

