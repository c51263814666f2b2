import { computeIcpStrategy } from '../../lib/stage4/icp/compute';
import { icpInputsSchema } from '../../lib/stage4/icp/schema';
import { computeChannelTiers } from '../../lib/stage4/channels/compute';
import { channelInputsSchema } from '../../lib/stage4/channels/schema';
import { computeOrgDesign } from '../../lib/stage4/org-design/compute';
import { orgInputsSchema } from '../../lib/stage4/org-design/schema';
import { unitEconomicsByStage } from '../playbook/financial';
import { CHANNEL_EXAMPLE, ICP_EXAMPLE, ORG_EXAMPLE } from './examples';
import { LEADER_CAPABILITIES } from './leader-capabilities';

describe('Stage 4 examples', () => {
  it('are valid inputs', () => {
    expect(icpInputsSchema.safeParse(ICP_EXAMPLE).success).toBe(true);
    expect(channelInputsSchema.safeParse(CHANNEL_EXAMPLE).success).toBe(true);
    expect(orgInputsSchema.safeParse(ORG_EXAMPLE).success).toBe(true);
  });
  it('SMB reproduces the playbook\'s Stage 2 unit economics', () => {
    const stage2 = unitEconomicsByStage.find((s) => s.stage === 2)!;
    const smb = computeIcpStrategy(ICP_EXAMPLE).segments.find((s) => s.id === 'smb')!;
    expect(smb.economics.ltvUsd!).toBeCloseTo(stage2.ltvUsd, 0);
    expect(smb.economics.paybackMonths!).toBeCloseTo(stage2.paybackMonths, 5);
    expect(smb.economics.ltvToCac!).toBeCloseTo(stage2.statedLtvToCac, 2);
    expect(CHANNEL_EXAMPLE.icps[0]!.targetCacUsd).toBe(stage2.cacUsd);
  });
  it('the channel budget is the playbook\'s Stage 2 marketing share (23% of $3.9M)', () => {
    expect(CHANNEL_EXAMPLE.allocation.total).toBeCloseTo(897_000);
  });
  it('give a decision each: Multi-ICP, every tier used, a two-team design', () => {
    expect(computeIcpStrategy(ICP_EXAMPLE).recommendation.strategy).toBe('multi');
    const tiers = computeChannelTiers(CHANNEL_EXAMPLE).rows.map((r) => r.suggested);
    expect(new Set(tiers)).toEqual(new Set([1, 2, 3, null]));
    expect(computeOrgDesign(ORG_EXAMPLE).teams).toHaveLength(2);
  });
  it('the checked capabilities exist', () => {
    for (const id of ORG_EXAMPLE.leaderCapabilities) expect(LEADER_CAPABILITIES.some((c) => c.id === id)).toBe(true);
  });
});
