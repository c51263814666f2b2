/** Builders for ICP strategy tests. */
import { DEFAULT_ICP_THRESHOLDS, emptySegment, type IcpInputs, type IcpSegmentInput } from './schema';

/** A complete segment: contribution = ARPA × margin; LTV:CAC and payback follow from the figures. */
export function seg(id: string, patch: Partial<IcpSegmentInput> = {}): IcpSegmentInput {
  return {
    ...emptySegment(id, id.toUpperCase()),
    arpaMonthlyUsd: 100,
    grossMarginPct: 100,
    monthlyChurnPct: 2,
    cacUsd: 1000,
    reachableNewCustomersPerMonth: 10,
    skills: ['discovery'],
    channels: ['inbound'],
    ...patch,
  };
}

/** Inputs around some segments: a 10-customer target and no simplicity preference unless patched. */
export function icpInputs(segments: IcpSegmentInput[], patch: Partial<IcpInputs> = {}): IcpInputs {
  return {
    segments,
    growthTargetPerMonth: 10,
    growthTargetUnit: 'customers',
    prioritizeSimplicity: false,
    thresholds: { ...DEFAULT_ICP_THRESHOLDS },
    decision: { choice: null, primarySegmentId: null, rationale: '', decidedOn: null },
    ...patch,
  };
}
