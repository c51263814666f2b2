import { UseInScaleModel } from './UseInScaleModel';
import { offersFromUnitEconomics } from '../../lib/scale-plan/offers';
import { $unitEconomicsResult, unitEconomics } from '../../stores/unit-economics';

/** "Use in the scale model" for the unit economics tool: gross margin, CAC and payback. */
export function UnitEconomicsCarry() {
  return <UseInScaleModel from="unit-economics" offers={() => offersFromUnitEconomics(unitEconomics.$value.get(), $unitEconomicsResult.get())} />;
}
