/**
 * Stage planner presets built from the playbook's budgets and infrastructure by stage. The figures are
 * passed in (the data lives in `src/data/playbook`), so this module stays pure and testable.
 */
import type { BudgetShare } from './budget';
import type { InfrastructureStageInputs } from './infrastructure';
import type { StagePlanInputs } from './plan';

/** Current usage as a share of capacity in a preset: the playbook gives none, so it is an example to replace. */
export const PRESET_CURRENT_USAGE_PCT = 25;
/** Monthly growth in a preset: an example to replace with your own. */
export const PRESET_MONTHLY_GROWTH_PCT = 10;

/** Ids of the presets, as used in a page link (`?preset=stage-1`). */
export type StagePresetId = 'stage-1' | 'stage-2' | 'stage-3' | 'custom';

/** One stage's budget as the playbook gives it. */
export interface PresetBudgetSource {
  stage: 1 | 2 | 3;
  totalUsd: number;
  sharesPct: readonly BudgetShare[];
}

/** One stage's infrastructure as the playbook gives it. */
export interface PresetInfrastructureSource {
  stage: 1 | 2 | 3;
  name: string;
  capacity: InfrastructureStageInputs;
}

/** A named starting point. */
export interface StagePlanPreset {
  id: StagePresetId;
  label: string;
  inputs: StagePlanInputs;
}

/** A stable line id from a category name ("AI/ML services" → "ai-ml-services"). */
export function lineId(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'line';
}

/** Stage 1–3 presets from the playbook's figures. */
export function buildStagePresets(budgets: readonly PresetBudgetSource[], infrastructure: readonly PresetInfrastructureSource[]): StagePlanPreset[] {
  return budgets.map((budget) => {
    const infra = infrastructure.find((i) => i.stage === budget.stage);
    if (!infra) throw new Error(`Stage ${budget.stage}: no infrastructure figures.`);
    const c = infra.capacity;
    const budgetLines = budget.sharesPct.map((s) => ({ id: lineId(s.category), category: s.category, sharePct: s.sharePct }));
    const share = PRESET_CURRENT_USAGE_PCT / 100;
    return {
      id: `stage-${budget.stage}` as StagePresetId,
      label: `Stage ${budget.stage}`,
      inputs: {
        version: 1,
        budgetTotalUsd: budget.totalUsd,
        budgetLines,
        infrastructureLineId: budgetLines.find((l) => l.id === 'infrastructure')?.id ?? null,
        capacityUsers: c.users,
        capacityInteractionsPerMonth: c.interactionsPerMonth,
        capacityStorageTb: c.storageTb,
        uptimePct: c.uptimePct,
        costLines: [
          { id: 'cloud', label: 'Cloud infrastructure', monthlyUsd: c.cloudMonthlyUsd },
          { id: 'ai-ml', label: 'AI/ML services', monthlyUsd: c.aiMlMonthlyUsd },
        ],
        currentUsers: c.users * share,
        currentInteractionsPerMonth: c.interactionsPerMonth * share,
        currentStorageTb: c.storageTb * share,
        monthlyGrowthPct: PRESET_MONTHLY_GROWTH_PCT,
      },
    };
  });
}

/** A custom stage: the categories of the first preset with nothing filled in yet. */
export function customStagePreset(from: StagePlanPreset): StagePlanPreset {
  const i = from.inputs;
  return {
    id: 'custom',
    label: 'Custom stage',
    inputs: {
      ...i,
      budgetTotalUsd: 0,
      budgetLines: i.budgetLines.map((l) => ({ ...l, sharePct: 0 })),
      capacityUsers: 0,
      capacityInteractionsPerMonth: 0,
      capacityStorageTb: 0,
      costLines: i.costLines.map((l) => ({ ...l, monthlyUsd: 0 })),
      currentUsers: 0,
      currentInteractionsPerMonth: 0,
      currentStorageTb: 0,
    },
  };
}

/** The preset a link asks for (`?preset=stage-2` or `#preset=stage-2`), or null. */
export function presetFromLocation(search: string, hash: string): StagePresetId | null {
  for (const text of [search, hash]) {
    const match = /(?:^|[?#&])preset=(stage-[123]|custom)(?:&|$)/.exec(text);
    if (match) return match[1] as StagePresetId;
  }
  return null;
}
