/**
 * Checks of the Hiring Timeline against itself and the playbook's other figures, computed from the
 * transcribed seed (never typed-in conclusions): listed hires vs stated totals, "+N (total T)" vs the
 * previous phase, org-chart team sizes, budget allocations and the modelled plan against the budget.
 */
import { formatNumber, formatUsd } from '../../lib/format';
import { computeScaleModel } from '../../lib/scale-model/compute';
import { sum } from '../../lib/scale-model/math';
import { PLAN_MONTHS } from '../../lib/scale-model/rules';
import { SEED_FUNCTIONS, SEED_ORG_STAGES, SEED_PHASE_1, SEED_PHASE_2, SEED_PHASE_3, SEED_STAGE_3_ARR_GATE_USD, SEED_STAGE_BUDGETS } from '../../data/playbook/scale-model-seed';
import type { FteRange, SeedFunctionId, SeedFunctionLine } from '../../lib/scale-model/seed-types';
import type { ScaleModelInputs } from '../../lib/scale-model/types';

/** One check: `differs` where the seed's figures disagree, `consistent` where they agree, `info` for context. */
export interface PresetNote {
  id: string;
  status: 'consistent' | 'differs' | 'info';
  text: string;
  /** The figures the text is built from, for display or tests. */
  figures: Record<string, number>;
}

type PhaseId = 'phase-1' | 'phase-2' | 'phase-3';

const fte = (value: number) => formatNumber(value, 2);
const range = (r: FteRange) => (r.min === r.max ? fte(r.min) : `${fte(r.min)}–${fte(r.max)}`);
const within = (value: number, r: FteRange) => value >= r.min && value <= r.max;
const functionName = (id: SeedFunctionId) => SEED_FUNCTIONS.find((f) => f.id === id)?.name ?? id;

/** Phase 1's listed hires summed by function. */
export function phase1ListedByFunction(): Record<SeedFunctionId, number> {
  const out = Object.fromEntries(SEED_FUNCTIONS.map((f) => [f.id, 0])) as Record<SeedFunctionId, number>;
  for (const line of SEED_PHASE_1.listed) out[line.functionId] += line.fte;
  return out;
}

/** Team size by function at the end of a phase: Phase 1 as listed, later phases as stated ("total T"). */
export function phaseEndTotals(phase: PhaseId): Record<SeedFunctionId, number> {
  if (phase === 'phase-1') return phase1ListedByFunction();
  const lines: readonly SeedFunctionLine[] = phase === 'phase-2' ? SEED_PHASE_2.functions : SEED_PHASE_3.functions;
  return Object.fromEntries(lines.map((l) => [l.functionId, l.total])) as Record<SeedFunctionId, number>;
}

function phase1Notes(): PresetNote[] {
  const listed = sum(SEED_PHASE_1.listed.map((l) => l.fte));
  const stated = SEED_PHASE_1.statedTotalFte;
  const ok = within(listed, stated);
  const text = ok
    ? `Phase 1 lists ${fte(listed)} FTE of hires, within its stated total of ${range(stated)} FTE.`
    : `Phase 1 lists ${fte(listed)} FTE of hires, but states a total of ${range(stated)} FTE: ` +
      `${range({ min: Math.max(0, stated.min - listed), max: Math.max(0, stated.max - listed) })} FTE are not itemised.`;
  return [{ id: 'phase-1-listed-vs-stated', status: ok ? 'consistent' : 'differs', text, figures: { listed, statedMin: stated.min, statedMax: stated.max } }];
}

function laterPhaseNotes(phase: 'phase-2' | 'phase-3'): PresetNote[] {
  const seed = phase === 'phase-2' ? SEED_PHASE_2 : SEED_PHASE_3;
  const lines: readonly SeedFunctionLine[] = seed.functions;
  const label = phase === 'phase-2' ? 'Phase 2' : 'Phase 3';
  const previousId = phase === 'phase-2' ? 'phase-1' : 'phase-2';
  const previousLabel = phase === 'phase-2' ? 'Phase 1 (as listed)' : 'Phase 2';
  const previous = phaseEndTotals(previousId);
  const notes: PresetNote[] = [];

  const totals = sum(lines.map((l) => l.total));
  const stated = seed.statedTotalFte;
  notes.push({
    id: `${phase}-totals-vs-stated`,
    status: within(totals, stated) ? 'consistent' : 'differs',
    text: `${label}'s function totals sum to ${fte(totals)} FTE; the stated total is ${range(stated)} FTE${within(totals, stated) ? '' : ', which does not include it'}.`,
    figures: { totals, statedMin: stated.min, statedMax: stated.max },
  });

  for (const line of lines) {
    const before = previous[line.functionId];
    const expected = before + line.added;
    const same = Math.abs(expected - line.total) < 1e-9;
    notes.push({
      id: `${phase}-${line.functionId}-carry-over`,
      status: same ? 'consistent' : 'differs',
      text: `${functionName(line.functionId)}: ${fte(before)} in ${previousLabel} + ${fte(line.added)} = ${fte(expected)}, ` +
        (same ? `matching the stated total of ${fte(line.total)}.` : `not the stated total of ${fte(line.total)} (${signed(line.total - expected)}).`),
      figures: { previous: before, added: line.added, expected, statedTotal: line.total },
    });
  }

  const added = sum(lines.map((l) => l.added));
  const previousStated = phase === 'phase-2' ? SEED_PHASE_1.statedTotalFte : SEED_PHASE_2.statedTotalFte;
  const carried = { min: previousStated.min + added, max: previousStated.max + added };
  const overlaps = carried.min <= stated.max && carried.max >= stated.min;
  notes.push({
    id: `${phase}-stated-total-carry-over`,
    status: overlaps ? 'consistent' : 'differs',
    text: `${previousLabel.replace(' (as listed)', '')}'s stated ${range(previousStated)} FTE + ${fte(added)} added = ${range(carried)} FTE, ` +
      `${overlaps ? 'which overlaps' : 'which does not overlap'} ${label}'s stated ${range(stated)} FTE.`,
    figures: { previousMin: previousStated.min, previousMax: previousStated.max, added, carriedMin: carried.min, carriedMax: carried.max, statedMin: stated.min, statedMax: stated.max },
  });

  if (seed.lastMonth - seed.firstMonth + 1 !== PLAN_MONTHS) {
    const span = seed.lastMonth - seed.firstMonth + 1;
    notes.push({
      id: `${phase}-window`,
      status: 'info',
      text: `${label} spans ${span} months (${seed.firstMonth}-${seed.lastMonth}); the preset places its ${fte(added)} hires in ${PLAN_MONTHS} plan months, ${formatNumber(span / PLAN_MONTHS, 2)}× the playbook's pace.`,
      figures: { spanMonths: span, planMonths: PLAN_MONTHS, added },
    });
  }
  return notes;
}

function orgChartNotes(phase: PhaseId, stage: 1 | 2 | 3): PresetNote[] {
  const chart = SEED_ORG_STAGES.find((s) => s.stage === stage);
  if (!chart) return [];
  const ends = phaseEndTotals(phase);
  const source = phase === 'phase-1' ? 'listed Phase 1 hires' : 'Hiring Timeline total';
  return chart.groups.map((group): PresetNote => {
    const id = `${phase}-org-${group.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    if (group.functions.length === 0) {
      return { id, status: 'info', text: `The Stage ${stage} org chart shows ${group.label} (${range(group.size)}); the Hiring Timeline has no such line.`, figures: { orgMin: group.size.min, orgMax: group.size.max } };
    }
    const value = sum(group.functions.map((f) => ends[f]));
    const ok = within(value, group.size);
    return {
      id,
      status: ok ? 'consistent' : 'differs',
      text: `${group.label}: ${fte(value)} FTE (${source}) ${ok ? 'fits' : 'is outside'} the Stage ${stage} org chart's ${range(group.size)}.`,
      figures: { timeline: value, orgMin: group.size.min, orgMax: group.size.max },
    };
  });
}

function budgetNotes(phase: PhaseId, stage: 1 | 2 | 3, inputs: ScaleModelInputs): PresetNote[] {
  const budget = SEED_STAGE_BUDGETS.find((b) => b.stage === stage);
  if (!budget) return [];
  const allocated = budget.personnelPct + budget.infrastructurePct + budget.marketingPct + budget.operationsPct;
  const notes: PresetNote[] = [
    {
      id: `${phase}-budget-allocation`,
      status: allocated === 100 ? 'consistent' : 'differs',
      text: `The Stage ${stage} budget's allocations total ${formatNumber(allocated)}%${allocated === 100 ? '.' : ', not 100%.'}`,
      figures: { allocatedPct: allocated },
    },
  ];
  const result = computeScaleModel(inputs);
  const monthsCovered = Math.min(PLAN_MONTHS, budget.months);
  const fteMonths = sum(result.months.slice(0, monthsCovered).map((m) => m.headcount));
  const personnelUsd = ((budget.totalUsd * budget.personnelPct) / 100) * (monthsCovered / budget.months);
  const costUsd = inputs.roles[0]?.loadedMonthlyCostUsd ?? 0;
  const part = monthsCovered === budget.months ? '' : `, ${monthsCovered} of its ${budget.months} months pro rata`;
  notes.push({
    id: `${phase}-loaded-cost`,
    status: 'info',
    text:
      `Loaded cost per FTE-month, ${formatUsd(costUsd)}: the Stage ${stage} personnel budget of ${formatUsd(personnelUsd)} ` +
      `(${formatNumber(budget.personnelPct)}% of ${formatUsd(budget.totalUsd)}${part}) ÷ ${fte(fteMonths)} FTE-months on board in plan months 1–${monthsCovered}.`,
    figures: { costUsd, personnelUsd, fteMonths, monthsCovered },
  });
  notes.push({
    id: `${phase}-ending-headcount`,
    status: 'info',
    text: `With ${formatNumber(inputs.roles[0]?.annualAttritionPct ?? 0)}% assumed annual attrition and no backfill, month 12 ends at ${fte(result.totals.endingHeadcount)} FTE from ${fte(sum(inputs.roles.map((r) => r.startingHeadcount)) + result.totals.hires12)} FTE started or hired.`,
    figures: { endingHeadcount: result.totals.endingHeadcount, hired: result.totals.hires12 },
  });
  if (phase === 'phase-2') {
    const arr = result.capitalEfficiency.endingArrUsd;
    notes.push({
      id: 'phase-2-arr-gate',
      status: arr >= SEED_STAGE_3_ARR_GATE_USD ? 'consistent' : 'differs',
      text: `The plan ends at ${formatUsd(arr)} ARR; the Stage 2 → Stage 3 checklist asks for ${formatUsd(SEED_STAGE_3_ARR_GATE_USD)}.`,
      figures: { endingArrUsd: arr, gateUsd: SEED_STAGE_3_ARR_GATE_USD },
    });
  }
  return notes;
}

function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${fte(value)}`;
}

/** All checks for a preset: the phase's own figures, its org chart and its budget. */
export function buildPresetNotes(phase: PhaseId, inputs: ScaleModelInputs): PresetNote[] {
  const stage = phase === 'phase-1' ? 1 : phase === 'phase-2' ? 2 : 3;
  const own = phase === 'phase-1' ? phase1Notes() : laterPhaseNotes(phase);
  return [...own, ...orgChartNotes(phase, stage), ...budgetNotes(phase, stage, inputs)];
}
