/**
 * "Use this in the scale model": figures carried from unit economics and the stage planner into the
 * scale model, with their source kept beside them so the scale model can say where a figure came from.
 */
import { createPersistentTool } from './persistent';
import { scaleModel } from './scale-model';
import { unitEconomics, $unitEconomicsResult } from './unit-economics';
import { stagePlanner, $stagePlanResult } from './stage-planner';
import { applyCarry, carryChanges, offersFromStagePlan, offersFromUnitEconomics, type CarriedFigure, type CarryChange, type CarryOffer, type CarryProblem, type CarrySource } from '../lib/scale-plan/carry';
import { CARRIED_VERSION, carriedFiguresSchema } from '../lib/scale-plan/carry-schema';

/** Figures carried into the scale model, with their sources. */
export const carriedFigures = createPersistentTool<CarriedFigure[]>({
  tool: 'carried-figures',
  version: CARRIED_VERSION,
  schema: carriedFiguresSchema,
  defaults: [],
});

/** Names of the source tools. */
export const CARRY_SOURCE_NAMES: Record<CarrySource, string> = {
  'unit-economics': 'unit economics',
  'stage-planner': 'the stage planner',
};

function offersFrom(source: CarrySource): CarryOffer[] {
  return source === 'unit-economics'
    ? offersFromUnitEconomics(unitEconomics.$value.get(), $unitEconomicsResult.get())
    : offersFromStagePlan(stagePlanner.$value.get(), $stagePlanResult.get());
}

/** What carrying from a tool would change in the scale model now. */
export function previewCarry(source: CarrySource): CarryChange[] {
  return carryChanges(offersFrom(source), scaleModel.$value.get(), carriedFigures.$value.get());
}

/** Carry a tool's figures into the scale model (call after the person agreed to the preview). */
export function carryIntoScaleModel(source: CarrySource, now: Date = new Date()): { ok: true } | { ok: false; problem: CarryProblem } {
  const applied = applyCarry(offersFrom(source), scaleModel.$value.get(), carriedFigures.$value.get(), now.toISOString());
  if (!applied.ok) return applied;
  scaleModel.$value.set(applied.scale);
  carriedFigures.$value.set(applied.carried);
  return { ok: true };
}
