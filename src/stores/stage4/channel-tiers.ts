import { computed } from 'nanostores';
import { createPersistentTool, derivedResults } from '../persistent';
import { computeChannelTiers } from '../../lib/stage4/channels/compute';
import { channelMarkdown } from '../../lib/stage4/channels/report';
import {
  DEFAULT_CHANNEL_THRESHOLDS,
  DEFAULT_TIER_SHARES,
  MAX_CHANNEL_ROWS,
  MAX_ICPS,
  channelInputsSchema,
  emptyChannelRow,
  newChannelIcp,
  type ChannelIcp,
  type ChannelInputs,
  type ChannelRowInput,
  type Tier,
  type TierShares,
} from '../../lib/stage4/channels/schema';
import { nextRowId } from '../../lib/stage4/shared';
import { $icpResult, icpStrategy } from './icp-strategy';

/** Version of the stored channel tiers inputs. */
export const CHANNEL_TIERS_VERSION = 1;

/** What a new visitor starts with: one ICP and one blank channel. */
export const channelTiersDefaults: ChannelInputs = {
  icps: [newChannelIcp('icp-1')],
  rows: [emptyChannelRow('row-1', 'icp-1')],
  weakCacMultiple: DEFAULT_CHANNEL_THRESHOLDS.weakCacMultiple,
  allocation: { unit: 'usd', total: null, shares: { ...DEFAULT_TIER_SHARES } },
  record: { rationale: '', decidedOn: null },
};

/** Saved inputs of the channel tiers tool. */
export const channelTiers = createPersistentTool<ChannelInputs>({
  tool: 'channel-tiers',
  version: CHANNEL_TIERS_VERSION,
  schema: channelInputsSchema,
  defaults: channelTiersDefaults,
});

/** Tiers, the tiered map by ICP and the allocation plan. */
export const { $result: $channelResult, defaultResult: channelTiersDefaultResult } = /* @__PURE__ */ derivedResults(channelTiers, computeChannelTiers);

/** The deliverables as Markdown. */
export const $channelMarkdown = /* @__PURE__ */ computed([channelTiers.$value, $channelResult], channelMarkdown);

/** What a later page (the scale plan) needs: the tier map in plain data and whether it is recorded. */
export const $channelSummary = /* @__PURE__ */ computed([channelTiers.$value, $channelResult], (inputs, r) => ({
  decidedOn: inputs.record.decidedOn,
  rationale: inputs.record.rationale,
  map: r.rows.map((x) => ({ channel: x.channel, icp: r.map.icps.find((i) => i.id === x.icpId)?.name ?? null, tier: x.tier })),
  allocation: r.allocation.lines.map((l) => ({ channel: l.channel, tier: l.tier, amount: l.amount })),
  unit: inputs.allocation.unit,
  undecided: r.undecided,
}));

const update = (change: (i: ChannelInputs) => ChannelInputs) => channelTiers.$value.set(change(channelTiers.$value.get()));

/** Add a target ICP; false when full. */
export function addChannelIcp(): boolean {
  if (channelTiers.$value.get().icps.length >= MAX_ICPS) return false;
  update((x) => ({ ...x, icps: [...x.icps, newChannelIcp(nextRowId('icp', x.icps.map((i) => i.id)))] }));
  return true;
}

/** Change an ICP's name or bars. */
export function updateChannelIcp(id: string, patch: Partial<ChannelIcp>): void {
  update((x) => ({ ...x, icps: x.icps.map((i) => (i.id === id ? { ...i, ...patch } : i)) }));
}

/** Remove an ICP and its rows. */
export function removeChannelIcp(id: string): void {
  update((x) => ({ ...x, icps: x.icps.filter((i) => i.id !== id), rows: x.rows.filter((r) => r.icpId !== id) }));
}

/** Add a blank channel row for an ICP; false when full. */
export function addChannelRow(icpId: string): boolean {
  if (channelTiers.$value.get().rows.length >= MAX_CHANNEL_ROWS) return false;
  update((x) => ({ ...x, rows: [...x.rows, emptyChannelRow(nextRowId('row', x.rows.map((r) => r.id)), icpId)] }));
  return true;
}

/** Change some fields of a row. */
export function updateChannelRow(id: string, patch: Partial<ChannelRowInput>): void {
  update((x) => ({ ...x, rows: x.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
}

/** Remove a row. */
export function removeChannelRow(id: string): void {
  update((x) => ({ ...x, rows: x.rows.filter((r) => r.id !== id) }));
}

/** Set (or clear, with null) a row's manual tier. */
export function overrideTier(id: string, tier: Tier | null, reason?: string): void {
  updateChannelRow(id, { overrideTier: tier, ...(reason !== undefined ? { overrideReason: reason } : {}) });
}

/** Change the weak-channel multiple. */
export function setWeakCacMultiple(value: number): void {
  update((x) => ({ ...x, weakCacMultiple: value }));
}

/** Change the allocation's unit, total or shares. */
export function setAllocation(patch: { unit?: ChannelInputs['allocation']['unit']; total?: number | null; shares?: Partial<TierShares> }): void {
  update((x) => ({
    ...x,
    allocation: { unit: patch.unit ?? x.allocation.unit, total: patch.total !== undefined ? patch.total : x.allocation.total, shares: { ...x.allocation.shares, ...patch.shares } },
  }));
}

/** Record the channel tiers as defined, with a rationale and date (null withdraws it). */
export function recordChannelTiers(rationale: string, decidedOn: string | null): void {
  update((x) => ({ ...x, record: { rationale, decidedOn } }));
}

/** Replace every input (the example). */
export function loadChannelInputs(inputs: ChannelInputs): void {
  channelTiers.$value.set(structuredClone(inputs));
}

/** The ICPs the ICP strategy tool holds, with a target CAC of LTV ÷ 3 where LTV is known. */
export function icpsFromStrategy(): ChannelIcp[] {
  const inputs = icpStrategy.$value.get();
  const r = $icpResult.get();
  return r.segments.slice(0, MAX_ICPS).map((s, n) => ({
    id: inputs.segments[n]!.id,
    name: s.name,
    targetCacUsd: s.economics.ltvUsd !== null && s.economics.ltvUsd >= 3 ? s.economics.ltvUsd / 3 : DEFAULT_CHANNEL_THRESHOLDS.targetCacUsd,
    tier1MinCustomersPerMonth: DEFAULT_CHANNEL_THRESHOLDS.tier1MinCustomersPerMonth,
  }));
}

/** Replace the ICP list with the ICP strategy tool's segments; rows of ICPs that are gone are kept and flagged. */
export function takeIcpsFromStrategy(): number {
  const icps = icpsFromStrategy();
  if (icps.length === 0) return 0;
  update((x) => ({ ...x, icps }));
  return icps.length;
}
