// @vitest-environment jsdom
import { storageKey } from '../../lib/persist/versioned';
import { STAGE4_RECORDED } from '../../lib/stage4/recorded';
import { CHANNEL_EXAMPLE, ICP_EXAMPLE, ORG_EXAMPLE } from '../../data/stage4/examples';
import { $icpResult, $icpSummary, icpStrategy, loadIcpInputs, recordIcpDecision, takeUnitEconomicsFor, addSegment, removeSegment } from './icp-strategy';
import { $channelResult, channelTiers, loadChannelInputs, takeIcpsFromStrategy } from './channel-tiers';
import { $orgResult, $orgSummary, loadOrgInputs, orgDesign, sendToScaleModel, takeFromDecisions } from './org-design';
import { scaleModel, scaleModelCarried } from '../scale-model';
import { unitEconomics } from '../unit-economics';
import { effectiveCacUsd } from '../../lib/unit-economics/compute';
import { carriedBasisOf } from '../../lib/stage4/org-design/carried';

// Keep the saved stores mounted for the whole file: their unmount runs on a timer that would outlive jsdom.
beforeAll(() => {
  for (const t of [icpStrategy, channelTiers, orgDesign, scaleModel, scaleModelCarried, unitEconomics]) t.$value.listen(() => undefined);
});

beforeEach(() => {
  localStorage.clear();
  for (const t of [icpStrategy, channelTiers, orgDesign, scaleModel, scaleModelCarried]) (t as { reset: () => void }).reset();
});

describe('Stage 4 stores', () => {
  it('the guide reads the keys the stores write', () => {
    expect(STAGE4_RECORDED.map((c) => c.key)).toEqual([icpStrategy, channelTiers, orgDesign].map((t) => storageKey(t.spec.tool, t.spec.version)));
  });
  it('records the ICP decision and summarizes it', () => {
    loadIcpInputs(ICP_EXAMPLE);
    recordIcpDecision('primary', 'smb', 'Simplicity first', '2026-12-01');
    expect($icpSummary.get()).toMatchObject({ decision: 'Primary ICP focus on SMB', choice: 'primary', decidedOn: '2026-12-01', segments: ['SMB', 'Enterprise'] });
    expect(localStorage.getItem(storageKey('icp-strategy', 1))).toContain('Simplicity first');
  });
  it('adds and removes segments, forgetting a removed chosen one', () => {
    loadIcpInputs(ICP_EXAMPLE);
    recordIcpDecision('primary', 'smb', '', '2026-12-01');
    addSegment();
    expect(icpStrategy.$value.get().segments).toHaveLength(3);
    removeSegment('smb');
    expect(icpStrategy.$value.get().decision.primarySegmentId).toBeNull();
  });
  it('takes a segment\'s economics from the unit economics tool, tagged', () => {
    takeUnitEconomicsFor('seg-1');
    const s = icpStrategy.$value.get().segments[0]!;
    const ue = unitEconomics.$value.get();
    expect(s).toMatchObject({ arpaMonthlyUsd: ue.arpaMonthlyUsd, cacUsd: effectiveCacUsd(ue), economicsSource: 'unit-economics' });
  });
  it('channel tiers take the ICPs from the strategy, with target CAC = LTV ÷ 3', () => {
    loadIcpInputs(ICP_EXAMPLE);
    expect(takeIcpsFromStrategy()).toBe(2);
    const ltv = $icpResult.get().segments[0]!.economics.ltvUsd!;
    expect(channelTiers.$value.get().icps[0]!.targetCacUsd).toBeCloseTo(ltv / 3);
  });
  it('the org design takes the decision and the Tier 1–2 channels, then sends roles to the scale model', async () => {
    loadIcpInputs(ICP_EXAMPLE);
    recordIcpDecision('multi', 'smb', '', '2026-12-01');
    loadChannelInputs(CHANNEL_EXAMPLE);
    const took = takeFromDecisions();
    const kept = $channelResult.get().rows.filter((r) => r.tier === 1 || r.tier === 2).length;
    expect(took).toEqual({ icps: 2, channels: kept });
    expect(orgDesign.$value.get().icpStrategy).toBe('multi');
    loadOrgInputs(ORG_EXAMPLE);
    const before = scaleModel.$value.get().roles.length;
    const merge = await sendToScaleModel();
    expect(scaleModel.$value.get().roles).toHaveLength(before + $orgResult.get().profiles.length);
    expect(merge.added).toHaveLength($orgResult.get().profiles.length);
    const basis = carriedBasisOf(scaleModelCarried.$value.get(), scaleModel.$value.get());
    expect(basis(`roles.org-smb-ae.hiresPerMonth`)?.basis).toBe('derived');
    expect($orgSummary.get().headcount).toBe($orgResult.get().totals.headcount);
  });
  it('a corrupt saved value falls back to the defaults with a notice', async () => {
    localStorage.setItem(storageKey('icp-strategy', 1), '{"segments": "nope"}');
    const { decodeStored } = await import('../../lib/persist/versioned');
    expect(decodeStored(localStorage.getItem(storageKey('icp-strategy', 1)), icpStrategy.spec).notice).toBe('corrupt');
  });
});
