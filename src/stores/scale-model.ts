import { createPersistentTool, derivedResults } from './persistent';
import { SCALE_MODEL_VERSION, computeScaleModel, scaleModelInputsSchema, scaleModelScenariosSchema, type ScaleModelInputs, type ScaleModelScenarios } from '../lib/scale-model';
import buildTimeDefaults from 'build-time:scale-model-defaults';
import { carriedSourcesSchema, type CarriedSources } from '../lib/stage4/org-design/carried';

/** Starting inputs: the playbook's Phase 2 hiring plan (`defaultScaleModelInputs`, computed when the site is built). */
export const scaleModelDefaults: ScaleModelInputs = buildTimeDefaults;

/** Saved inputs of the scale model: always valid; the form holds what is being typed. */
export const scaleModel = createPersistentTool<ScaleModelInputs>({
  tool: 'scale-model',
  version: SCALE_MODEL_VERSION,
  schema: scaleModelInputsSchema,
  defaults: scaleModelDefaults,
});

/** Named scenarios saved in this browser, oldest first. */
export const scaleModelScenarios = createPersistentTool<ScaleModelScenarios>({
  tool: 'scale-model-scenarios',
  version: SCALE_MODEL_VERSION,
  schema: scaleModelScenariosSchema,
  defaults: [],
});

/** Results derived from the saved inputs, and those of the starting inputs (what the server renders). */
export const { $result: $scaleModelResult, defaultResult: scaleModelDefaultResult } = /* @__PURE__ */ derivedResults(scaleModel, computeScaleModel);

/** Tags of figures carried into the plan from other tools (the organization design), by path. */
export const scaleModelCarried = createPersistentTool<CarriedSources>({
  tool: 'scale-model-carried',
  version: 1,
  schema: carriedSourcesSchema,
  defaults: {},
});

/** Replace the plan with one carrying figures from another tool, and remember where each came from. */
export function applyCarriedPlan(inputs: ScaleModelInputs, sources: CarriedSources): void {
  scaleModel.$value.set(inputs);
  scaleModelCarried.$value.set({ ...scaleModelCarried.$value.get(), ...sources });
}
