import { describe, expect, it } from 'vitest';
import { budgetsByStage } from '../../data/playbook/financial';
import { infrastructureStages } from '../../data/playbook/infrastructure';
import { buildStagePresets } from '../stage-planner/presets';
import { budgetLineYearlyUsd, computeStagePlan } from '../stage-planner/plan';
import { computeScaleModel } from '../scale-model';
import { presetInputs } from '../../presets/scale-model';
import { computeUnitEconomics } from '../unit-economics';
import { unitEconomicsPresets } from '../../presets/unit-economics';
import {
  CLOSE_PCT,
  budgetTotalCheck,
  capacityGrowthCheck,
  channelAllocationCheck,
  infrastructureShareCheck,
  monthlyGrowthPct,
  orgHeadcountCheck,
  paybackCheck,
  personnelShareCheck,
} from './checks';

const stage1 = computeStagePlan(buildStagePresets(budgetsByStage, infrastructureStages)[0]!.inputs);
const phase1 = computeScaleModel(presetInputs('phase-1'));

describe('cross-checks on the playbook figures', () => {
  it("Stage 1's infrastructure bill is $1,187.50 a month over the 9% share, 27.5% over: a contradiction", () => {
    const out = infrastructureShareCheck({ infrastructureMonthlyUsd: stage1.infrastructureCostMonthlyUsd, infrastructureShareMonthlyUsd: stage1.infrastructureCheck!.shareMonthlyUsd });
    expect(out.status).toBe('contradiction');
    if (out.status === 'missing') throw new Error();
    expect(out.difference).toBeCloseTo(1_187.5);
    expect(out.differencePct).toBeCloseTo(27.536, 2);
    expect(out.figures.map((f) => f.value)).toEqual([5_500, 4_312.5]);
  });

  it("Phase 1's month-12 headcount cost against Stage 1's personnel share (70% of $575K a month)", () => {
    const share = budgetLineYearlyUsd(stage1, 'personnel')! / 12;
    expect(share).toBeCloseTo(33_541.67, 2);
    const cost = phase1.months[11]!.headcountCostUsd;
    const out = personnelShareCheck({ planMonth12HeadcountCostUsd: cost, personnelShareMonthlyUsd: share });
    if (out.status === 'missing') throw new Error();
    expect(out.difference).toBeCloseTo(cost - share);
    expect(out.status).toBe(cost <= share ? 'consistent' : (cost - share) / share <= CLOSE_PCT / 100 ? 'attention' : 'contradiction');
  });

  it("Phase 1's 12-month cost against Stage 1's $575K", () => {
    const out = budgetTotalCheck({ planCost12Usd: phase1.totals.costUsd12, budgetYearUsd: 575_000 });
    if (out.status === 'missing') throw new Error();
    expect(out.difference).toBeCloseTo(phase1.totals.costUsd12 - 575_000);
  });

  it("compares the scale model's CAC payback with Stage 2's 5 months", () => {
    const stage2 = computeUnitEconomics(unitEconomicsPresets[1]!.inputs);
    expect(stage2.paybackMonths).toBeCloseTo(5);
    expect(paybackCheck({ planPaybackMonths: 5.5, unitPaybackMonths: stage2.paybackMonths })).toMatchObject({ status: 'consistent', difference: expect.closeTo(0.5) });
    expect(paybackCheck({ planPaybackMonths: 7, unitPaybackMonths: 5 }).status).toBe('attention');
    expect(paybackCheck({ planPaybackMonths: 20, unitPaybackMonths: 5 }).status).toBe('contradiction');
    expect(paybackCheck({ planPaybackMonths: 1, unitPaybackMonths: 0 }).status).toBe('contradiction');
  });

  it("Stage 1's marketing share is $74,750 a year: the channel allocation is checked against it", () => {
    const marketing = budgetLineYearlyUsd(stage1, 'marketing')!;
    expect(marketing).toBeCloseTo(74_750);
    expect(channelAllocationCheck({ channelAllocationYearlyUsd: 74_750, marketingShareYearlyUsd: marketing }).status).toBe('consistent');
    expect(channelAllocationCheck({ channelAllocationYearlyUsd: 80_000, marketingShareYearlyUsd: marketing }).status).toBe('attention');
    expect(channelAllocationCheck({ channelAllocationYearlyUsd: 100_000, marketingShareYearlyUsd: marketing }).status).toBe('contradiction');
  });

  it("sets the org design's headcount against the scale model's month-12 headcount", () => {
    const plan = phase1.totals.endingHeadcount;
    expect(orgHeadcountCheck({ orgDesignHeadcount: Math.round(plan), planEndingHeadcount: plan }).status).toBe(Math.abs(Math.round(plan) - plan) < 0.5 ? 'consistent' : 'attention');
    expect(orgHeadcountCheck({ orgDesignHeadcount: 10, planEndingHeadcount: 10.9 }).status).toBe('attention');
    const far = orgHeadcountCheck({ orgDesignHeadcount: 20, planEndingHeadcount: 10 });
    expect(far).toMatchObject({ status: 'contradiction', difference: 10, differencePct: 100 });
  });

  it('finds the month the plan growth hits capacity', () => {
    // 25% of capacity at 10% a month reaches it in month 15: outside a 12-month plan.
    const resources = [{ current: 2_500, capacity: 10_000 }];
    expect(capacityGrowthCheck({ planArrGrowthPct: 10, plannerGrowthPct: 10, resources })).toMatchObject({ status: 'consistent' });
    expect(capacityGrowthCheck({ planArrGrowthPct: 11, plannerGrowthPct: 10, resources }).status).toBe('attention');
    const fast = capacityGrowthCheck({ planArrGrowthPct: 20, plannerGrowthPct: 10, resources });
    expect(fast.status).toBe('contradiction');
    if (fast.status !== 'missing') expect(fast.figures[2]!.value).toBe(8);
    expect(monthlyGrowthPct(100, 121, 2)).toBeCloseTo(10);
    expect(monthlyGrowthPct(0, 121, 2)).toBeNull();
  });
});

describe('cross-checks with missing inputs say which', () => {
  it.each([
    [personnelShareCheck({ planMonth12HeadcountCostUsd: null, personnelShareMonthlyUsd: 1 }), ["the scale model's headcount cost"]],
    [personnelShareCheck({ planMonth12HeadcountCostUsd: 1, personnelShareMonthlyUsd: null }), ["the stage planner's personnel line"]],
    [budgetTotalCheck({ planCost12Usd: null, budgetYearUsd: null }), ["the scale model's 12-month cost", "the stage planner's budget"]],
    [paybackCheck({ planPaybackMonths: null, unitPaybackMonths: 5 }), ["the scale model's CAC payback"]],
    [infrastructureShareCheck({ infrastructureMonthlyUsd: 5, infrastructureShareMonthlyUsd: null }), ["the budget's infrastructure line"]],
    [channelAllocationCheck({ channelAllocationYearlyUsd: null, marketingShareYearlyUsd: 1 }), ['the channel allocation']],
    [orgHeadcountCheck({ orgDesignHeadcount: null, planEndingHeadcount: Number.NaN }), ["the org design's headcount", "the scale model's headcount"]],
    [capacityGrowthCheck({ planArrGrowthPct: null, plannerGrowthPct: 10, resources: null }), ["the scale model's ARR growth", "the stage planner's capacity"]],
  ])('%#', (outcome, missing) => {
    expect(outcome).toEqual({ status: 'missing', missing });
  });

  it('never returns NaN or Infinity', () => {
    const outs = [
      personnelShareCheck({ planMonth12HeadcountCostUsd: 5, personnelShareMonthlyUsd: 0 }),
      orgHeadcountCheck({ orgDesignHeadcount: 3, planEndingHeadcount: 0 }),
      capacityGrowthCheck({ planArrGrowthPct: 0, plannerGrowthPct: 0, resources: [{ current: 0, capacity: 0 }] }),
    ];
    expect(JSON.stringify(outs)).not.toMatch(/NaN|Infinity/);
    for (const o of outs) if (o.status !== 'missing') expect(o.figures.every((f) => f.value === null || Number.isFinite(f.value))).toBe(true);
  });
});
