/**
 * Channel tiers: each channel's results for a target ICP → a suggested tier with its reason, the
 * person's override kept, the tiered map by ICP, and the resource allocation split by tier and channel.
 */
import { safeDivide } from '../shared';
import type { ChannelInputs, ChannelRowInput, ChannelThresholds, Tier } from './schema';

const EPS = 1e-9;

/** Why a suggestion is what it is. */
export type TierReason =
  | 'strong' // CAC at or under target and enough volume
  | 'low-volume' // CAC fine but too little volume to scale aggressively
  | 'middling' // CAC above target but not weak
  | 'weak-stayed' // weak and did not improve through optimization
  | 'weak-improving' // weak but improved through optimization
  | 'weak-untested' // weak, optimization not recorded: can't tell
  | 'missing'; // results missing: can't tell

/** One row's figures and tiers. */
export interface ChannelRowResult {
  id: string;
  channel: string;
  icpId: string;
  /** Opportunities × conversion. */
  customersPerMonth: number | null;
  /** Cost per opportunity ÷ conversion; null when nothing converts (see `noConversions`). */
  cacUsd: number | null;
  noConversions: boolean;
  /** Monthly spend: opportunities × cost per opportunity. */
  spendPerMonthUsd: number | null;
  suggested: Tier | null;
  reason: TierReason;
  /** Fields still missing, in words. */
  missing: string[];
  /** The tier that counts: the override if any, else the suggestion. */
  tier: Tier | null;
  overridden: boolean;
}

/** Suggested tier of one row from its results. */
export function suggestTier(row: Pick<ChannelRowInput, 'opportunitiesPerMonth' | 'costPerOpportunityUsd' | 'conversionPct' | 'improvedThroughOptimization'>, t: ChannelThresholds): {
  suggested: Tier | null;
  reason: TierReason;
  customersPerMonth: number | null;
  cacUsd: number | null;
  noConversions: boolean;
  missing: string[];
} {
  const missing = [
    row.opportunitiesPerMonth === null ? 'opportunities a month' : null,
    row.costPerOpportunityUsd === null ? 'cost per opportunity' : null,
    row.conversionPct === null ? 'conversion' : null,
  ].filter((x): x is string => x !== null);
  if (row.opportunitiesPerMonth === null || row.costPerOpportunityUsd === null || row.conversionPct === null)
    return { suggested: null, reason: 'missing', customersPerMonth: null, cacUsd: null, noConversions: false, missing };
  const customersPerMonth = row.opportunitiesPerMonth * (row.conversionPct / 100);
  const cacUsd = row.conversionPct > 0 ? safeDivide(row.costPerOpportunityUsd, row.conversionPct / 100) : null;
  const noConversions = row.conversionPct === 0;
  const weak = noConversions || (cacUsd !== null && cacUsd > t.weakCacMultiple * t.targetCacUsd + EPS);
  const base = { customersPerMonth, cacUsd, noConversions, missing };
  if (weak) {
    if (row.improvedThroughOptimization === false) return { ...base, suggested: 3, reason: 'weak-stayed' };
    if (row.improvedThroughOptimization === true) return { ...base, suggested: 2, reason: 'weak-improving' };
    return { ...base, suggested: null, reason: 'weak-untested' };
  }
  if (cacUsd !== null && cacUsd <= t.targetCacUsd + EPS) {
    return customersPerMonth >= t.tier1MinCustomersPerMonth - EPS ? { ...base, suggested: 1, reason: 'strong' } : { ...base, suggested: 2, reason: 'low-volume' };
  }
  return { ...base, suggested: 2, reason: 'middling' };
}

/** One channel's line of the allocation plan. */
export interface AllocationLine {
  rowId: string;
  channel: string;
  icpId: string;
  tier: Tier;
  /** Its share of the total, percent. */
  sharePct: number;
  amount: number;
}

/** The resource allocation plan. */
export interface AllocationPlan {
  /** Sum of the tier shares, percent. */
  sharesTotalPct: number;
  /** Whether the shares total 100% (to a hundredth of a percent). */
  sharesBalanced: boolean;
  byTier: { tier: Tier; sharePct: number; amount: number | null; channels: number }[];
  lines: AllocationLine[];
  /** Tiers given a share but holding no channel: that share is not placed. */
  unplacedTiers: Tier[];
  /** Total of the channel amounts (equals total × placed shares ÷ 100). */
  allocated: number | null;
}

/** Split the total by tier shares, then within a tier by each channel's customers a month (equally when none). */
export function allocate(rows: readonly ChannelRowResult[], total: number | null, shares: ChannelInputs['allocation']['shares']): AllocationPlan {
  const pct = { 1: shares.tier1Pct ?? 0, 2: shares.tier2Pct ?? 0, 3: shares.tier3Pct ?? 0 } as const;
  const sharesTotalPct = pct[1] + pct[2] + pct[3];
  const tiers: Tier[] = [1, 2, 3];
  const lines: AllocationLine[] = [];
  const unplacedTiers: Tier[] = [];
  const byTier = tiers.map((tier) => {
    const inTier = rows.filter((r) => r.tier === tier);
    const sharePct = pct[tier];
    if (inTier.length === 0 && sharePct > 0) unplacedTiers.push(tier);
    const weights = inTier.map((r) => r.customersPerMonth ?? 0);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    inTier.forEach((r, i) => {
      const part = weightSum > 0 ? weights[i]! / weightSum : 1 / inTier.length;
      const linePct = sharePct * part;
      lines.push({ rowId: r.id, channel: r.channel, icpId: r.icpId, tier, sharePct: linePct, amount: total === null ? 0 : (total * linePct) / 100 });
    });
    return { tier, sharePct, amount: total === null ? null : (total * sharePct) / 100, channels: inTier.length };
  });
  return {
    sharesTotalPct,
    sharesBalanced: Math.abs(sharesTotalPct - 100) < 0.005,
    byTier,
    lines: total === null ? [] : lines,
    unplacedTiers,
    allocated: total === null ? null : lines.reduce((a, l) => a + l.amount, 0),
  };
}

/** The tiered channel map: one row per channel, one column per ICP. */
export interface ChannelMap {
  icps: { id: string; name: string }[];
  channels: { name: string; cells: Record<string, { tier: Tier | null; rowId: string; overridden: boolean } | undefined> }[];
}

/** Everything the tool shows. */
export interface ChannelResult {
  rows: ChannelRowResult[];
  map: ChannelMap;
  allocation: AllocationPlan;
  /** Rows without a tier yet (missing results or untested weak channels, and no override). */
  undecided: number;
  /** Rows whose ICP is no longer in the ICP list. */
  orphaned: string[];
}

/** The tier rule's thresholds for one ICP, or null when it is not in the list. */
export function thresholdsFor(inputs: Pick<ChannelInputs, 'icps' | 'weakCacMultiple'>, icpId: string): ChannelThresholds | null {
  const icp = inputs.icps.find((x) => x.id === icpId);
  return icp ? { targetCacUsd: icp.targetCacUsd, tier1MinCustomersPerMonth: icp.tier1MinCustomersPerMonth, weakCacMultiple: inputs.weakCacMultiple } : null;
}

const channelName = (r: ChannelRowInput, i: number) => r.channel.trim() || `Channel ${i + 1}`;

/** Tier every row, build the map and the allocation plan. */
export function computeChannelTiers(inputs: ChannelInputs): ChannelResult {
  const rows: ChannelRowResult[] = inputs.rows.map((row, i) => {
    const icp = inputs.icps.find((x) => x.id === row.icpId);
    const s = icp
      ? suggestTier(row, thresholdsFor(inputs, icp.id)!)
      : { suggested: null, reason: 'missing' as const, customersPerMonth: null, cacUsd: null, noConversions: false, missing: ['a target ICP'] };
    const tier = row.overrideTier ?? s.suggested;
    return {
      id: row.id,
      channel: channelName(row, i),
      icpId: row.icpId,
      customersPerMonth: s.customersPerMonth,
      cacUsd: s.cacUsd,
      noConversions: s.noConversions,
      spendPerMonthUsd: row.opportunitiesPerMonth !== null && row.costPerOpportunityUsd !== null ? row.opportunitiesPerMonth * row.costPerOpportunityUsd : null,
      suggested: s.suggested,
      reason: s.reason,
      missing: s.missing,
      tier,
      overridden: row.overrideTier !== null && row.overrideTier !== s.suggested,
    };
  });
  const icpIds = new Set(inputs.icps.map((i) => i.id));
  const names: string[] = [];
  for (const r of rows) if (!names.some((n) => n.toLowerCase() === r.channel.toLowerCase())) names.push(r.channel);
  const map: ChannelMap = {
    icps: inputs.icps.map((i, n) => ({ id: i.id, name: i.name.trim() || `ICP ${n + 1}` })),
    channels: names.map((name) => {
      const cells: ChannelMap['channels'][number]['cells'] = {};
      for (const r of rows) if (r.channel.toLowerCase() === name.toLowerCase() && icpIds.has(r.icpId)) cells[r.icpId] = { tier: r.tier, rowId: r.id, overridden: r.overridden };
      return { name, cells };
    }),
  };
  return {
    rows,
    map,
    allocation: allocate(
      rows.filter((r) => icpIds.has(r.icpId)),
      inputs.allocation.total,
      inputs.allocation.shares,
    ),
    undecided: rows.filter((r) => r.tier === null).length,
    orphaned: rows.filter((r) => !icpIds.has(r.icpId)).map((r) => r.channel),
  };
}
