import { impliedUnitEconomics, type StatedUnitEconomics } from '../stage-planner/unit-economics-check';
import { computeUnitEconomics, type UnitEconomicsInputs } from './compute';
import { formatNumber } from '../format';

/** The figures the Scaling Strategy playbook states for one stage (Unit Economics Evolution). */
export interface StatedStage {
  id: 'stage-1' | 'stage-2' | 'stage-3';
  label: string;
  cacUsd: number;
  ltvUsd: number;
  /** The ratio as the playbook writes it, e.g. 1.4 for "1.4:1". */
  statedLtvToCac: number;
  paybackMonths: number;
  focus: string;
}

/** One stage's unit economics as the playbook's data states them (the shape of `src/data/playbook/financial.ts`). */
export interface StageUnitEconomicsRow extends StatedUnitEconomics {
  stage: 1 | 2 | 3;
  phase: string;
  ltvNote?: string;
  focus: string;
}

/** The stated figures per stage, labelled for the tool, from the playbook's rows. */
export function statedStagesFrom(rows: readonly StageUnitEconomicsRow[]): StatedStage[] {
  return rows.map((s) => ({
    id: `stage-${s.stage}` as StatedStage['id'],
    label: `Stage ${s.stage}: ${s.phase}`,
    cacUsd: s.cacUsd,
    ltvUsd: s.ltvUsd,
    statedLtvToCac: s.statedLtvToCac,
    paybackMonths: s.paybackMonths,
    focus: s.ltvNote ? `${s.focus} (LTV: ${s.ltvNote})` : s.focus,
  }));
}

/** Gross margin the presets assume: the playbook does not state one. */
export const PRESET_GROSS_MARGIN_PCT = 80;

/** A preset: model inputs reproducing a stage's stated CAC, LTV and payback, with notes. */
export interface UnitEconomicsPreset {
  id: StatedStage['id'];
  label: string;
  stated: StatedStage;
  inputs: UnitEconomicsInputs;
  notes: string[];
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const usd = (n: number) => `$${formatNumber(n, 2)}`;

/**
 * Derive inputs from a stage's stated figures: contribution = CAC ÷ payback, churn = contribution ÷ LTV,
 * ARPA = contribution ÷ assumed margin. Churn is kept to four decimals so it can be typed.
 */
export function presetInputs(stage: StatedStage): UnitEconomicsInputs {
  const contribution = stage.cacUsd / stage.paybackMonths;
  return {
    arpaMonthlyUsd: round(contribution / (PRESET_GROSS_MARGIN_PCT / 100), 2),
    grossMarginPct: PRESET_GROSS_MARGIN_PCT,
    monthlyChurnPct: round((contribution / stage.ltvUsd) * 100, 4),
    cacMode: 'direct',
    cacUsd: stage.cacUsd,
    salesMarketingSpendUsd: 0,
    newCustomers: 0,
    lifetimeCapMonths: null,
  };
}

/** Notes on where a stated figure does not follow exactly from the others. */
export function consistencyNotes(stage: StatedStage, previous?: StatedStage): string[] {
  const notes: string[] = [];
  const implied = impliedUnitEconomics(stage);
  const ratio = implied.ltvToCac;
  if (ratio !== null && Math.abs(ratio - stage.statedLtvToCac) > 1e-9) {
    notes.push(
      `LTV ÷ CAC = ${usd(stage.ltvUsd)} ÷ ${usd(stage.cacUsd)} = ${round(ratio, 2)}:1; the stated ${stage.statedLtvToCac}:1 ${implied.statedRatioFollows ? 'is that figure rounded' : 'does not follow from it'}.`,
    );
  }
  const contribution = implied.impliedMonthlyContributionUsd;
  const lifetime = implied.impliedLifetimeMonths;
  if (contribution === null || lifetime === null) return notes;
  notes.push(
    `The playbook gives no ARPA, margin or churn. A ${stage.paybackMonths}-month payback on a ${usd(stage.cacUsd)} CAC implies ${usd(contribution)} of contribution a month; an LTV of ${usd(stage.ltvUsd)} then implies a ${round(lifetime, 1)}-month customer lifetime (${round(100 / lifetime, 2)}% monthly churn). The preset assumes a ${PRESET_GROSS_MARGIN_PCT}% gross margin.`,
  );
  if (previous) {
    const before = impliedUnitEconomics(previous);
    const prevContribution = before.impliedMonthlyContributionUsd;
    const prevLifetime = before.impliedLifetimeMonths;
    if (prevContribution !== null && prevLifetime !== null && Math.abs(contribution - prevContribution) > 1e-9 && previous.ltvUsd === stage.ltvUsd) {
      notes.push(
        `LTV stays at ${usd(stage.ltvUsd)} while implied contribution moves from ${usd(prevContribution)} to ${usd(contribution)} a month, so customer lifetime must move from ${round(prevLifetime, 1)} to ${round(lifetime, 1)} months; the playbook does not say what changes retention at this stage.`,
      );
    }
  }
  return notes;
}

/** One preset per stated stage, in stage order. */
export function buildUnitEconomicsPresets(stages: readonly StatedStage[]): UnitEconomicsPreset[] {
  return stages.map((stage, i) => ({
    id: stage.id,
    label: stage.label,
    stated: stage,
    inputs: presetInputs(stage),
    notes: consistencyNotes(stage, stages[i - 1]),
  }));
}

/** Check a preset reproduces the stated figures (used by tests and shown on the page). */
export function presetMatchesStated(preset: UnitEconomicsPreset): { ltvUsd: number | null; paybackMonths: number | null; ltvToCac: number | null } {
  const r = computeUnitEconomics(preset.inputs);
  return { ltvUsd: r.ltvUsd, paybackMonths: r.paybackMonths, ltvToCac: r.ltvToCac };
}
