/**
 * Everything the scale plan page needs beyond what the server rendered: every tool's store, the plan
 * built from them, shared plans and copying one in. The page loads this only once the browser holds
 * something of the handbook's (or a shared plan arrives, or the person exports or shares), so a visitor
 * with nothing saved reads the server's plan without downloading any tool's logic.
 */
import { computed } from 'nanostores';
import { $scalePlan, $scalePlanInputs, copyScalePlanIn, scalePlanRegistry } from './scale-plan';
import { followExitTicks } from './exit-checklist';
import { carriedFigures, CARRY_SOURCE_NAMES } from './carried-figures';
import { scaleModel } from './scale-model';
import { carriedInputSource } from '../lib/scale-plan/carried-source';
import { buildScalePlan, SCALE_PLAN_SHARE_VERSION, SCALE_PLAN_TOOL, scalePlanInputsSchema, type ScalePlan, type ScalePlanInputs } from '../lib/scale-plan';

export { copyScalePlanIn, SCALE_PLAN_SHARE_VERSION, SCALE_PLAN_TOOL };

/** A figure carried into the scale model from another tool, as the plan's hiring section names it. */
export interface CarriedLine {
  field: string;
  /** e.g. "Budget for the year from the stage planner (2026-12-01)". */
  text: string;
}

/** The plan from this browser's saved inputs, with the figures carried into the scale model that still hold. */
export interface LivePlan {
  plan: ScalePlan;
  carried: CarriedLine[];
}

/** Carried figures still in effect in the scale model, as the plan's hiring section lists them. */
export const $carriedLines = computed([carriedFigures.$value, scaleModel.$value], (carried, inputs): CarriedLine[] =>
  carried
    .filter((c) => c.field === 'cacUsd' || c.field === 'paybackMonths' || carriedInputSource(c.field, inputs, carried) !== null)
    .map((c) => ({ field: c.field, text: `${c.sourceLabel} from ${CARRY_SOURCE_NAMES[c.source]} (${c.carriedAt.slice(0, 10)})` })),
);

const $live = computed([$scalePlan, $carriedLines], (plan, carried): LivePlan => ({ plan, carried }));

/** Follow this browser's plan (now, and as this or another tab saves); returns the unsubscribe. */
export function followLivePlan(onChange: (live: LivePlan) => void): () => void {
  const stopTicks = followExitTicks();
  const stop = $live.subscribe(onChange);
  return () => {
    stop();
    stopTicks();
  };
}

/** This browser's saved inputs, tool by tool (null where a tool has nothing). */
export const savedInputs = (): ScalePlanInputs => $scalePlanInputs.get();

/** Build the plan of a shared link's inputs. */
export const sharedScalePlan = (inputs: ScalePlanInputs): ScalePlan => buildScalePlan(inputs, scalePlanRegistry);

/** The schema a shared plan's inputs are checked against. */
export { scalePlanInputsSchema };
