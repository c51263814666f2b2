/** Values of the computed blanks (overall scores, gaps and strengths, the ROI Calculation block). */
import { scoreAssessment, type AssessmentResult, type ScoredItem } from './assessment/index';
import type { WorkshopDefinition } from './definition';
import type { AutomationRoiResult } from '../automation-roi/index';
import { computeWorkshopAutomation, type WorkshopState } from './state';
import { computeWorkshopSums, type WorkshopSums } from './sums';
import type { OutputSource } from './worksheets/types';

/** Everything the workshop computes from a participant's answers. */
export interface WorkshopResults {
  readiness: AssessmentResult;
  strategy: AssessmentResult;
  automation: AutomationRoiResult;
  sums: WorkshopSums;
}

/** Compute every result of the workshop. */
export function computeWorkshopResults(workshop: WorkshopDefinition, state: WorkshopState): WorkshopResults {
  return {
    readiness: scoreAssessment(workshop.assessments.readiness, state.assessments.readiness.answers),
    strategy: scoreAssessment(workshop.assessments.strategy, state.assessments.strategy.answers),
    automation: computeWorkshopAutomation(state),
    sums: computeWorkshopSums(workshop, state.worksheets),
  };
}

/** Why a computed number is absent. */
export type OutputNote = 'no-running-cost' | 'never-pays-back' | 'missing-hourly-cost' | 'not-counted' | 'out-of-range' | 'pending';

/** Short text for each note, as shown in place of the number. */
export const OUTPUT_NOTE_TEXT: Record<OutputNote, string> = {
  'no-running-cost': 'no running cost',
  'never-pays-back': 'never pays back',
  'missing-hourly-cost': 'needs the loaded hourly cost',
  'not-counted': 'no complete automation yet',
  'out-of-range': 'too large to show',
  pending: 'not enough answers yet',
};

/** A computed blank's value: a number (or why not), or a ranked item (or none). */
export type ResolvedOutput =
  | { kind: 'number'; value: number | null; max?: number; note: OutputNote | null }
  | { kind: 'item'; item: ScoredItem | null };

/** The value of one computed blank. */
export function resolveOutput(source: OutputSource, results: WorkshopResults): ResolvedOutput {
  if (source.kind === 'automation') return automationOutput(source.metric, results.automation);
  const result = results[source.assessment];
  if (source.kind === 'assessment-overall') {
    const { score, max } = result.overall;
    return { kind: 'number', value: score, max, note: score === null ? 'pending' : null };
  }
  const list = source.kind === 'assessment-gap' ? result.gaps : result.strengths;
  return { kind: 'item', item: list[source.rank - 1] ?? null };
}

function automationOutput(metric: Extract<OutputSource, { kind: 'automation' }>['metric'], roi: AutomationRoiResult): ResolvedOutput {
  const t = roi.totals;
  const none = t.countedProcesses === 0;
  const money = (value: number | null): ResolvedOutput =>
    none ? { kind: 'number', value: null, note: 'not-counted' } : { kind: 'number', value, note: value === null ? 'missing-hourly-cost' : null };
  switch (metric) {
    case 'totalHoursSavedPerWeek':
      return none ? { kind: 'number', value: null, note: 'not-counted' } : { kind: 'number', value: t.hoursSavedPerWeek, note: null };
    case 'monthlyCostUsd':
      return none ? { kind: 'number', value: null, note: 'not-counted' } : { kind: 'number', value: t.monthlyCostUsd, note: null };
    case 'monthlySavingsUsd':
      return money(t.monthlySavingsUsd);
    case 'roiRatio':
      if (t.roiRatio !== null) return { kind: 'number', value: t.roiRatio, note: null };
      return { kind: 'number', value: null, note: t.roiNote ?? 'pending' };
    case 'paybackMonths':
      if (none) return { kind: 'number', value: null, note: 'not-counted' };
      if (t.payback === null) return { kind: 'number', value: null, note: 'missing-hourly-cost' };
      return t.payback.neverPaysBack
        ? { kind: 'number', value: null, note: 'never-pays-back' }
        : { kind: 'number', value: t.payback.months, note: null };
  }
}
