/**
 * The ICP strategy decision: each segment's economics, the seed's four decision criteria, the six
 * "appropriate when" conditions judged from the figures, and a recommendation that says "can't tell
 * yet" when data is missing or the conditions tie.
 */
import { normalizeTags, overlapPct, type Judgement } from '../shared';
import { segmentEconomics, type SegmentEconomics } from './economics';
import type { IcpInputs, IcpSegmentInput, IcpStrategy } from './schema';

/** Floating-point slack when comparing ratios and volumes (so 4.5 ≥ 1.5 × 3 holds exactly at the threshold). */
const EPS = 1e-9;

/** One segment's figures in the comparison. */
export interface IcpSegmentResult {
  id: string;
  name: string;
  economics: SegmentEconomics;
  /** What the segment can supply a month in the growth target's unit, or null. */
  volumePerMonth: number | null;
  /** Position by LTV:CAC among segments with a ratio (1 = best), or null. */
  rank: number | null;
  /** Overlap of its skills with the leading segment's, percent, or null. */
  sharedSkillsPct: number | null;
  /** Channels it needs that the leading segment does not use. */
  ownChannels: string[];
  /** True when it would need a team of its own under Multi-ICP (skills overlap below the threshold). */
  needsOwnTeam: boolean | null;
}

/** Ids of the six "appropriate when" conditions of the seed. */
export type IcpConditionId = 'outperform' | 'growth-by-focus' | 'simplicity' | 'secondary-acceptable' | 'aggregate-needed' | 'channels-differ';

/** One condition, judged, with the figures behind it (words are made in `describe.ts`). */
export interface IcpCondition {
  id: IcpConditionId;
  strategy: IcpStrategy;
  judgement: Judgement;
  /** Why it can't be judged, when unknown. */
  unknownBecause: UnknownReason | null;
}

/** Why a condition or the recommendation can't be judged yet. */
export type UnknownReason = 'no-segments' | 'missing-economics' | 'tie-for-best' | 'no-growth-target' | 'no-volume' | 'no-channels' | 'secondary-economics' | 'conditions-tie' | 'missing-conditions';

/** The recommendation, or null with the reason it can't be made yet. */
export interface IcpRecommendation {
  strategy: IcpStrategy | null;
  /** Why it is this (single segment, more conditions hold) or why there is none. */
  basis: 'single-segment' | 'more-conditions-hold' | UnknownReason;
  primaryHolds: number;
  multiHolds: number;
  /** Conditions that can't be judged yet. */
  unknown: IcpConditionId[];
}

/** Everything the tool shows. */
export interface IcpResult {
  segments: IcpSegmentResult[];
  /** The segment with the best LTV:CAC, when every segment has one and there is no tie. */
  leaderId: string | null;
  /** Best LTV:CAC ÷ next best, when both exist and the next is above zero. */
  leadMultiple: number | null;
  bestLtvToCac: number | null;
  nextLtvToCac: number | null;
  /** Names of segments tied for the best LTV:CAC (two or more), else empty. */
  tiedForBest: string[];
  /** Segments whose economics can't be computed, with what they lack. */
  incomplete: { name: string; missing: string[]; problem: string | null }[];
  /** Leading segment's volume in the target unit, and all acceptable segments' volume together. */
  leaderVolumePerMonth: number | null;
  acceptableVolumePerMonth: number | null;
  /** Separate processes and teams under Multi-ICP (one process per segment; teams per distinct skill set). */
  multiProcesses: number;
  multiTeams: number | null;
  conditions: IcpCondition[];
  recommendation: IcpRecommendation;
  /** The leading segment's own economics are below the acceptable bar. */
  leaderBelowBar: boolean;
}

const label = (s: IcpSegmentInput, i: number) => s.name.trim() || `Segment ${i + 1}`;

/** Volume a segment supplies a month in the target's unit (ARR = new customers × ARPA × 12). */
export function segmentVolume(s: IcpSegmentInput, unit: IcpInputs['growthTargetUnit']): number | null {
  const customers = s.reachableNewCustomersPerMonth;
  if (customers === null) return null;
  if (unit === 'customers') return customers;
  return s.arpaMonthlyUsd === null ? null : customers * s.arpaMonthlyUsd * 12;
}

const cond = (id: IcpConditionId, strategy: IcpStrategy, judgement: Judgement, unknownBecause: UnknownReason | null = null): IcpCondition => ({
  id,
  strategy,
  judgement,
  unknownBecause: judgement === 'unknown' ? unknownBecause : null,
});
const yes = (b: boolean): Judgement => (b ? 'holds' : 'fails');

/** Compare the segments and recommend Primary ICP focus or Multi-ICP (or say why not yet). */
export function computeIcpStrategy(inputs: IcpInputs): IcpResult {
  const t = inputs.thresholds;
  const econ = inputs.segments.map((s) => segmentEconomics(s, t));
  const withRatio = inputs.segments.map((s, i) => ({ s, i, ratio: econ[i]!.ltvToCac })).filter((x): x is { s: IcpSegmentInput; i: number; ratio: number } => x.ratio !== null);
  const sorted = [...withRatio].sort((a, b) => b.ratio - a.ratio);
  const everyoneRated = withRatio.length === inputs.segments.length && inputs.segments.length > 0;
  const best = sorted[0] ?? null;
  const next = sorted[1] ?? null;
  const tied = best ? sorted.filter((x) => Math.abs(x.ratio - best.ratio) <= EPS * Math.max(1, best.ratio)) : [];
  const tiedForBest = tied.length > 1 ? tied.map((x) => label(x.s, x.i)) : [];
  const leader = everyoneRated && tiedForBest.length === 0 ? best : null;
  const leaderInput = leader?.s ?? null;

  const rankOf = new Map(sorted.map((x, n) => [x.s.id, n + 1]));
  const segments: IcpSegmentResult[] = inputs.segments.map((s, i) => {
    const isLeader = leaderInput?.id === s.id;
    const shared = leaderInput && !isLeader ? overlapPct(leaderInput.skills, s.skills) : null;
    const leaderChannels = new Set(normalizeTags(leaderInput?.channels ?? []));
    return {
      id: s.id,
      name: label(s, i),
      economics: econ[i]!,
      volumePerMonth: segmentVolume(s, inputs.growthTargetUnit),
      rank: rankOf.get(s.id) ?? null,
      sharedSkillsPct: shared,
      ownChannels: leaderInput && !isLeader ? normalizeTags(s.channels).filter((c) => !leaderChannels.has(c)) : [],
      needsOwnTeam: isLeader ? false : shared === null ? null : shared < t.minSharedSkillsPct - EPS,
    };
  });

  const incomplete = inputs.segments
    .map((s, i) => ({ name: label(s, i), missing: econ[i]!.missing, problem: econ[i]!.missing.length ? null : econ[i]!.ratioProblem }))
    .filter((x) => x.missing.length > 0 || x.problem !== null);

  const leadMultiple = best && next && next.ratio > 0 ? best.ratio / next.ratio : null;
  const leaderResult = leaderInput ? segments.find((s) => s.id === leaderInput.id)! : null;
  const others = leaderInput ? segments.filter((s) => s.id !== leaderInput.id) : [];
  const target = inputs.growthTargetPerMonth;
  const leaderVolume = leaderResult?.volumePerMonth ?? null;
  const acceptable = segments.filter((s) => s.economics.acceptable === 'holds');
  const acceptableVolumePerMonth = acceptable.length && acceptable.every((s) => s.volumePerMonth !== null) ? acceptable.reduce((a, s) => a + (s.volumePerMonth ?? 0), 0) : null;

  const single = inputs.segments.length === 1;
  const whyNoLeader: UnknownReason = inputs.segments.length === 0 ? 'no-segments' : tiedForBest.length ? 'tie-for-best' : 'missing-economics';

  // Primary ICP focus: economics significantly outperform.
  let outperform: IcpCondition;
  if (single && leader) outperform = cond('outperform', 'primary', 'holds');
  else if (!leader) outperform = cond('outperform', 'primary', 'unknown', whyNoLeader);
  else outperform = cond('outperform', 'primary', yes(next === null || best!.ratio >= t.outperformMultiple * next.ratio - EPS));

  // Growth target met by focused scaling, and its mirror: aggregate volume needed.
  let growth: Judgement = 'unknown';
  let growthWhy: UnknownReason | null = null;
  if (!leader) growthWhy = whyNoLeader;
  else if (target === null) growthWhy = 'no-growth-target';
  else if (leaderVolume === null) growthWhy = 'no-volume';
  else growth = yes(leaderVolume >= target - EPS);
  const growthByFocus = cond('growth-by-focus', 'primary', growth, growthWhy);
  const aggregate = cond('aggregate-needed', 'multi', growth === 'unknown' ? 'unknown' : growth === 'holds' ? 'fails' : 'holds', growthWhy);

  const simplicity = cond('simplicity', 'primary', yes(inputs.prioritizeSimplicity));

  // Multi-ICP: secondary segments with acceptable economics.
  let secondary: IcpCondition;
  if (inputs.segments.length <= 1) secondary = cond('secondary-acceptable', 'multi', 'fails');
  else if (!leader) secondary = cond('secondary-acceptable', 'multi', 'unknown', whyNoLeader);
  else if (others.some((s) => s.economics.acceptable === 'holds')) secondary = cond('secondary-acceptable', 'multi', 'holds');
  else secondary = cond('secondary-acceptable', 'multi', others.some((s) => s.economics.acceptable === 'unknown') ? 'unknown' : 'fails', 'secondary-economics');

  // Multi-ICP: channel constraints differ by segment.
  let channels: IcpCondition;
  if (inputs.segments.length <= 1) channels = cond('channels-differ', 'multi', 'fails');
  else if (!leader) channels = cond('channels-differ', 'multi', 'unknown', whyNoLeader);
  else if (normalizeTags(leaderInput!.channels).length === 0 || others.some((o) => normalizeTags(inputs.segments.find((s) => s.id === o.id)!.channels).length === 0))
    channels = cond('channels-differ', 'multi', 'unknown', 'no-channels');
  else channels = cond('channels-differ', 'multi', yes(others.some((o) => o.ownChannels.length > 0)));

  const conditions = [outperform, growthByFocus, simplicity, secondary, aggregate, channels];
  const count = (strategy: IcpStrategy, j: Judgement) => conditions.filter((c) => c.strategy === strategy && c.judgement === j).length;
  const primaryHolds = count('primary', 'holds');
  const multiHolds = count('multi', 'holds');
  const unknown = conditions.filter((c) => c.judgement === 'unknown').map((c) => c.id);
  const pMax = primaryHolds + count('primary', 'unknown');
  const mMax = multiHolds + count('multi', 'unknown');

  let recommendation: IcpRecommendation;
  const rec = (strategy: IcpStrategy | null, basis: IcpRecommendation['basis']): IcpRecommendation => ({ strategy, basis, primaryHolds, multiHolds, unknown });
  if (inputs.segments.length === 0) recommendation = rec(null, 'no-segments');
  else if (single) recommendation = leader ? rec('primary', 'single-segment') : rec(null, whyNoLeader);
  else if (!leader) recommendation = rec(null, whyNoLeader);
  else if (primaryHolds > mMax) recommendation = rec('primary', 'more-conditions-hold');
  else if (multiHolds > pMax) recommendation = rec('multi', 'more-conditions-hold');
  else if (unknown.length === 0) recommendation = rec(null, 'conditions-tie');
  else recommendation = rec(null, 'missing-conditions');

  // Under Multi-ICP each segment with acceptable economics (and the leader) runs its own process.
  const inMulti = segments.filter((s) => s.id === leaderInput?.id || s.economics.acceptable === 'holds');
  const multiTeams = leaderInput && inMulti.every((s) => s.needsOwnTeam !== null) ? 1 + inMulti.filter((s) => s.needsOwnTeam).length : null;

  return {
    segments,
    leaderId: leaderInput?.id ?? null,
    leadMultiple,
    bestLtvToCac: best?.ratio ?? null,
    nextLtvToCac: next?.ratio ?? null,
    tiedForBest,
    incomplete,
    leaderVolumePerMonth: leaderVolume,
    acceptableVolumePerMonth,
    multiProcesses: leaderInput ? inMulti.length : 0,
    multiTeams,
    conditions,
    recommendation,
    leaderBelowBar: leaderResult !== null && leaderResult.economics.acceptable === 'fails',
  };
}
