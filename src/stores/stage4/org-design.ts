import { computed } from 'nanostores';
import { createPersistentTool, derivedResults } from '../persistent';
import { computeOrgDesign } from '../../lib/stage4/org-design/compute';
import { orgChartTree } from '../../lib/stage4/org-design/chart';
import { orgMarkdown } from '../../lib/stage4/org-design/report';
import type { ScaleModelMerge } from '../../lib/stage4/org-design/to-scale-model';
import {
  DEFAULT_ORG_THRESHOLDS,
  DEFAULT_SDRS_PER_AE,
  DEFAULT_SPAN_OF_CONTROL,
  MAX_ORG_CHANNELS,
  MAX_ORG_ICPS,
  orgInputsSchema,
  type OrgChannelInput,
  type OrgInputs,
  type OrgThresholds,
} from '../../lib/stage4/org-design/schema';
import { nextRowId } from '../../lib/stage4/shared';
import { $icpResult, icpStrategy, leadSegmentId } from './icp-strategy';
import { $channelResult, channelTiers } from './channel-tiers';

/** Version of the stored organization design inputs. */
export const ORG_DESIGN_VERSION = 1;

/** What a new visitor starts with: one ICP, one blank channel, the default assumptions. */
export const orgDesignDefaults: OrgInputs = {
  icpStrategy: null,
  icps: [{ id: 'icp-1', name: '', skills: [] }],
  channels: [{ id: 'row-1', channel: '', icpId: 'icp-1', opportunitiesPerMonth: null, opportunitiesPerOperatorPerMonth: null, neededByMonth: 3 }],
  thresholds: { ...DEFAULT_ORG_THRESHOLDS },
  aeProspectingPct: null,
  meetingsNeededPerMonth: null,
  sdrsPerAe: DEFAULT_SDRS_PER_AE,
  spanOfControl: DEFAULT_SPAN_OF_CONTROL,
  leaderCapabilities: [],
  record: { rationale: '', decidedOn: null },
};

/** Saved inputs of the organization design tool. */
export const orgDesign = createPersistentTool<OrgInputs>({
  tool: 'org-design',
  version: ORG_DESIGN_VERSION,
  schema: orgInputsSchema,
  defaults: orgDesignDefaults,
});

/** Operators, teams, specialization, span of control and hiring profiles. */
export const { $result: $orgResult, defaultResult: orgDesignDefaultResult } = /* @__PURE__ */ derivedResults(orgDesign, computeOrgDesign);

/** The organization as an org-chart tree (null when there is nobody yet). */
export const $orgChart = /* @__PURE__ */ computed($orgResult, (r) => orgChartTree(r));

/** The deliverables as Markdown, given the labels of the capabilities (data reaches the store from the island). */
export function orgDesignMarkdown(capabilityLabel: (id: string) => string | undefined): string {
  const inputs = orgDesign.$value.get();
  const labels = inputs.leaderCapabilities.map(capabilityLabel).filter((x): x is string => !!x);
  return orgMarkdown(inputs, $orgResult.get(), $orgChart.get(), labels);
}

/** What a later page (the scale plan) needs: headcount and hiring profiles in plain data. */
export const $orgSummary = /* @__PURE__ */ computed([orgDesign.$value, $orgResult], (inputs, r) => ({
  decidedOn: inputs.record.decidedOn,
  rationale: inputs.record.rationale,
  headcount: r.totals.headcount,
  teams: r.teams.map((t) => t.name),
  layers: r.span.layers,
  spanOfControl: inputs.spanOfControl,
  profiles: r.profiles.map((p) => ({ role: p.role, count: p.count, neededByMonth: p.neededByMonth, skills: p.skills, serves: p.serves })),
}));

const update = (change: (i: OrgInputs) => OrgInputs) => orgDesign.$value.set(change(orgDesign.$value.get()));

/** Change top-level fields (strategy, prospecting share, meetings, ratio, span). */
export function setOrg(patch: Partial<Pick<OrgInputs, 'icpStrategy' | 'aeProspectingPct' | 'meetingsNeededPerMonth' | 'sdrsPerAe' | 'spanOfControl'>>): void {
  update((x) => ({ ...x, ...patch }));
}

/** Change one threshold. */
export function setOrgThreshold(key: keyof OrgThresholds, value: number): void {
  update((x) => ({ ...x, thresholds: { ...x.thresholds, [key]: value } }));
}

/** Add an ICP; false when full. */
export function addOrgIcp(): boolean {
  if (orgDesign.$value.get().icps.length >= MAX_ORG_ICPS) return false;
  update((x) => ({ ...x, icps: [...x.icps, { id: nextRowId('icp', x.icps.map((i) => i.id)), name: '', skills: [] }] }));
  return true;
}

/** Change an ICP's name or skills. */
export function updateOrgIcp(id: string, patch: Partial<OrgInputs['icps'][number]>): void {
  update((x) => ({ ...x, icps: x.icps.map((i) => (i.id === id ? { ...i, ...patch } : i)) }));
}

/** Remove an ICP and its channels. */
export function removeOrgIcp(id: string): void {
  update((x) => ({ ...x, icps: x.icps.filter((i) => i.id !== id), channels: x.channels.filter((c) => c.icpId !== id) }));
}

/** Add a channel for an ICP; false when full. */
export function addOrgChannel(icpId: string): boolean {
  if (orgDesign.$value.get().channels.length >= MAX_ORG_CHANNELS) return false;
  update((x) => ({
    ...x,
    channels: [...x.channels, { id: nextRowId('row', x.channels.map((c) => c.id)), channel: '', icpId, opportunitiesPerMonth: null, opportunitiesPerOperatorPerMonth: null, neededByMonth: 3 }],
  }));
  return true;
}

/** Change some fields of a channel. */
export function updateOrgChannel(id: string, patch: Partial<OrgChannelInput>): void {
  update((x) => ({ ...x, channels: x.channels.map((c) => (c.id === id ? { ...c, ...patch } : c)) }));
}

/** Remove a channel. */
export function removeOrgChannel(id: string): void {
  update((x) => ({ ...x, channels: x.channels.filter((c) => c.id !== id) }));
}

/** Tick or untick a capability of the first sales leader. */
export function toggleCapability(id: string, on: boolean): void {
  update((x) => ({ ...x, leaderCapabilities: on ? [...new Set([...x.leaderCapabilities, id])] : x.leaderCapabilities.filter((c) => c !== id) }));
}

/** Record the design as documented, with a rationale and date (null withdraws it). */
export function recordOrgDesign(rationale: string, decidedOn: string | null): void {
  update((x) => ({ ...x, record: { rationale, decidedOn } }));
}

/** Replace every input (the example). */
export function loadOrgInputs(inputs: OrgInputs): void {
  orgDesign.$value.set(structuredClone(inputs));
}

/**
 * Take the ICP decision (strategy, segments and skills, leader first) and the Tier 1 and 2 channels with
 * their volumes from the other two tools; capacities and months already typed here are kept.
 */
export function takeFromDecisions(): { icps: number; channels: number } {
  const icp = icpStrategy.$value.get();
  const icpR = $icpResult.get();
  const lead = leadSegmentId(icp, icpR);
  const segments = [...icp.segments].sort((a, b) => Number(b.id === lead) - Number(a.id === lead)).slice(0, MAX_ORG_ICPS);
  const strategy = icp.decision.decidedOn && icp.decision.choice ? icp.decision.choice : icpR.recommendation.strategy;
  const ch = channelTiers.$value.get();
  const chR = $channelResult.get();
  const current = orgDesign.$value.get();
  const nameOf = (id: string) => ch.icps.find((i) => i.id === id)?.name.trim().toLowerCase();
  const icps = segments.map((s, n) => ({ id: s.id, name: s.name.trim() || icpR.segments.find((x) => x.id === s.id)?.name || `ICP ${n + 1}`, skills: s.skills }));
  const icpIdFor = (channelIcpId: string) => icps.find((i) => i.id === channelIcpId || i.name.trim().toLowerCase() === nameOf(channelIcpId))?.id;
  const channels: OrgChannelInput[] = [];
  for (const row of chR.rows) {
    const icpId = icpIdFor(row.icpId);
    const input = ch.rows.find((r) => r.id === row.id);
    if (!icpId || !input || row.tier === null || row.tier === 3 || channels.length >= MAX_ORG_CHANNELS) continue;
    const kept = current.channels.find((c) => c.id === row.id);
    channels.push({
      id: row.id,
      channel: row.channel,
      icpId,
      opportunitiesPerMonth: input.opportunitiesPerMonth,
      opportunitiesPerOperatorPerMonth: kept?.opportunitiesPerOperatorPerMonth ?? null,
      neededByMonth: kept?.neededByMonth ?? 3,
    });
  }
  update((x) => ({ ...x, icpStrategy: strategy ?? x.icpStrategy, icps: icps.length ? icps : x.icps, channels: icps.length ? channels : x.channels }));
  return { icps: icps.length, channels: channels.length };
}

// The scale model's logic is large: it loads only when someone sends roles to it.
const scaleModelStore = () => import('../scale-model-merge');

/** What sending the hiring profiles to the scale model would do (nothing is changed). */
export async function previewScaleModelMerge(): Promise<ScaleModelMerge> {
  const { previewProfilesMerge } = await scaleModelStore();
  return previewProfilesMerge($orgResult.get().profiles);
}

/** Create or update the scale model's roles from the hiring profiles, tagging each carried figure. */
export async function sendToScaleModel(): Promise<ScaleModelMerge> {
  const { applyCarriedPlan } = await scaleModelStore();
  const merge = await previewScaleModelMerge();
  applyCarriedPlan(merge.inputs, merge.sources);
  return merge;
}
