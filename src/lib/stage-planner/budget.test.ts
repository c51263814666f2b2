import fc from 'fast-check';
import { budgetAllocation, infrastructureBudgetCheck } from './budget';
import { budgetsByStage } from '../../data/playbook/financial';
import { infrastructureStages } from '../../data/playbook/infrastructure';
import { stage1Chart, stage2Chart, stage3Chart } from '../../data/playbook/org-charts';

const byStage = (stage: number) => {
  const budget = budgetsByStage.find((b) => b.stage === stage);
  if (!budget) throw new Error(`no budget for stage ${stage}`);
  return budget;
};

describe('budgetAllocation on the playbook budgets', () => {
  it('carries the seed totals and shares exactly', () => {
    expect(budgetsByStage.map((b) => [b.totalUsd, b.sharesPct.map((s) => s.sharePct)])).toEqual([
      [575_000, [70, 9, 13, 9]],
      [3_900_000, [62, 8, 23, 8]],
      [16_000_000, [56, 8, 28, 8]],
    ]);
  });

  it('Stage 1 ($575K): 70+9+13+9 = 101%, amounts from the total, $5,750 over', () => {
    const r = budgetAllocation(byStage(1));
    if (!r.ok) throw new Error('expected ok');
    expect(r.sumPct).toBe(70 + 9 + 13 + 9);
    expect(r.sumPct).toBe(101);
    expect(r.addsUpTo100).toBe(false);
    expect(r.lines.map((l) => l.amountUsd)).toEqual([575_000 * 0.7, 575_000 * 0.09, 575_000 * 0.13, 575_000 * 0.09].map((n) => expect.closeTo(n, 6)));
    expect(r.lines[0]?.amountUsd).toBeCloseTo(402_500, 6);
    expect(r.allocatedUsd).toBeCloseTo(575_000 * 1.01, 6);
    expect(r.differenceUsd).toBeCloseTo(575_000 * 0.01, 6);
  });

  it('Stage 2 ($3.9M): 62+8+23+8 = 101%, $39,000 over', () => {
    const r = budgetAllocation(byStage(2));
    if (!r.ok) throw new Error('expected ok');
    expect(r.sumPct).toBe(101);
    expect(r.addsUpTo100).toBe(false);
    expect(r.lines.map((l) => l.amountUsd)).toEqual([2_418_000, 312_000, 897_000, 312_000].map((n) => expect.closeTo(n, 6)));
    expect(r.differenceUsd).toBeCloseTo(3_900_000 * 0.01, 6);
  });

  it('Stage 3 ($16M): 56+8+28+8 = 100%, amounts add up to the total', () => {
    const r = budgetAllocation(byStage(3));
    if (!r.ok) throw new Error('expected ok');
    expect(r.sumPct).toBe(100);
    expect(r.addsUpTo100).toBe(true);
    expect(r.lines.map((l) => l.amountUsd)).toEqual([8_960_000, 1_280_000, 4_480_000, 1_280_000].map((n) => expect.closeTo(n, 6)));
    expect(r.allocatedUsd).toBeCloseTo(16_000_000, 6);
    expect(r.differenceUsd).toBeCloseTo(0, 6);
  });
});

describe('budgetAllocation edges', () => {
  it.each([
    [{ totalUsd: Number.NaN, sharesPct: [{ category: 'a', sharePct: 100 }] }, 'total-not-a-number'],
    [{ totalUsd: Number.POSITIVE_INFINITY, sharesPct: [{ category: 'a', sharePct: 100 }] }, 'total-not-a-number'],
    [{ totalUsd: -1, sharesPct: [{ category: 'a', sharePct: 100 }] }, 'total-negative'],
    [{ totalUsd: 100, sharesPct: [] }, 'no-shares'],
    [{ totalUsd: 100, sharesPct: [{ category: 'a', sharePct: Number.NaN }] }, 'share-not-a-number'],
    [{ totalUsd: 100, sharesPct: [{ category: 'a', sharePct: -5 }] }, 'share-out-of-range'],
    [{ totalUsd: 100, sharesPct: [{ category: 'a', sharePct: 101 }] }, 'share-out-of-range'],
  ])('rejects %o as %s', (inputs, problem) => {
    expect(budgetAllocation(inputs)).toEqual({ ok: false, problem });
  });

  it('a zero total gives zero amounts, and the sum is still reported', () => {
    const r = budgetAllocation({ totalUsd: 0, sharesPct: [{ category: 'a', sharePct: 60 }, { category: 'b', sharePct: 30 }] });
    expect(r).toMatchObject({ ok: true, sumPct: 90, addsUpTo100: false, allocatedUsd: 0, differenceUsd: 0 });
  });

  it('decimal shares that total 100 count as adding up', () => {
    const r = budgetAllocation({ totalUsd: 1, sharesPct: [33.3, 33.3, 33.4].map((sharePct, i) => ({ category: String(i), sharePct })) });
    expect(r.ok && r.addsUpTo100).toBe(true);
  });

  it('a total so large the amounts overflow is rejected, not returned as Infinity', () => {
    const r = budgetAllocation({ totalUsd: Number.MAX_VALUE, sharesPct: [{ category: 'a', sharePct: 100 }, { category: 'b', sharePct: 100 }] });
    expect(r).toEqual({ ok: false, problem: 'total-too-large' });
  });

  it('huge totals stay finite', () => {
    const r = budgetAllocation({ totalUsd: 1e15, sharesPct: [{ category: 'a', sharePct: 100 }] });
    expect(r.ok && r.allocatedUsd).toBe(1e15);
  });
});

describe('budgetAllocation properties', () => {
  const shares = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 });
  const total = fc.double({ min: 0, max: 1e9, noNaN: true });

  it('the amounts add up to total × sum of shares ÷ 100', () => {
    fc.assert(
      fc.property(total, shares, (totalUsd, pcts) => {
        const r = budgetAllocation({ totalUsd, sharesPct: pcts.map((sharePct, i) => ({ category: String(i), sharePct })) });
        if (!r.ok) return false;
        const expected = (totalUsd * r.sumPct) / 100;
        return Math.abs(r.allocatedUsd - expected) <= 1e-6 * Math.max(1, expected);
      }),
    );
  });

  it('never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(total, shares, (totalUsd, pcts) => {
        const r = budgetAllocation({ totalUsd, sharesPct: pcts.map((sharePct, i) => ({ category: String(i), sharePct })) });
        return r.ok && [r.sumPct, r.allocatedUsd, r.differenceUsd, ...r.lines.map((l) => l.amountUsd)].every(Number.isFinite);
      }),
    );
  });

  it('a larger share never gets a smaller amount', () => {
    fc.assert(
      fc.property(total, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (totalUsd, a, b) => {
        const r = budgetAllocation({ totalUsd, sharesPct: [{ category: 'a', sharePct: a }, { category: 'b', sharePct: b }] });
        if (!r.ok) return false;
        const [la, lb] = r.lines;
        return a <= b ? la!.amountUsd <= lb!.amountUsd : la!.amountUsd >= lb!.amountUsd;
      }),
    );
  });
});

describe('infrastructureBudgetCheck', () => {
  it('each stage’s bill over its months fits inside its infrastructure share', () => {
    const charts = [stage1Chart, stage2Chart, stage3Chart];
    const results = infrastructureStages.map((infra, i) => {
      const chart = charts[i]!;
      const budget = budgetAllocation(byStage(infra.stage));
      if (!budget.ok) throw new Error('expected ok');
      const share = budget.lines.find((l) => l.category === 'Infrastructure')!;
      return infrastructureBudgetCheck({
        monthlyCostUsd: infra.capacity.cloudMonthlyUsd + infra.capacity.aiMlMonthlyUsd,
        months: chart.monthsTo - chart.monthsFrom + 1,
        infrastructureBudgetUsd: share.amountUsd,
      });
    });
    // Stage 1: $5.5K × 6 = $33K of $51,750; Stage 2: $17.5K × 12 = $210K of $312K; Stage 3: $58K × 18 = $1.044M of $1.28M.
    expect(results.map((r) => r?.runCostUsd)).toEqual([5_500 * 6, 17_500 * 12, 58_000 * 18]);
    expect(results.map((r) => r?.headroomUsd)).toEqual([51_750 - 33_000, 312_000 - 210_000, 1_280_000 - 1_044_000].map((n) => expect.closeTo(n, 6)));
    expect(results[0]?.budgetUsedPct).toBeCloseTo((33_000 / 51_750) * 100, 9);
  });

  it('returns null for unusable input and no percentage for a zero budget', () => {
    expect(infrastructureBudgetCheck({ monthlyCostUsd: Number.NaN, months: 1, infrastructureBudgetUsd: 1 })).toBeNull();
    expect(infrastructureBudgetCheck({ monthlyCostUsd: 1, months: -1, infrastructureBudgetUsd: 1 })).toBeNull();
    expect(infrastructureBudgetCheck({ monthlyCostUsd: 10, months: 2, infrastructureBudgetUsd: 0 })).toEqual({ runCostUsd: 20, budgetUsedPct: null, headroomUsd: -20 });
  });
});
