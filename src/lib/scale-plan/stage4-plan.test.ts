import { describe, expect, it } from 'vitest';
import { budgetsByStage } from '../../data/playbook/financial';
import { infrastructureStages } from '../../data/playbook/infrastructure';
import { stage4ExitCriteria } from '../../data/stage-4/exit-criteria';
import { CHANNEL_EXAMPLE, ICP_EXAMPLE, ORG_EXAMPLE } from '../../data/stage4/examples';
import { buildStagePresets } from '../stage-planner/presets';
import { presetInputs } from '../../presets/scale-model';
import { computeScaleModel } from '../scale-model';
import { computeOrgDesign } from '../stage4/org-design/compute';
import { computeChannelTiers } from '../stage4/channels/compute';
import { computeIcpStrategy } from '../stage4/icp/compute';
import { recommendationText } from '../stage4/icp/describe';
import { encodeShare, decodeShare } from '../persist/share';
import {
  buildScalePlan,
  channelAllocationCheck,
  EMPTY_SCALE_PLAN_INPUTS,
  orgHeadcountCheck,
  SCALE_PLAN_CHECKS,
  SCALE_PLAN_SECTIONS,
  SCALE_PLAN_SHARE_VERSION,
  SCALE_PLAN_TOOL,
  scalePlanInputsSchema,
  type ScalePlanInputs,
} from '.';

const registry = { sections: SCALE_PLAN_SECTIONS, checks: SCALE_PLAN_CHECKS, criteria: stage4ExitCriteria };
const stage2 = buildStagePresets(budgetsByStage, infrastructureStages)[1]!.inputs;
const marketingYearlyUsd = (stage2.budgetTotalUsd * stage2.budgetLines.find((l) => l.category === "Marketing")!.sharePct!) / 100;
const withStage4: ScalePlanInputs = { ...EMPTY_SCALE_PLAN_INPUTS, icp: ICP_EXAMPLE, channels: CHANNEL_EXAMPLE, org: ORG_EXAMPLE, stagePlan: stage2, scaleModel: presetInputs('phase-1') };
const section = (inputs: ScalePlanInputs, id: string) => buildScalePlan(inputs, registry).sections.find((s) => s.id === id)!;
const check = (inputs: ScalePlanInputs, id: string) => buildScalePlan(inputs, registry).checks.find((c) => c.id === id)!;
const fig = (inputs: ScalePlanInputs, id: string, label: string) => section(inputs, id).summary!.figures.find((f) => f.label === label);

describe('the Stage 4 sections of the scale plan', () => {
  it('with nothing saved, each says so (summary null) and points at its tool', () => {
    for (const [id, path] of [
      ['icp-decision', '/tools/icp-strategy/'],
      ['channel-tiers', '/tools/channel-tiers/'],
      ['org-design', '/tools/org-design/'],
    ] as const) {
      const s = section(EMPTY_SCALE_PLAN_INPUTS, id);
      expect(s.summary).toBeNull();
      expect(s.toolPath).toBe(path);
    }
  });

  it('the ICP decision shows the recommendation and that no decision is recorded yet', () => {
    const r = computeIcpStrategy(ICP_EXAMPLE);
    expect(fig(withStage4, 'icp-decision', 'Recommendation')!.note).toBe(recommendationText(r, ICP_EXAMPLE).title);
    expect(fig(withStage4, 'icp-decision', 'Recorded decision')!.note).toBe('not recorded yet');
    expect(fig(withStage4, 'icp-decision', 'Segments compared')!.value).toBe(ICP_EXAMPLE.segments.length);
  });

  it('a recorded ICP decision is shown with its date and rationale', () => {
    const seg = ICP_EXAMPLE.segments[0]!;
    const icp = { ...ICP_EXAMPLE, decision: { choice: 'primary' as const, primarySegmentId: seg.id, rationale: 'Best economics.', decidedOn: '2026-11-30' } };
    const s = section({ ...withStage4, icp }, 'icp-decision').summary!;
    const recorded = s.figures.find((f) => f.label === 'Recorded decision')!.note!;
    expect(recorded).toContain('Primary ICP focus');
    expect(recorded).toContain('2026-11-30');
    expect(s.lists).toContainEqual({ label: 'Rationale', items: ['Best economics.'] });
  });

  it('the channel map lists every channel with its tier, and the allocation lines add up to the placed total', () => {
    const r = computeChannelTiers(CHANNEL_EXAMPLE);
    const s = section(withStage4, 'channel-tiers').summary!;
    expect(s.figures.find((f) => f.label === 'Channels')!.value).toBe(CHANNEL_EXAMPLE.rows.length);
    expect(s.lists![0]!.items).toHaveLength(CHANNEL_EXAMPLE.rows.length);
    const lines = s.figures.filter((f) => /, Tier \d\)$/.test(f.label));
    expect(lines.reduce((a, f) => a + f.value!, 0)).toBeCloseTo(r.allocation.allocated!, 6);
    expect(s.figures.find((f) => f.label === 'Total to allocate')!.value).toBe(CHANNEL_EXAMPLE.allocation.total);
  });

  it('the org design shows headcount, teams, managers and hiring profiles', () => {
    const r = computeOrgDesign(ORG_EXAMPLE);
    const s = section(withStage4, 'org-design').summary!;
    expect(s.figures.find((f) => f.label === 'Headcount')!.value).toBe(r.totals.headcount);
    expect(s.figures.find((f) => f.label === 'Managers')!.value).toBe(r.totals.managers);
    expect(r.teams.length).toBeGreaterThan(0);
    expect(s.lists!.find((l) => l.label === 'Teams')!.items).toEqual(r.teams.map((t) => t.name));
    expect(s.lists!.find((l) => l.label === 'Hiring profiles')!.items).toHaveLength(r.profiles.length);
  });
});

describe('the Stage 4 cross-checks on saved data', () => {
  it("the playbook's channel allocation (Stage 2 marketing share) matches the Stage 2 budget's marketing line", () => {
    const c = check(withStage4, 'channel-allocation');
    expect(c.outcome).toEqual(channelAllocationCheck({ channelAllocationYearlyUsd: marketingYearlyUsd, marketingShareYearlyUsd: marketingYearlyUsd }));
    expect(c.outcome.status).toBe('consistent');
    expect(c.fixes.map((f) => f.path)).toEqual(['/tools/channel-tiers/', '/tools/stage-planner/']);
  });

  it('an allocation 20% over the marketing share contradicts it', () => {
    const channels = { ...CHANNEL_EXAMPLE, allocation: { ...CHANNEL_EXAMPLE.allocation, total: marketingYearlyUsd * 1.2 } };
    const c = check({ ...withStage4, channels }, 'channel-allocation');
    expect(c.outcome.status).toBe('contradiction');
    if (c.outcome.status !== 'missing') expect(c.outcome.differencePct).toBeCloseTo(20, 6);
  });

  it('the channel allocation check names what is missing: no tool, no total, or an allocation in headcount', () => {
    expect(check({ ...withStage4, channels: null }, 'channel-allocation').outcome).toEqual({ status: 'missing', missing: ['the channel allocation'] });
    expect(check({ ...withStage4, stagePlan: null }, 'channel-allocation').outcome).toEqual({ status: 'missing', missing: ["the budget's marketing line"] });
    const noTotal = { ...CHANNEL_EXAMPLE, allocation: { ...CHANNEL_EXAMPLE.allocation, total: null } };
    expect(check({ ...withStage4, channels: noTotal }, 'channel-allocation').outcome.status).toBe('missing');
    const headcount = { ...CHANNEL_EXAMPLE, allocation: { ...CHANNEL_EXAMPLE.allocation, unit: 'headcount' as const, total: 5 } };
    expect(check({ ...withStage4, channels: headcount }, 'channel-allocation').outcome.status).toBe('missing');
  });

  it("the org design's headcount is set against the scale model's month-12 headcount", () => {
    const c = check(withStage4, 'org-headcount');
    const expected = orgHeadcountCheck({ orgDesignHeadcount: computeOrgDesign(ORG_EXAMPLE).totals.headcount, planEndingHeadcount: computeScaleModel(presetInputs('phase-1')).totals.endingHeadcount });
    expect(c.outcome).toEqual(expected);
    expect(c.fixes.map((f) => f.path)).toEqual(['/tools/org-design/', '/tools/scale-model/']);
  });

  it('the org headcount check names what is missing', () => {
    expect(check({ ...withStage4, org: null }, 'org-headcount').outcome).toEqual({ status: 'missing', missing: ["the org design's headcount"] });
    expect(check({ ...withStage4, scaleModel: null }, 'org-headcount').outcome).toEqual({ status: 'missing', missing: ["the scale model's headcount"] });
  });
});

describe('the Stage 4 exit criteria read from the decision tools', () => {
  const recorded: ScalePlanInputs = {
    ...withStage4,
    icp: { ...ICP_EXAMPLE, decision: { choice: 'multi', primarySegmentId: null, rationale: '', decidedOn: '2026-11-30' } },
    channels: { ...CHANNEL_EXAMPLE, record: { rationale: '', decidedOn: '2026-11-30' } },
    org: { ...ORG_EXAMPLE, record: { rationale: '', decidedOn: '2026-12-01' } },
  };
  const row = (inputs: ScalePlanInputs, id: string) => buildScalePlan(inputs, registry).exitCriteria.find((r) => r.id === id)!;

  it('recorded deliverables meet their criteria without a tick on the checklist', () => {
    expect(row(recorded, 'explicit-icp-strategy-selected')).toMatchObject({ status: 'met' });
    expect(row(recorded, 'explicit-icp-strategy-selected').reasons[0]).toEqual({ kind: 'recorded', summary: 'Multi-ICP strategy', decidedOn: '2026-11-30', toolPath: '/tools/icp-strategy/' });
    expect(row(recorded, 'channel-tiers-defined').status).toBe('met');
    expect(row(recorded, 'channel-tiers-defined').reasons).toContainEqual({ kind: 'supported-by', checkId: 'channel-allocation' });
    const org = row(recorded, 'organizational-design-documented');
    expect(org.reasons[0]).toMatchObject({ kind: 'recorded', decidedOn: '2026-12-01' });
    expect(org.reasons.some((r) => r.kind !== 'recorded' && 'checkId' in r && r.checkId === 'org-headcount')).toBe(true);
  });

  it('unrecorded deliverables leave their criteria not yet met', () => {
    expect(row(withStage4, 'explicit-icp-strategy-selected').status).toBe('not-yet');
    expect(row(withStage4, 'channel-tiers-defined').status).toBe('not-yet');
  });

  it('a recorded channel map whose allocation contradicts the budget is contradicted', () => {
    const channels = { ...recorded.channels!, allocation: { ...CHANNEL_EXAMPLE.allocation, total: marketingYearlyUsd * 2 } };
    expect(row({ ...recorded, channels }, 'channel-tiers-defined').status).toBe('contradicted');
  });
});

describe('the share link carries the Stage 4 tools', () => {
  it('round-trips their inputs and refuses a tampered one', () => {
    const encoded = encodeShare(SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION, withStage4);
    const back = decodeShare(encoded, SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION, scalePlanInputsSchema);
    expect(back.ok && back.value).toEqual(withStage4);
    const bad = { ...withStage4, channels: { ...CHANNEL_EXAMPLE, weakCacMultiple: -1 } };
    expect(scalePlanInputsSchema.safeParse(bad).success).toBe(false);
    expect(scalePlanInputsSchema.safeParse({ ...withStage4, org: { ...ORG_EXAMPLE, spanOfControl: 'wide' } }).success).toBe(false);
  });
});
