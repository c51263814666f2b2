/**
 * Presets from the Scaling Strategy playbook's Hiring Timeline, one per phase, each a 12-month plan.
 *
 * - Phase 1 (Months 1-6): plan months 1–12 are company months 1–12; the hires are the seed's list, month by
 *   month; months 7–12 have none (Phase 2's hires are its own preset). Nobody is on board before month 1.
 * - Phase 2 (Months 7-18): plan month 1 is company month 7. Each function starts at its stated total minus
 *   its "+N", so that with no attrition it ends at the stated total; the +N are spread over the 12 months
 *   with `spreadEvenly` (whole people, front-loaded: hire i joins in month floor((i − 1) × 12 ÷ N) + 1).
 * - Phase 3 (Months 19-36): as Phase 2 from company month 19, but the phase spans 18 months and the plan
 *   12, so its hires arrive over 12 months, 1.5× the seed's pace (a note says so).
 * Every value carries its basis in `sources`: `seed` (stated), `derived` (computed from stated figures) or
 * `assumption` (the seed gives none: ramp, output, attainment, attrition, targets, margin, span of control).
 * Cost per FTE is derived from the stage budget (see `derivedLoadedMonthlyCostUsd`).
 */
import { computeScaleModel } from '../../lib/scale-model/compute';
import { spreadEvenly, sum } from '../../lib/scale-model/math';
import { buildPresetNotes } from './preset-notes';
import type { PresetNote } from './preset-notes';
import { DEFAULT_COVERAGE_MULTIPLE, PLAN_MONTHS } from '../../lib/scale-model/rules';
import { SCALE_MODEL_VERSION } from '../../lib/scale-model/schema';
import {
  SEED_FUNCTIONS,
  SEED_HIRE_AHEAD_MONTHS,
  SEED_PHASE_1,
  SEED_PHASE_2,
  SEED_PHASE_3,
  SEED_STAGE_3_ARR_GATE_USD,
  SEED_STAGE_BUDGETS,
} from '../../data/playbook/scale-model-seed';
import type { SeedFunctionId, SeedFunctionLine, SeedStageBudget } from '../../lib/scale-model/seed-types';
import type { ScaleModelInputs, ScaleRole } from '../../lib/scale-model/types';
import { PRESET_ATTRITION_PCT, PRESET_GLOBAL_ASSUMPTIONS, PRESET_ROLE_ASSUMPTIONS } from './preset-assumptions';
import type { ScaleModelPresetId } from './preset-assumptions';

export type { ScaleModelPresetId } from './preset-assumptions';

import type { PresetValueSource } from '../../lib/scale-model/value-source';
export type { PresetValueSource, ValueBasis } from '../../lib/scale-model/value-source';

/** A ready-made plan with the provenance of every value and the seed checks that concern it. */
export interface ScaleModelPreset {
  id: ScaleModelPresetId;
  name: string;
  /** The seed phase it models, with its company months. */
  seedPhase: { title: string; firstMonth: number; lastMonth: number };
  /** Company month that plan month 1 stands for. */
  planStartMonth: number;
  inputs: ScaleModelInputs;
  /** Basis of each value, keyed by dotted path: `roles.<roleId>.<field>` or a global field name. */
  sources: Record<string, PresetValueSource>;
  notes: PresetNote[];
}

const ASSUMED_ROLE_FIELDS = ['rampMonths', 'rampCurve', 'fullOutputPerMonth', 'outputUnit', 'attainmentPct', 'countsTowardTarget', 'outputIsNetNewArr'] as const;

const rampNote: PresetValueSource = {
  basis: 'assumption',
  note: 'The Stage 4 guide asks for a hiring plan based on validated ramp times but none is given: replace with your measured ramp.',
};
const outputNote: PresetValueSource = { basis: 'assumption', note: 'The playbook gives no output per person: replace with your own figures.' };
const countsNote: PresetValueSource = { basis: 'assumption', note: 'Only Sales output is taken as new ARR and counted toward the target.' };
const ASSUMPTION_NOTES: Record<(typeof ASSUMED_ROLE_FIELDS)[number], PresetValueSource> = {
  rampMonths: rampNote,
  rampCurve: rampNote,
  fullOutputPerMonth: outputNote,
  outputUnit: outputNote,
  attainmentPct: outputNote,
  countsTowardTarget: countsNote,
  outputIsNetNewArr: countsNote,
};

function makeRole(id: string, name: string, kind: SeedFunctionId | 'designer', startingHeadcount: number, hiresPerMonth: number[]): ScaleRole {
  const a = PRESET_ROLE_ASSUMPTIONS[kind];
  return {
    id,
    name,
    startingHeadcount,
    hiresPerMonth,
    ...a,
    // Set from the stage budget once the plan's FTE-months are known (see `finish`).
    loadedMonthlyCostUsd: 0,
    annualAttritionPct: PRESET_ATTRITION_PCT,
    recruitingLeadMonths: SEED_HIRE_AHEAD_MONTHS.min,
  };
}

function roleSources(role: ScaleRole, hires: PresetValueSource, starting: PresetValueSource): Record<string, PresetValueSource> {
  const at = (field: string) => `roles.${role.id}.${field}`;
  const out: Record<string, PresetValueSource> = {
    [at('hiresPerMonth')]: hires,
    [at('startingHeadcount')]: starting,
    [at('recruitingLeadMonths')]: { basis: 'seed', note: 'Hire ahead of need: recruit 3-6 months before critical need (the lower end is used).' },
    [at('annualAttritionPct')]: { basis: 'assumption', note: 'The playbook gives no attrition rate.' },
  };
  for (const field of ASSUMED_ROLE_FIELDS) out[at(field)] = ASSUMPTION_NOTES[field];
  return out;
}

function globals(id: ScaleModelPresetId, budget: SeedStageBudget): { values: Omit<ScaleModelInputs, 'version' | 'roles'>; sources: Record<string, PresetValueSource> } {
  const g = PRESET_GLOBAL_ASSUMPTIONS[id];
  const nonPersonnelPct = budget.infrastructurePct + budget.marketingPct + budget.operationsPct;
  const assumed: PresetValueSource = { basis: 'assumption', note: 'The playbook gives no figure for this.' };
  const values = {
    spanOfControl: g.spanOfControl,
    monthlyOutputTarget: g.monthlyOutputTarget,
    winRatePct: null,
    coverageMultiple: DEFAULT_COVERAGE_MULTIPLE,
    startingCashUsd: budget.totalUsd,
    otherMonthlyCostUsd: (budget.totalUsd * nonPersonnelPct) / 100 / budget.months,
    // Phase 2's figure is set in `finish`, once the plan's net new ARR is known.
    startingArrUsd: g.startingArr === 'gate' ? SEED_STAGE_3_ARR_GATE_USD : 0,
    grossMarginPct: g.grossMarginPct,
    salesMarketingCostPct: g.salesMarketingCostPct,
  };
  const arrSource: Record<typeof g.startingArr, PresetValueSource> = {
    none: { basis: 'assumption', note: 'Stage 1 is the investment phase; the plan starts with no ARR.' },
    'reach-gate': { basis: 'derived', note: 'Chosen so the plan ends at the "$4.5M ARR achieved" of the Stage 2 → Stage 3 checklist.' },
    gate: { basis: 'seed', note: 'Stage 2 → Stage 3 transition: "$4.5M ARR achieved".' },
  };
  const sources: Record<string, PresetValueSource> = {
    spanOfControl: { basis: 'assumption', note: 'The Stage 4 guide asks for span-of-control assumptions but gives none.' },
    monthlyOutputTarget: assumed,
    grossMarginPct: assumed,
    salesMarketingCostPct: assumed,
    winRatePct: { basis: 'seed', note: 'No win rate: coverage uses the multiple.' },
    coverageMultiple: { basis: 'seed', note: 'Sales KPIs: "Pipeline coverage (3x target)".' },
    startingCashUsd: { basis: 'derived', note: `The Stage ${budget.stage} budget, taken as the cash available for the plan.` },
    otherMonthlyCostUsd: {
      basis: 'derived',
      note: `Stage ${budget.stage} budget × its infrastructure, marketing and operations shares (${nonPersonnelPct}%) ÷ ${budget.months} months.`,
    },
    startingArrUsd: arrSource[g.startingArr],
  };
  return { values, sources };
}

function phase1(): ScaleModelPreset {
  const byLabel = new Map<string, { functionId: SeedFunctionId; hires: number[] }>();
  for (const line of SEED_PHASE_1.listed) {
    const entry = byLabel.get(line.label) ?? { functionId: line.functionId, hires: Array<number>(PLAN_MONTHS).fill(0) };
    entry.hires[line.month - 1] = (entry.hires[line.month - 1] ?? 0) + line.fte;
    byLabel.set(line.label, entry);
  }
  const roles: ScaleRole[] = [];
  let sources: Record<string, PresetValueSource> = {};
  for (const [label, entry] of byLabel) {
    const kind = label === 'Designer' ? 'designer' : entry.functionId;
    const role = makeRole(slug(label), label, kind, 0, entry.hires);
    roles.push(role);
    sources = {
      ...sources,
      ...roleSources(
        role,
        { basis: 'seed', note: 'Hiring Timeline, Phase 1 (Months 1-6), as listed.' },
        { basis: 'assumption', note: 'The Hiring Timeline lists no one on board before month 1.' },
      ),
    };
  }
  return finish('phase-1', 'Phase 1: Core Team (Months 1-6)', SEED_PHASE_1, 1, roles, sources, 1);
}

function laterPhase(id: 'phase-2' | 'phase-3', phase: typeof SEED_PHASE_2 | typeof SEED_PHASE_3, stage: 2 | 3): ScaleModelPreset {
  const roles: ScaleRole[] = [];
  let sources: Record<string, PresetValueSource> = {};
  for (const line of phase.functions as readonly SeedFunctionLine[]) {
    const name = SEED_FUNCTIONS.find((f) => f.id === line.functionId)?.name ?? line.functionId;
    const role = makeRole(line.functionId, name, line.functionId, Math.max(0, line.total - line.added), spreadEvenly(line.added));
    roles.push(role);
    sources = {
      ...sources,
      ...roleSources(
        role,
        { basis: 'derived', note: `+${line.added} from the Hiring Timeline, spread evenly over the 12 plan months (whole people, front-loaded).` },
        { basis: 'derived', note: `Stated total ${line.total} minus the ${line.added} added in the phase.` },
      ),
    };
  }
  const name = `Phase ${stage}: ${phase.title} (Months ${phase.firstMonth}-${phase.lastMonth})`;
  return finish(id, name, phase, phase.firstMonth, roles, sources, stage);
}

/** Plan months of a stage's budget that the 12-month plan covers (all of Stage 1's 6, 12 of Stage 3's 18). */
export function budgetMonthsCovered(budget: SeedStageBudget): number {
  return Math.min(PLAN_MONTHS, budget.months);
}

/**
 * The seed gives no cost per role, only each stage's personnel budget; the preset uses one loaded cost
 * per FTE-month for every role: the personnel budget of the covered months (pro rata) ÷ the FTE-months the
 * plan has on board in them, so the plan's people cost matches the budget's personnel share.
 */
export function derivedLoadedMonthlyCostUsd(budget: SeedStageBudget, fteMonths: number): number {
  const covered = budgetMonthsCovered(budget);
  const personnelUsd = ((budget.totalUsd * budget.personnelPct) / 100) * (covered / budget.months);
  return fteMonths > 0 ? personnelUsd / fteMonths : 0;
}

function finish(
  id: ScaleModelPresetId,
  name: string,
  phase: { title: string; firstMonth: number; lastMonth: number },
  planStartMonth: number,
  draftRoles: ScaleRole[],
  roleSourceMap: Record<string, PresetValueSource>,
  stage: 1 | 2 | 3,
): ScaleModelPreset {
  const budget = SEED_STAGE_BUDGETS.find((b) => b.stage === stage);
  if (!budget) throw new Error(`No budget for stage ${stage}`);
  const g = globals(id, budget);
  const draft = computeScaleModel({ version: SCALE_MODEL_VERSION, roles: draftRoles, ...g.values });
  const fteMonths = sum(draft.months.slice(0, budgetMonthsCovered(budget)).map((m) => m.headcount));
  const loadedMonthlyCostUsd = derivedLoadedMonthlyCostUsd(budget, fteMonths);
  const roles = draftRoles.map((role) => ({ ...role, loadedMonthlyCostUsd }));
  const sources = { ...roleSourceMap, ...g.sources };
  for (const role of roles) {
    sources[`roles.${role.id}.loadedMonthlyCostUsd`] = {
      basis: 'derived',
      note: `The Stage ${stage} personnel budget ÷ the plan's FTE-months in plan months 1–${budgetMonthsCovered(budget)}; the same for every role.`,
    };
  }
  const startingArrUsd =
    PRESET_GLOBAL_ASSUMPTIONS[id].startingArr === 'reach-gate'
      ? Math.max(0, SEED_STAGE_3_ARR_GATE_USD - draft.capitalEfficiency.netNewArrUsd12)
      : g.values.startingArrUsd;
  const inputs: ScaleModelInputs = { version: SCALE_MODEL_VERSION, roles, ...g.values, startingArrUsd };
  return {
    id,
    name,
    seedPhase: { title: phase.title, firstMonth: phase.firstMonth, lastMonth: phase.lastMonth },
    planStartMonth,
    inputs,
    sources,
    notes: [],
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The presets' inputs and sources without the seed checks (enough for defaults; keeps the checks out of the browser bundle). */
function buildPresets(): ScaleModelPreset[] {
  return [phase1(), laterPhase('phase-2', SEED_PHASE_2, 2), laterPhase('phase-3', SEED_PHASE_3, 3)];
}

/** The three presets with their seed checks, built fresh on each call (callers may change the returned inputs). */
export function getScaleModelPresets(): ScaleModelPreset[] {
  return buildPresets().map((preset) => ({ ...preset, notes: buildPresetNotes(preset.id, preset.inputs) }));
}

/** One preset by id, with its seed checks. */
export function getScaleModelPreset(id: ScaleModelPresetId): ScaleModelPreset {
  const preset = getScaleModelPresets().find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown scale model preset: ${id}`);
  return preset;
}

/** The Phase 2 preset's inputs (no seed checks), built on its own so the browser bundle leaves the other phases out. */
export function phase2Inputs(): ScaleModelInputs {
  return laterPhase('phase-2', SEED_PHASE_2, 2).inputs;
}

/** One preset's inputs (no seed checks). */
export function presetInputs(id: ScaleModelPresetId): ScaleModelInputs {
  const preset = buildPresets().find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown scale model preset: ${id}`);
  return preset.inputs;
}

/** Basis of one value of a preset (`roles.<roleId>.<field>` or a global field), or null if not recorded. */
export function presetValueSource(preset: ScaleModelPreset, path: string): PresetValueSource | null {
  return preset.sources[path] ?? null;
}
