import { createPersistentTool, derivedResults } from './persistent';
import { storageEngine } from './storage';
import { storageKey } from '../lib/persist/versioned';
import { budgetsByStage } from '../data/playbook/financial';
import { infrastructureStages } from '../data/playbook/infrastructure';
import { computeStagePlan, type PlanBudgetLine, type PlanCostLine, type StagePlanInputs } from '../lib/stage-planner/plan';
import { buildStagePresets, customStagePreset, type StagePlanPreset, type StagePresetId } from '../lib/stage-planner/presets';
import { MAX_PLAN_LINES, STAGE_PLAN_VERSION, nextLineId, stagePlanInputsSchema } from '../lib/stage-planner/schema';

/** Stage 1–3 from the playbook, then a custom stage. */
export const stagePlanPresets: readonly StagePlanPreset[] = (() => {
  const stages = buildStagePresets(budgetsByStage, infrastructureStages);
  return [...stages, customStagePreset(stages[0]!)];
})();

/** Starting inputs: the playbook's Stage 1. */
export const stagePlannerDefaults: StagePlanInputs = stagePlanPresets[0]!.inputs;

/** Saved inputs of the stage planner. */
export const stagePlanner = createPersistentTool<StagePlanInputs>({
  tool: 'stage-planner',
  version: STAGE_PLAN_VERSION,
  schema: stagePlanInputsSchema,
  defaults: stagePlannerDefaults,
});

/** Results derived from the saved inputs, and those of the starting inputs (what the server renders). */
export const { $result: $stagePlanResult, defaultResult: stagePlanDefaultResult } = /* @__PURE__ */ derivedResults(stagePlanner, computeStagePlan);

const update = (change: (s: StagePlanInputs) => StagePlanInputs) => stagePlanner.$value.set(change(stagePlanner.$value.get()));

/** Set one field of the plan (numbers already validated). */
export function setPlanValue<K extends keyof StagePlanInputs>(key: K, value: StagePlanInputs[K]): void {
  update((s) => ({ ...s, [key]: value }));
}

/** Start from a preset. */
export function applyStagePreset(id: StagePresetId): void {
  const preset = stagePlanPresets.find((p) => p.id === id);
  if (preset) stagePlanner.$value.set(preset.inputs);
}

/** The preset the saved inputs equal, if any. */
export function matchingPreset(inputs: StagePlanInputs): StagePlanPreset | null {
  const text = JSON.stringify(inputs);
  return stagePlanPresets.find((p) => JSON.stringify(p.inputs) === text) ?? null;
}

/** Change one budget line. */
export function updateBudgetLine(id: string, change: Partial<Omit<PlanBudgetLine, 'id'>>): void {
  update((s) => ({ ...s, budgetLines: s.budgetLines.map((l) => (l.id === id ? { ...l, ...change } : l)) }));
}

/** Add a budget line at 0%. */
export function addBudgetLine(): void {
  update((s) =>
    s.budgetLines.length >= MAX_PLAN_LINES
      ? s
      : { ...s, budgetLines: [...s.budgetLines, { id: nextLineId(s.budgetLines.map((l) => l.id)), category: 'New line', sharePct: 0 }] },
  );
}

/** Remove a budget line (and its use as the infrastructure line). */
export function removeBudgetLine(id: string): void {
  update((s) => ({ ...s, budgetLines: s.budgetLines.filter((l) => l.id !== id), infrastructureLineId: s.infrastructureLineId === id ? null : s.infrastructureLineId }));
}

/** Change one monthly cost line. */
export function updateCostLine(id: string, change: Partial<Omit<PlanCostLine, 'id'>>): void {
  update((s) => ({ ...s, costLines: s.costLines.map((l) => (l.id === id ? { ...l, ...change } : l)) }));
}

/** Add a monthly cost line at $0. */
export function addCostLine(): void {
  update((s) =>
    s.costLines.length >= MAX_PLAN_LINES ? s : { ...s, costLines: [...s.costLines, { id: nextLineId(s.costLines.map((l) => l.id), 'cost'), label: 'New cost', monthlyUsd: 0 }] },
  );
}

/** Remove a monthly cost line. */
export function removeCostLine(id: string): void {
  update((s) => ({ ...s, costLines: s.costLines.filter((l) => l.id !== id) }));
}

/** Whether this browser has saved stage planner inputs (a first visit has none). */
export function hasSavedStagePlan(): boolean {
  return storageKey(stagePlanner.spec.tool, stagePlanner.spec.version) in storageEngine;
}
