import { computed } from 'nanostores';
import { createPersistentTool } from './persistent';
import { UNIT_ECONOMICS_VERSION, computeUnitEconomics, unitEconomicsInputsSchema, type UnitEconomicsInputs } from '../lib/unit-economics';
import { unitEconomicsPresets } from '../presets/unit-economics';

/** Starting inputs: the playbook's Stage 2 figures. */
export const unitEconomicsDefaults: UnitEconomicsInputs = unitEconomicsPresets[1]!.inputs;

/** Saved inputs of the unit economics tool. */
export const unitEconomics = createPersistentTool<UnitEconomicsInputs>({
  tool: 'unit-economics',
  version: UNIT_ECONOMICS_VERSION,
  schema: unitEconomicsInputsSchema,
  defaults: unitEconomicsDefaults,
});

/** Results derived from the saved inputs. */
export const $unitEconomicsResult = computed(unitEconomics.$value, computeUnitEconomics);
