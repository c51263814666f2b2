import { computed } from 'nanostores';
import { createPersistentTool, derivedResults, once } from '../persistent';
import { computeIcpStrategy, type IcpResult } from '../../lib/stage4/icp/compute';
import { icpDecisionSummary, icpMarkdown } from '../../lib/stage4/icp/report';
import { recommendationText } from '../../lib/stage4/icp/describe';
import {
  DEFAULT_ICP_THRESHOLDS,
  MAX_SEGMENTS,
  emptySegment,
  icpInputsSchema,
  type IcpInputs,
  type IcpSegmentInput,
  type IcpStrategy,
  type IcpThresholds,
} from '../../lib/stage4/icp/schema';
import { effectiveCacUsd } from '../../lib/unit-economics/compute';
import { nextRowId } from '../../lib/stage4/shared';
import { unitEconomics } from '../unit-economics';

/** Version of the stored ICP strategy inputs. */
export const ICP_STRATEGY_VERSION = 1;

/** What a new visitor starts with: two blank segments, no target, the default thresholds. */
export const icpStrategyDefaults: IcpInputs = {
  segments: [emptySegment('seg-1'), emptySegment('seg-2')],
  growthTargetPerMonth: null,
  growthTargetUnit: 'customers',
  prioritizeSimplicity: false,
  thresholds: { ...DEFAULT_ICP_THRESHOLDS },
  decision: { choice: null, primarySegmentId: null, rationale: '', decidedOn: null },
};

/** Saved inputs and recorded decision of the ICP strategy tool. */
export const icpStrategy = createPersistentTool<IcpInputs>({
  tool: 'icp-strategy',
  version: ICP_STRATEGY_VERSION,
  schema: icpInputsSchema,
  defaults: icpStrategyDefaults,
});

/** The comparison, conditions and recommendation. */
export const { $result: $icpResult, defaultResult: icpStrategyDefaultResult } = /* @__PURE__ */ derivedResults(icpStrategy, computeIcpStrategy);

/** What a later page (the scale plan) needs: the recorded decision and the recommendation, in words. */
export interface IcpSummary {
  decision: string | null;
  choice: IcpStrategy | null;
  decidedOn: string | null;
  rationale: string;
  recommendation: string;
  /** Segment names, the chosen or leading one first. */
  segments: string[];
}

/** A plain summary of the ICP strategy. */
export const $icpSummary = /* @__PURE__ */ computed([icpStrategy.$value, $icpResult], (inputs, r): IcpSummary => {
  const lead = inputs.decision.primarySegmentId ?? r.leaderId;
  const names = [...r.segments].sort((a, b) => Number(b.id === lead) - Number(a.id === lead)).map((s) => s.name);
  return {
    decision: icpDecisionSummary(inputs, r),
    choice: inputs.decision.decidedOn ? inputs.decision.choice : null,
    decidedOn: inputs.decision.decidedOn,
    rationale: inputs.decision.rationale,
    recommendation: recommendationText(r, inputs).title,
    segments: names,
  };
});

/** The deliverable as Markdown. */
export const $icpMarkdown = /* @__PURE__ */ computed([icpStrategy.$value, $icpResult], icpMarkdown);

const update = (change: (i: IcpInputs) => IcpInputs) => icpStrategy.$value.set(change(icpStrategy.$value.get()));

/** Add a blank segment; false when the list is full. */
export function addSegment(): boolean {
  const i = icpStrategy.$value.get();
  if (i.segments.length >= MAX_SEGMENTS) return false;
  update((x) => ({ ...x, segments: [...x.segments, emptySegment(nextRowId('seg', x.segments.map((s) => s.id)))] }));
  return true;
}

/** Remove a segment (and forget it as the chosen one). */
export function removeSegment(id: string): void {
  update((x) => ({
    ...x,
    segments: x.segments.filter((s) => s.id !== id),
    decision: x.decision.primarySegmentId === id ? { ...x.decision, primarySegmentId: null } : x.decision,
  }));
}

/** Change some fields of a segment; typing an economics figure marks them as entered here. */
export function updateSegment(id: string, patch: Partial<IcpSegmentInput>): void {
  const economics = ['arpaMonthlyUsd', 'grossMarginPct', 'monthlyChurnPct', 'cacUsd'].some((k) => k in patch);
  update((x) => ({ ...x, segments: x.segments.map((s) => (s.id === id ? { ...s, ...(economics ? { economicsSource: 'entered' as const } : {}), ...patch } : s)) }));
}

/** Copy ARPA, margin, churn and CAC from the unit economics tool into a segment. */
export function takeUnitEconomicsFor(id: string): void {
  const ue = unitEconomics.$value.get();
  const cac = effectiveCacUsd(ue);
  update((x) => ({
    ...x,
    segments: x.segments.map((s) =>
      s.id === id ? { ...s, arpaMonthlyUsd: ue.arpaMonthlyUsd, grossMarginPct: ue.grossMarginPct, monthlyChurnPct: ue.monthlyChurnPct, cacUsd: cac, economicsSource: 'unit-economics' } : s,
    ),
  }));
}

/** Set the growth target and its unit. */
export function setGrowthTarget(value: number | null, unit?: IcpInputs['growthTargetUnit']): void {
  update((x) => ({ ...x, growthTargetPerMonth: value, growthTargetUnit: unit ?? x.growthTargetUnit }));
}

/** Say whether organizational simplicity is a priority. */
export function setPrioritizeSimplicity(value: boolean): void {
  update((x) => ({ ...x, prioritizeSimplicity: value }));
}

/** Change one threshold of the rule. */
export function setIcpThreshold(key: keyof IcpThresholds, value: number): void {
  update((x) => ({ ...x, thresholds: { ...x.thresholds, [key]: value } }));
}

/** Record the decision (which may differ from the recommendation) with its rationale and date. */
export function recordIcpDecision(choice: IcpStrategy, primarySegmentId: string | null, rationale: string, decidedOn: string): void {
  update((x) => ({ ...x, decision: { choice, primarySegmentId, rationale, decidedOn } }));
}

/** Withdraw the recorded decision, keeping the draft rationale. */
export function clearIcpDecision(): void {
  update((x) => ({ ...x, decision: { ...x.decision, decidedOn: null } }));
}

/** Replace every input (the example). */
export function loadIcpInputs(inputs: IcpInputs): void {
  icpStrategy.$value.set(structuredClone(inputs));
}

/** The leading or chosen segment's id. */
export function leadSegmentId(inputs: IcpInputs, r: IcpResult): string | null {
  return inputs.decision.primarySegmentId ?? r.leaderId;
}

/** Summary of the starting inputs. */
export const icpStrategyDefaultSummary = /* @__PURE__ */ once((): IcpSummary => ({
  decision: null,
  choice: null,
  decidedOn: null,
  rationale: '',
  recommendation: recommendationText(icpStrategyDefaultResult(), icpStrategyDefaults).title,
  segments: icpStrategyDefaultResult().segments.map((s) => s.name),
}));
