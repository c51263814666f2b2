import { UseInScaleModel } from './UseInScaleModel';
import { offersFromStagePlan } from '../../lib/scale-plan/offers';
import { $stagePlanResult, stagePlanner } from '../../stores/stage-planner';

/** "Use in the scale model" for the stage planner: the budget as cash and the non-personnel lines as other costs. */
export function StagePlanCarry() {
  return <UseInScaleModel from="stage-planner" offers={() => offersFromStagePlan(stagePlanner.$value.get(), $stagePlanResult.get())} />;
}
