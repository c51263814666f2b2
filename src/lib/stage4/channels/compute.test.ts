import fc from 'fast-check';
import { allocate, computeChannelTiers, suggestTier } from './compute';
import { tierReasonText } from './describe';
import { DEFAULT_CHANNEL_THRESHOLDS, DEFAULT_TIER_SHARES, emptyChannelRow, type ChannelInputs, type ChannelRowInput } from './schema';

const t = DEFAULT_CHANNEL_THRESHOLDS; // target CAC $200, Tier 1 from 10 customers/month, weak above 2× ($400)
const row = (id: string, p: Partial<ChannelRowInput> = {}): ChannelRowInput => ({
  ...emptyChannelRow(id, 'smb', id),
  opportunitiesPerMonth: 100,
  costPerOpportunityUsd: 20,
  conversionPct: 10,
  ...p,
}); // 10 customers/month at $200 CAC
const inputs = (rows: ChannelRowInput[], patch: Partial<ChannelInputs> = {}): ChannelInputs => ({
  icps: [
    { id: 'smb', name: 'SMB', targetCacUsd: 200, tier1MinCustomersPerMonth: 10 },
    { id: 'ent', name: 'Enterprise', targetCacUsd: 200, tier1MinCustomersPerMonth: 10 },
  ],
  rows,
  weakCacMultiple: 2,
  allocation: { unit: 'usd', total: 100_000, shares: { ...DEFAULT_TIER_SHARES } },
  record: { rationale: '', decidedOn: null },
  ...patch,
});

describe('suggested tier', () => {
  it('Tier 1 at exactly the target CAC and minimum volume', () => {
    expect(suggestTier(row('a'), t)).toMatchObject({ suggested: 1, reason: 'strong', cacUsd: 200, customersPerMonth: 10 });
  });
  it('CAC just above the target: Tier 2; just below: Tier 1', () => {
    expect(suggestTier(row('a', { costPerOpportunityUsd: 20.1 }), t).suggested).toBe(2);
    expect(suggestTier(row('a', { costPerOpportunityUsd: 19.9 }), t).suggested).toBe(1);
  });
  it('volume just below the minimum: Tier 2 (low volume); just above: Tier 1', () => {
    expect(suggestTier(row('a', { opportunitiesPerMonth: 99.9 }), t)).toMatchObject({ suggested: 2, reason: 'low-volume' });
    expect(suggestTier(row('a', { opportunitiesPerMonth: 100.1 }), t).suggested).toBe(1);
  });
  it('weak at just above 2× target CAC; at exactly 2× it is not weak', () => {
    expect(suggestTier(row('a', { costPerOpportunityUsd: 40 }), t)).toMatchObject({ suggested: 2, reason: 'middling' });
    expect(suggestTier(row('a', { costPerOpportunityUsd: 40.1, improvedThroughOptimization: false }), t)).toMatchObject({ suggested: 3, reason: 'weak-stayed' });
    expect(suggestTier(row('a', { costPerOpportunityUsd: 39.9, improvedThroughOptimization: false }), t).suggested).toBe(2);
  });
  it('weak but improving: Tier 2; weak and optimization not recorded: can\'t tell', () => {
    expect(suggestTier(row('a', { costPerOpportunityUsd: 60, improvedThroughOptimization: true }), t)).toMatchObject({ suggested: 2, reason: 'weak-improving' });
    const r = suggestTier(row('a', { costPerOpportunityUsd: 60 }), t);
    expect(r).toMatchObject({ suggested: null, reason: 'weak-untested' });
  });
  it('no conversions is weak, with no CAC (never Infinity)', () => {
    const r = suggestTier(row('a', { conversionPct: 0, improvedThroughOptimization: false }), t);
    expect(r).toMatchObject({ suggested: 3, cacUsd: null, noConversions: true, customersPerMonth: 0 });
  });
  it('missing results: can\'t tell, naming them', () => {
    const r = computeChannelTiers(inputs([row('a', { conversionPct: null, opportunitiesPerMonth: null })])).rows[0]!;
    expect(r.suggested).toBeNull();
    expect(tierReasonText(r, t)).toBe("Can't tell yet, because opportunities a month, conversion are missing.");
  });
  it('each ICP has its own bars', () => {
    const base = inputs([row('a', { icpId: 'ent' })]);
    const r = computeChannelTiers({ ...base, icps: base.icps.map((i) => (i.id === 'ent' ? { ...i, targetCacUsd: 150 } : i)) }).rows[0]!;
    expect(r).toMatchObject({ suggested: 2, reason: 'middling' });
  });
  it('a row whose ICP was removed has no tier and is listed', () => {
    const r = computeChannelTiers(inputs([row('a', { icpId: 'gone' })]));
    expect(r.rows[0]!.tier).toBeNull();
    expect(r.orphaned).toEqual(['a']);
  });
  it('an override is kept and counts', () => {
    const r = computeChannelTiers(inputs([row('a', { overrideTier: 2, overrideReason: 'capacity' })])).rows[0]!;
    expect(r).toMatchObject({ suggested: 1, tier: 2, overridden: true });
  });
});

describe('tiered map and allocation', () => {
  it('maps channels × ICPs', () => {
    const r = computeChannelTiers(inputs([row('a'), { ...row('b'), channel: 'a', icpId: 'ent', costPerOpportunityUsd: 30 }]));
    expect(r.map.channels).toHaveLength(1);
    expect(r.map.channels[0]!.cells.smb?.tier).toBe(1);
    expect(r.map.channels[0]!.cells.ent?.tier).toBe(2);
  });
  it('splits by tier share, then by customers a month within a tier', () => {
    const r = computeChannelTiers(inputs([row('a'), row('b', { opportunitiesPerMonth: 300 }), row('c', { costPerOpportunityUsd: 30 })]));
    const plan = r.allocation;
    expect(plan.sharesBalanced).toBe(true);
    expect(plan.lines.find((l) => l.rowId === 'a')!.amount).toBeCloseTo(17_500);
    expect(plan.lines.find((l) => l.rowId === 'b')!.amount).toBeCloseTo(52_500);
    expect(plan.lines.find((l) => l.rowId === 'c')!.amount).toBeCloseTo(30_000);
    expect(plan.allocated).toBeCloseTo(100_000);
  });
  it('shares not totalling 100% are flagged (99.99 and 100.01 are off, 100 is not)', () => {
    expect(allocate([], 100, { tier1Pct: 70, tier2Pct: 29.99, tier3Pct: 0 }).sharesBalanced).toBe(false);
    expect(allocate([], 100, { tier1Pct: 70, tier2Pct: 30.01, tier3Pct: 0 }).sharesBalanced).toBe(false);
    expect(allocate([], 100, { tier1Pct: 70, tier2Pct: 30, tier3Pct: 0 }).sharesBalanced).toBe(true);
  });
  it('a tier with a share but no channel is reported as unplaced', () => {
    expect(computeChannelTiers(inputs([row('a')])).allocation.unplacedTiers).toEqual([2]);
  });
  it('no total: tier shares still shown, no amounts', () => {
    const plan = computeChannelTiers(inputs([row('a')], { allocation: { unit: 'usd', total: null, shares: DEFAULT_TIER_SHARES } })).allocation;
    expect(plan.allocated).toBeNull();
    expect(plan.lines).toEqual([]);
  });
  it('empty: nothing to tier, nothing allocated, no NaN', () => {
    const r = computeChannelTiers(inputs([]));
    expect(r.rows).toEqual([]);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });
});

describe('channel tier properties', () => {
  const results = fc.record({
    opportunitiesPerMonth: fc.integer({ min: 0, max: 1000 }),
    costPerOpportunityUsd: fc.integer({ min: 0, max: 500 }),
    conversionPct: fc.integer({ min: 0, max: 100 }),
    improvedThroughOptimization: fc.constantFrom(true, false),
  });
  it('raising a channel\'s results never lowers its tier', () => {
    fc.assert(
      fc.property(results, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), (r, moreOpps, lessCost, moreConv, improve) => {
        const before = suggestTier(r, t).suggested;
        const better = {
          opportunitiesPerMonth: r.opportunitiesPerMonth + moreOpps,
          costPerOpportunityUsd: Math.max(0, r.costPerOpportunityUsd - lessCost),
          conversionPct: Math.min(100, r.conversionPct + moreConv),
          improvedThroughOptimization: r.improvedThroughOptimization || improve,
        };
        const after = suggestTier(better, t).suggested;
        if (before !== null && after !== null) expect(after).toBeLessThanOrEqual(before);
        if (before !== null) expect(after).not.toBeNull();
      }),
    );
  });
  it('the channel amounts add up to the total × placed shares', () => {
    fc.assert(
      fc.property(fc.array(results, { maxLength: 8 }), fc.integer({ min: 0, max: 10_000_000 }), (rs, total) => {
        const r = computeChannelTiers(inputs(rs.map((x, i) => row(`r${i}`, x))));
        const plan = r.allocation;
        const placed = plan.byTier.filter((b) => b.channels > 0).reduce((a, b) => a + b.sharePct, 0);
        const all = allocate(r.rows, total, DEFAULT_TIER_SHARES);
        const placedAll = all.byTier.filter((b) => b.channels > 0).reduce((a, b) => a + b.sharePct, 0);
        expect(all.allocated!).toBeCloseTo((total * placedAll) / 100, 2);
        expect(placed).toBeLessThanOrEqual(100);
      }),
    );
  });
});
