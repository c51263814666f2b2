/**
 * Where the playbook's figures meet the scale model: the presets, their notes and the default inputs.
 * The logic stays in `src/lib/scale-model` (it takes inputs as arguments); the figures stay in `src/data`.
 */
export * from './presets';
export { defaultScaleModelInputs, newScaleRole } from './defaults';
export { PRESET_ATTRITION_PCT, PRESET_GLOBAL_ASSUMPTIONS, PRESET_ROLE_ASSUMPTIONS } from './preset-assumptions';
export type { RoleAssumption } from './preset-assumptions';
export type { PresetNote } from './preset-notes';
export { phase1ListedByFunction, phaseEndTotals } from './preset-notes';
export * from '../../data/playbook/scale-model-seed';
