import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetsByStage } from '../../data/playbook/financial';
import { infrastructureStages } from '../../data/playbook/infrastructure';
import { buildStagePresets, customStagePreset, presetFromLocation } from './presets';
import { computeStagePlan, projectionMonths, type StagePlanInputs } from './plan';
import { stagePlanInputsSchema } from './schema';

const presets = buildStagePresets(budgetsByStage, infrastructureStages);
const stage = (n: 1 | 2 | 3) => presets[n - 1]!.inputs;

describe('stage planner on the playbook figures', () => {
  it('builds Stage 1–3 presets that pass the schema', () => {
    expect(presets.map((p) => p.id)).toEqual(['stage-1', 'stage-2', 'stage-3']);
    for (const p of presets) expect(stagePlanInputsSchema.safeParse(p.inputs).success).toBe(true);
    expect(stagePlanInputsSchema.safeParse(customStagePreset(presets[0]!).inputs).success).toBe(true);
  });

  it('splits Stage 1 per year and per month and warns that the shares total 101%', () => {
    const r = computeStagePlan(stage(1));
    if (!r.budget.ok) throw new Error('budget failed');
    const personnel = r.budget.lines.find((l) => l.category === 'Personnel')!;
    expect(personnel.yearlyUsd).toBeCloseTo(402_500);
    expect(personnel.monthlyUsd).toBeCloseTo(33_541.6667, 3);
    expect(r.budget.total.sumPct).toBe(101);
    expect(r.budget.total.addsUpTo100).toBe(false);
    expect(r.budget.total.differencePct).toBeCloseTo(1);
    expect(r.budget.total.differenceUsd).toBeCloseTo(5_750);
  });

  it('Stage 2 also totals 101%; Stage 3 adds up', () => {
    const s2 = computeStagePlan(stage(2));
    const s3 = computeStagePlan(stage(3));
    expect(s2.budget.ok && s2.budget.total.differenceUsd).toBeCloseTo(39_000);
    expect(s3.budget.ok && s3.budget.total.addsUpTo100).toBe(true);
  });

  it('checks Stage 1: 9% of $575K is $4,312.50 a month against $5,500 of stated costs', () => {
    const check = computeStagePlan(stage(1)).infrastructureCheck!;
    expect(check.shareMonthlyUsd).toBeCloseTo(4_312.5);
    expect(check.costMonthlyUsd).toBe(5_500);
    expect(check.overUsd).toBeCloseTo(1_187.5);
    expect(check.fits).toBe(false);
    expect(check.usedPct).toBeCloseTo(127.536, 2);
  });

  it('derives cost per user, per 1,000 interactions and downtime', () => {
    const r = computeStagePlan(stage(1));
    expect(r.costPerUserMonthlyUsd).toBeCloseTo(0.55);
    expect(r.costPer1000InteractionsUsd).toBeCloseTo(55);
    expect(r.downtimePerMonth?.minutes).toBeCloseTo(432);
    expect(computeStagePlan(stage(3)).downtimePerMonth?.minutes).toBeCloseTo(43.2);
  });

  it('reaches every limit together when usage starts at the same share of each capacity', () => {
    // 25% of capacity at 10% a month: 1.1^m ≥ 4 first holds at m = 15.
    const r = computeStagePlan(stage(1));
    expect(r.limits.map((l) => l.limit.month)).toEqual([15, 15, 15]);
    expect(r.firstLimit?.limit.month).toBe(15);
    expect(r.projection.length).toBe(projectionMonths(r.limits) + 1);
    expect(r.projection[15]!.usedPct.users).toBeGreaterThanOrEqual(100);
    expect(r.projection[14]!.usedPct.users).toBeLessThan(100);
  });
});

describe('stage planner edges', () => {
  const base = stage(1);
  it('an empty budget, zero capacity and no growth give no numbers that lie', () => {
    const r = computeStagePlan({ ...base, budgetTotalUsd: 0, budgetLines: [], capacityUsers: 0, capacityInteractionsPerMonth: 0, monthlyGrowthPct: 0 });
    expect(r.budget).toEqual({ ok: false, problem: 'no-shares' });
    expect(r.infrastructureCheck).toBeNull();
    expect(r.costPerUserMonthlyUsd).toBeNull();
    expect(r.costPer1000InteractionsUsd).toBeNull();
    expect(r.limits[0]!.limit).toEqual({ month: null, reason: 'no-capacity' });
    expect(r.limits[2]!.limit).toEqual({ month: null, reason: 'no-growth' });
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|null,"usedPct":\{"users":NaN/);
  });

  it('a zero infrastructure share cannot be used up: the percentage is null and the bill does not fit', () => {
    const lines = base.budgetLines.map((l) => (l.id === 'infrastructure' ? { ...l, sharePct: 0 } : l));
    const check = computeStagePlan({ ...base, budgetLines: lines }).infrastructureCheck!;
    expect(check.usedPct).toBeNull();
    expect(check.fits).toBe(false);
  });

  it('huge growth stays finite', () => {
    const r = computeStagePlan({ ...base, monthlyGrowthPct: 1000, currentUsers: 1 });
    expect(r.limits[0]!.limit.month).toBeGreaterThan(0);
    expect(r.projection.every((p) => Number.isFinite(p.users))).toBe(true);
  });

  it('reads the preset from a page link', () => {
    expect(presetFromLocation('?preset=stage-2', '')).toBe('stage-2');
    expect(presetFromLocation('', '#preset=stage-3')).toBe('stage-3');
    expect(presetFromLocation('?preset=stage-9', '')).toBeNull();
    expect(presetFromLocation('', '#share=abc')).toBeNull();
  });
});

describe('stage planner properties', () => {
  const shares = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 });

  it('shares that total 100% never warn, whatever the total', () => {
    fc.assert(
      fc.property(shares, fc.integer({ min: 0, max: 1e9 }), (raw, totalUsd) => {
        // Scale integer weights into whole-percent shares that total exactly 100.
        const sum = raw.reduce((a, b) => a + b, 0) || 1;
        const pct = raw.map((w) => Math.floor((w * 100) / sum));
        pct[0]! += 100 - pct.reduce((a, b) => a + b, 0);
        const inputs: StagePlanInputs = { ...stage(1), budgetTotalUsd: totalUsd, budgetLines: pct.map((p, i) => ({ id: `l${i}`, category: `L${i}`, sharePct: p })) };
        const r = computeStagePlan(inputs);
        return r.budget.ok && r.budget.total.addsUpTo100 && Math.abs(r.budget.total.differenceUsd) < 1e-6 * Math.max(1, totalUsd);
      }),
    );
  });

  it('more growth never delays a capacity limit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (current, capacity, g, extra) => {
          const slow = computeStagePlan({ ...stage(1), currentUsers: current, capacityUsers: capacity, monthlyGrowthPct: g }).limits[0]!.limit;
          const fast = computeStagePlan({ ...stage(1), currentUsers: current, capacityUsers: capacity, monthlyGrowthPct: g + extra }).limits[0]!.limit;
          if (slow.month === null) return true;
          return fast.month !== null && fast.month <= slow.month;
        },
      ),
    );
  });
});
