/**
 * "Use this in the scale model": figures offered by another tool carried into the scale model, with
 * their source kept beside them so the scale model can say where a figure came from.
 */
import { scaleModel } from './scale-model';
import { carriedFigures } from './carried-figures';
import { applyCarry, carryChanges, type CarryChange, type CarryOffer, type CarryProblem } from '../lib/scale-plan/carry';

/** What carrying these figures would change in the scale model now. */
export function previewCarry(offers: readonly CarryOffer[]): CarryChange[] {
  return carryChanges(offers, scaleModel.$value.get(), carriedFigures.$value.get());
}

/** Carry the figures into the scale model (call after the person agreed to the preview). */
export function carryIntoScaleModel(offers: readonly CarryOffer[], now: Date = new Date()): { ok: true } | { ok: false; problem: CarryProblem } {
  const applied = applyCarry(offers, scaleModel.$value.get(), carriedFigures.$value.get(), now.toISOString());
  if (!applied.ok) return applied;
  scaleModel.$value.set(applied.scale);
  carriedFigures.$value.set(applied.carried);
  return { ok: true };
}
