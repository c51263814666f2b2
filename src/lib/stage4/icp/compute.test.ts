import fc from 'fast-check';
import { computeIcpStrategy } from './compute';
import { segmentEconomics } from './economics';
import { recommendationText, conditionText } from './describe';
import { DEFAULT_ICP_THRESHOLDS } from './schema';
import { icpInputs, seg } from './test-helpers';

const judged = (inputs: ReturnType<typeof icpInputs>, id: string) => computeIcpStrategy(inputs).conditions.find((c) => c.id === id)!.judgement;

// seg(): contribution $100, LTV $5,000 at 2% churn, CAC $1,000 → LTV:CAC 5, payback 10 months.
describe('segment economics (through the unit economics model)', () => {
  it('computes LTV, LTV:CAC and payback', () => {
    const e = segmentEconomics(seg('a'), DEFAULT_ICP_THRESHOLDS);
    expect(e.ltvUsd).toBeCloseTo(5000);
    expect(e.ltvToCac).toBeCloseTo(5);
    expect(e.paybackMonths).toBeCloseTo(10);
    expect(e.acceptable).toBe('holds');
  });
  it('uses the playbook Stage 2 figures: $200 CAC, $1,440 LTV, 7.2:1, 5 months', () => {
    const e = segmentEconomics(seg('smb', { arpaMonthlyUsd: 50, grossMarginPct: 80, monthlyChurnPct: (40 / 1440) * 100, cacUsd: 200 }), DEFAULT_ICP_THRESHOLDS);
    expect(e.ltvUsd).toBeCloseTo(1440);
    expect(e.ltvToCac).toBeCloseTo(7.2);
    expect(e.paybackMonths).toBeCloseTo(5);
  });
  it('acceptable at LTV:CAC exactly 3, not just below', () => {
    const t = { ...DEFAULT_ICP_THRESHOLDS, maxPaybackMonths: 120 };
    expect(segmentEconomics(seg('a', { cacUsd: 5000 / 3 }), t).acceptable).toBe('holds');
    expect(segmentEconomics(seg('a', { cacUsd: 5000 / 2.99 }), t).acceptable).toBe('fails');
    expect(segmentEconomics(seg('a', { cacUsd: 5000 / 3.01 }), t).acceptable).toBe('holds');
  });
  it('payback must be under 12 months: 12 fails, 11.99 holds, 12.01 fails', () => {
    const t = { ...DEFAULT_ICP_THRESHOLDS, minLtvToCac: 0 };
    expect(segmentEconomics(seg('a', { cacUsd: 1200 }), t).acceptable).toBe('fails');
    expect(segmentEconomics(seg('a', { cacUsd: 1199 }), t).acceptable).toBe('holds');
    expect(segmentEconomics(seg('a', { cacUsd: 1201 }), t).acceptable).toBe('fails');
  });
  it('missing figures are listed, never guessed', () => {
    const e = segmentEconomics(seg('a', { monthlyChurnPct: null, cacUsd: null }), DEFAULT_ICP_THRESHOLDS);
    expect(e.missing).toEqual(['monthly churn', 'CAC']);
    expect(e.ltvToCac).toBeNull();
    expect(e.acceptable).toBe('unknown');
  });
  it('zero churn gives no ratio, with the reason', () => {
    const e = segmentEconomics(seg('a', { monthlyChurnPct: 0 }), DEFAULT_ICP_THRESHOLDS);
    expect(e.ltvToCac).toBeNull();
    expect(e.ratioProblem).toMatch(/unbounded/);
  });
});

describe('ICP strategy recommendation', () => {
  it('no segments: can\'t tell yet', () => {
    const r = computeIcpStrategy(icpInputs([]));
    expect(r.recommendation.strategy).toBeNull();
    expect(r.recommendation.basis).toBe('no-segments');
    expect(recommendationText(r, icpInputs([])).detail).toMatch(/^Can't tell yet, because there are no segments/);
  });
  it('a single segment: Primary, because Multi needs two', () => {
    const r = computeIcpStrategy(icpInputs([seg('a')]));
    expect(r.recommendation).toMatchObject({ strategy: 'primary', basis: 'single-segment' });
  });
  it('a single segment without figures: can\'t tell yet', () => {
    const r = computeIcpStrategy(icpInputs([seg('a', { cacUsd: null })]));
    expect(r.recommendation.strategy).toBeNull();
    expect(recommendationText(r, icpInputs([])).detail).toMatch(/A lacks CAC/);
  });
  it('missing economics in any segment: no leader, can\'t tell yet', () => {
    const inputs = icpInputs([seg('a'), seg('b', { arpaMonthlyUsd: null })]);
    const r = computeIcpStrategy(inputs);
    expect(r.leaderId).toBeNull();
    expect(r.recommendation.basis).toBe('missing-economics');
    expect(conditionText(r.conditions[0]!, r, inputs)).toMatch(/B lacks ARPA/);
  });
  it('a tie for the best LTV:CAC: can\'t tell yet, naming both', () => {
    const inputs = icpInputs([seg('a'), seg('b')]);
    const r = computeIcpStrategy(inputs);
    expect(r.tiedForBest).toEqual(['A', 'B']);
    expect(r.recommendation.basis).toBe('tie-for-best');
    expect(recommendationText(r, inputs).detail).toMatch(/A and B tie for the best LTV:CAC/);
  });

  // a: LTV:CAC 5; b: CAC chosen so that a's lead is exactly, just under and just over 1.5×.
  const outperformAt = (multiple: number) => judged(icpInputs([seg('a'), seg('b', { cacUsd: 1000 * multiple })]), 'outperform');
  it('"significantly outperform" holds at exactly the multiple, fails just below, holds just above', () => {
    expect(outperformAt(1.5)).toBe('holds');
    expect(outperformAt(1.49)).toBe('fails');
    expect(outperformAt(1.51)).toBe('holds');
  });
  const growthAt = (volume: number) => judged(icpInputs([seg('a', { reachableNewCustomersPerMonth: volume }), seg('b', { cacUsd: 4000 })]), 'growth-by-focus');
  it('"growth met by focus" holds when the leader\'s volume reaches the target exactly, fails just below', () => {
    expect(growthAt(10)).toBe('holds');
    expect(growthAt(9.99)).toBe('fails');
    expect(growthAt(10.01)).toBe('holds');
  });
  it('an ARR target uses customers × ARPA × 12', () => {
    const inputs = icpInputs([seg('a'), seg('b', { cacUsd: 4000 })], { growthTargetUnit: 'arr-usd', growthTargetPerMonth: 12_000 });
    expect(computeIcpStrategy(inputs).leaderVolumePerMonth).toBe(12_000);
    expect(judged(inputs, 'growth-by-focus')).toBe('holds');
    expect(judged({ ...inputs, growthTargetPerMonth: 12_001 }, 'growth-by-focus')).toBe('fails');
  });
  it('no growth target: the growth conditions can\'t be judged', () => {
    const inputs = icpInputs([seg('a'), seg('b', { cacUsd: 4000 })], { growthTargetPerMonth: null });
    expect(judged(inputs, 'growth-by-focus')).toBe('unknown');
    expect(judged(inputs, 'aggregate-needed')).toBe('unknown');
  });

  it('clear Primary: the leader outperforms, covers the target, simplicity preferred', () => {
    const inputs = icpInputs([seg('a', { reachableNewCustomersPerMonth: 20 }), seg('b', { cacUsd: 4000, channels: ['events'] })], { prioritizeSimplicity: true });
    const r = computeIcpStrategy(inputs);
    expect(r.recommendation).toMatchObject({ strategy: 'primary', primaryHolds: 3 });
    expect(recommendationText(r, inputs).title).toBe('Primary ICP focus on A');
  });
  it('clear Multi: secondary acceptable, leader short of target, channels differ', () => {
    const inputs = icpInputs([seg('a', { reachableNewCustomersPerMonth: 4 }), seg('b', { cacUsd: 1100, channels: ['events'] })]);
    const r = computeIcpStrategy(inputs);
    expect(r.recommendation).toMatchObject({ strategy: 'multi', multiHolds: 3, primaryHolds: 0 });
    expect(r.segments[1]!.ownChannels).toEqual(['events']);
  });
  it('as many conditions for each: can\'t tell yet, a judgement call', () => {
    // outperform fails (1.2×), growth fails → aggregate holds, simplicity holds, secondary holds, channels same.
    const inputs = icpInputs([seg('a', { reachableNewCustomersPerMonth: 4 }), seg('b', { cacUsd: 1100 })], { prioritizeSimplicity: true });
    const r = computeIcpStrategy(inputs);
    expect(r.recommendation.primaryHolds).toBe(1);
    expect(r.recommendation.multiHolds).toBe(2);
    const tie = icpInputs([seg('a', { reachableNewCustomersPerMonth: 4 }), seg('b', { cacUsd: 1600 })], { prioritizeSimplicity: true });
    const t = computeIcpStrategy(tie);
    // b: LTV:CAC 3.125, payback 16 → not acceptable; outperform 1.6× holds; simplicity holds; aggregate holds; channels same → 2 vs 1.
    expect(t.recommendation.strategy).toBe('primary');
    const even = icpInputs([seg('a', { reachableNewCustomersPerMonth: 4 }), seg('b', { cacUsd: 1100, channels: ['events'] })], { prioritizeSimplicity: true });
    // outperform fails, growth fails, simplicity holds (1) vs secondary, aggregate, channels (3) → Multi.
    expect(computeIcpStrategy(even).recommendation.strategy).toBe('multi');
    const balanced = icpInputs([seg('a', { reachableNewCustomersPerMonth: 20 }), seg('b', { cacUsd: 1100, channels: ['events'] })]);
    // outperform fails, growth holds (1) vs secondary holds, aggregate fails, channels holds (2) → Multi.
    expect(computeIcpStrategy(balanced).recommendation.strategy).toBe('multi');
    const level = icpInputs([seg('a', { reachableNewCustomersPerMonth: 20 }), seg('b', { cacUsd: 1100 })]);
    // growth holds (1) vs secondary holds (1) → tie.
    const lr = computeIcpStrategy(level);
    expect(lr.recommendation).toMatchObject({ strategy: null, basis: 'conditions-tie', primaryHolds: 1, multiHolds: 1 });
  });
  it('an unknown condition that could swing it: can\'t tell yet, naming it', () => {
    const inputs = icpInputs([seg('a', { reachableNewCustomersPerMonth: null }), seg('b', { cacUsd: 1100 })]);
    const r = computeIcpStrategy(inputs);
    expect(r.recommendation.basis).toBe('missing-conditions');
    expect(recommendationText(r, inputs).detail).toMatch(/Growth targets can be met/);
  });
  it('channels not listed: that condition can\'t be judged', () => {
    expect(judged(icpInputs([seg('a'), seg('b', { cacUsd: 2000, channels: [] })]), 'channels-differ')).toBe('unknown');
  });
  it('skill overlap with the leader decides whether a segment needs its own team (at, below, above 50%)', () => {
    const at = computeIcpStrategy(icpInputs([seg('a', { skills: ['x', 'y'] }), seg('b', { cacUsd: 2000, skills: ['x', 'y', 'z', 'w'] })]));
    expect(at.segments[1]!.sharedSkillsPct).toBe(50);
    expect(at.segments[1]!.needsOwnTeam).toBe(false);
    const below = computeIcpStrategy(icpInputs([seg('a', { skills: ['x', 'y'] }), seg('b', { cacUsd: 2000, skills: ['x', 'y', 'z', 'w', 'v'] })]));
    expect(below.segments[1]!.needsOwnTeam).toBe(true);
    const above = computeIcpStrategy(icpInputs([seg('a', { skills: ['x', 'y', 'z'] }), seg('b', { cacUsd: 2000, skills: ['x', 'y', 'z', 'w'] })]));
    expect(above.segments[1]!.needsOwnTeam).toBe(false);
  });
  it('never gives NaN or Infinity, even with zeros', () => {
    const r = computeIcpStrategy(icpInputs([seg('a', { arpaMonthlyUsd: 0 }), seg('b', { cacUsd: 0 }), seg('c', { grossMarginPct: 0 })]));
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|null,null/);
    for (const s of r.segments) for (const v of Object.values(s.economics)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });
});

describe('ICP strategy properties', () => {
  const segArb = (id: string) =>
    fc.record({
      arpaMonthlyUsd: fc.integer({ min: 10, max: 5000 }),
      grossMarginPct: fc.integer({ min: 10, max: 100 }),
      monthlyChurnPct: fc.double({ min: 0.5, max: 20, noNaN: true }),
      cacUsd: fc.integer({ min: 50, max: 50_000 }),
      reachableNewCustomersPerMonth: fc.integer({ min: 0, max: 100 }),
      channels: fc.subarray(['inbound', 'outbound', 'events', 'partners'], { minLength: 1 }),
    }).map((p) => seg(id, p));

  it('improving the best segment\'s economics never turns Primary into Multi-ICP', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 2, maxLength: 4 }).chain((ids) => fc.tuple(...[...new Set(ids)].map(segArb))),
        fc.boolean(),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('customers' as const, 'arr-usd' as const),
        fc.record({ arpa: fc.double({ min: 1, max: 3, noNaN: true }), cac: fc.double({ min: 0.3, max: 1, noNaN: true }), churn: fc.double({ min: 0.3, max: 1, noNaN: true }) }),
        (segments, simple, target, unit, better) => {
          const inputs = icpInputs(segments, { prioritizeSimplicity: simple, growthTargetPerMonth: unit === 'customers' ? target : target * 10_000, growthTargetUnit: unit });
          const before = computeIcpStrategy(inputs);
          if (before.recommendation.strategy !== 'primary' || before.leaderId === null) return;
          const improved = {
            ...inputs,
            segments: inputs.segments.map((s) =>
              s.id === before.leaderId ? { ...s, arpaMonthlyUsd: s.arpaMonthlyUsd! * better.arpa, cacUsd: s.cacUsd! * better.cac, monthlyChurnPct: s.monthlyChurnPct! * better.churn } : s,
            ),
          };
          expect(computeIcpStrategy(improved).recommendation.strategy).toBe('primary');
        },
      ),
    );
  });
});
