/** The unit economics presets: the playbook's stated stages (`src/data`) through the preset logic (`src/lib`). */
import { unitEconomicsByStage } from '../data/playbook/financial';
import { buildUnitEconomicsPresets, statedStagesFrom, type StatedStage, type UnitEconomicsPreset } from '../lib/unit-economics/presets';

/** The playbook's stated figures per stage, as the tool labels them. */
export const statedStages: readonly StatedStage[] = statedStagesFrom(unitEconomicsByStage);

/** The three presets, in stage order. */
export const unitEconomicsPresets: readonly UnitEconomicsPreset[] = buildUnitEconomicsPresets(statedStages);
