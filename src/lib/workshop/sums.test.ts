import fc from 'fast-check';
import { computeBottleneckCosts } from './sums';
import { computeRecruitingChannels, computeRoadmapCosts, computeSuccessMetrics, computeTeamPlan, computeWorkshopSums, emptyWorksheets, getWorksheet, RECRUITING_CHANNELS, TEAM_FUNCTIONS } from '../../presets/workshop';
import { workshopMessages } from './messages';
import { nonFiniteNumbers, worksheetsArb } from './testing/arbitraries';
import { emptyWorksheetValues, setFieldValue, setGroupValue, type FieldValue, type WorksheetValues } from './worksheets/values';

const withFields = (id: Parameters<typeof getWorksheet>[0], fields: Record<string, FieldValue>): WorksheetValues =>
  Object.entries(fields).reduce((v, [k, val]) => setFieldValue(v, k, val), emptyWorksheetValues(getWorksheet(id)));

describe('team plan', () => {
  const current = { engineering: 8, product: 2, marketing: 2, sales: 3, operations: 1 };
  const target = { engineering: 20, product: 5, marketing: 6, sales: 10, 'customer-success': 4, operations: 3, executive: 2 };
  const fields: Record<string, FieldValue> = {
    'current-total': 18,
    ...Object.fromEntries(Object.entries(current).map(([k, v]) => [`current-${k}`, v])),
    ...Object.fromEntries(Object.entries(target).map(([k, v]) => [`target-${k}`, v])),
    'target-total': Object.values(target).reduce((s, v) => s + v, 0),
  };

  it('computes target − current where the seed lists a current figure', () => {
    const r = computeTeamPlan(withFields('team-scaling', fields));
    const eng = r.functions.find((f) => f.functionId === 'engineering');
    expect(eng).toMatchObject({ current: 8, target: 20, computedChange: 12, changeMismatch: false });
    const cs = r.functions.find((f) => f.functionId === 'customer-success');
    expect(cs).toMatchObject({ hasCurrentField: false, current: null, target: 4, computedChange: null });
    expect(r.currentFunctionsSum).toBe(Object.values(current).reduce((s, v) => s + v, 0));
    expect(r.currentOutsideListed).toBe(18 - r.currentFunctionsSum);
    expect(r.targetFunctionsSum).toBe(fields['target-total']);
    expect(r.targetTotalMismatch).toBe(false);
    expect(r.plannedGrowth).toBe((fields['target-total'] as number) - 18);
  });

  it('flags an entered change that disagrees with target − current', () => {
    const r = computeTeamPlan(withFields('team-scaling', { ...fields, 'delta-engineering': 10, 'delta-product': 3 }));
    expect(r.functions.find((f) => f.functionId === 'engineering')).toMatchObject({ changeMismatch: true, message: workshopMessages.teamDeltaMismatch(10, 12) });
    expect(r.functions.find((f) => f.functionId === 'product')).toMatchObject({ changeMismatch: false, message: null });
  });

  it('flags a total target that the functions do not add up to', () => {
    const r = computeTeamPlan(withFields('team-scaling', { ...fields, 'target-total': 60 }));
    expect(r.targetTotalMismatch).toBe(true);
    expect(r.targetTotalMessage).toBe(workshopMessages.teamTargetMismatch(r.targetFunctionsSum, 60));
  });

  it('cannot tell while targets are missing, unless they already exceed the total', () => {
    expect(computeTeamPlan(withFields('team-scaling', { 'target-total': 50, 'target-engineering': 20 })).targetTotalMismatch).toBeNull();
    expect(computeTeamPlan(withFields('team-scaling', { 'target-total': 10, 'target-engineering': 20 })).targetTotalMismatch).toBe(true);
    expect(computeTeamPlan(withFields('team-scaling', {})).targetTotalMismatch).toBeNull();
  });

  it('lists every function of the seed plan', () => {
    expect(computeTeamPlan(withFields('team-scaling', {})).functions.map((f) => f.label)).toEqual(TEAM_FUNCTIONS.map((f) => f.label));
  });
});

describe('recruiting channels', () => {
  it('adds up to 100 with no warning', () => {
    const r = computeRecruitingChannels(withFields('hiring', { 'network-referrals-pct': 40, 'professional-recruiters-pct': 20, 'job-boards-pct': 20, 'university-recruiting-pct': 10, 'social-media-pct': 10 }));
    expect(r.sumPct).toBe(100);
    expect(r.warning).toBeNull();
    expect(r.answered).toBe(RECRUITING_CHANNELS.length);
  });
  it('accepts shares that add to 100 only up to rounding (33.3 + 33.3 + 33.4)', () => {
    const r = computeRecruitingChannels(withFields('hiring', { 'network-referrals-pct': 33.3, 'job-boards-pct': 33.3, 'social-media-pct': 33.4 }));
    expect(r.warning).toBeNull();
  });
  it('warns when they do not', () => {
    const r = computeRecruitingChannels(withFields('hiring', { 'network-referrals-pct': 50, 'job-boards-pct': 30 }));
    expect(r.sumPct).toBe(80);
    expect(r.remainingPct).toBe(20);
    expect(r.warning).toBe(workshopMessages.channelsNot100(80));
    expect(computeRecruitingChannels(withFields('hiring', { 'network-referrals-pct': 70, 'job-boards-pct': 40 })).warning).toBe(workshopMessages.channelsNot100(110));
  });
  it('says nothing before any share is entered', () => {
    expect(computeRecruitingChannels(withFields('hiring', {})).warning).toBeNull();
  });
});

describe('success metrics', () => {
  it('computes absolute and percentage change', () => {
    const [team, revenue, customers] = computeSuccessMetrics(
      withFields('roadmap', { 'team-size-from': 18, 'team-size-to': 50, 'revenue-from': 1_200_000, 'revenue-to': 4_800_000, 'customers-from': 0, 'customers-to': 120 }),
    );
    expect(team).toMatchObject({ change: 32, changePct: ((50 - 18) / 18) * 100, changePctNote: null });
    expect(revenue).toMatchObject({ change: 3_600_000, changePct: 300, unit: 'usd' });
    expect(customers).toMatchObject({ change: 120, changePct: null, changePctNote: 'from-zero' });
  });
  it('leaves changes out while a figure is missing', () => {
    const [team] = computeSuccessMetrics(withFields('roadmap', { 'team-size-to': 50 }));
    expect(team).toMatchObject({ change: null, changePct: null, changePctNote: 'missing' });
  });
});

describe('bottlenecks and roadmap costs', () => {
  it('totals the bottleneck fixes that have a cost', () => {
    let v = emptyWorksheetValues(getWorksheet('technical-scaling'));
    v = setGroupValue(v, 'bottlenecks', 0, 'monthly-cost-usd', 1200);
    v = setGroupValue(v, 'bottlenecks', 0, 'timeline-weeks', 6);
    v = setGroupValue(v, 'bottlenecks', 0, 'name', 'Database writes');
    v = setGroupValue(v, 'bottlenecks', 2, 'monthly-cost-usd', 300);
    v = setGroupValue(v, 'bottlenecks', 2, 'timeline-weeks', 10);
    const r = computeBottleneckCosts(v);
    expect(r).toMatchObject({ totalMonthlyCostUsd: 1500, annualCostUsd: 18000, costsEntered: 2, longestTimelineWeeks: 10 });
    expect(r.rows.map((x) => x.name)).toEqual(['Database writes', null, null]);
  });
  it('has no longest timeline without timelines', () => {
    expect(computeBottleneckCosts(emptyWorksheetValues(getWorksheet('technical-scaling')))).toMatchObject({ totalMonthlyCostUsd: 0, longestTimelineWeeks: null });
  });
  it('totals the phases, with the run-rate after each', () => {
    const r = computeRoadmapCosts(withFields('infrastructure-roadmap', { 'phase-1-monthly-cost-usd': 2000, 'phase-3-monthly-cost-usd': 8000 }));
    expect(r.totalMonthlyCostUsd).toBe(10000);
    expect(r.phasesEntered).toBe(2);
    expect(r.phases.map((p) => p.cumulativeMonthlyCostUsd)).toEqual([2000, null, 10000]);
    expect(r.phases.map((p) => p.label)).toEqual([
      'Phase 1: Immediate Scaling (0-3 months)',
      'Phase 2: Growth Infrastructure (3-9 months)',
      'Phase 3: Enterprise Scale (9-18 months)',
    ]);
  });
  it('the roadmap total is the sum of the entered phases (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1e7 }), { nil: null }), { minLength: 3, maxLength: 3 }), (costs) => {
        const v = withFields('infrastructure-roadmap', Object.fromEntries(costs.map((c, i) => [`phase-${i + 1}-monthly-cost-usd`, c])));
        expect(computeRoadmapCosts(v).totalMonthlyCostUsd).toBe(costs.reduce<number>((s, c) => s + (c ?? 0), 0));
      }),
    );
  });
});

describe('all sums', () => {
  it('work on a fresh workshop without NaN', () => {
    const r = computeWorkshopSums(emptyWorksheets());
    expect(nonFiniteNumbers(r)).toEqual([]);
    expect(r.recruitingChannels.warning).toBeNull();
  });

  it('never produce NaN or Infinity for any valid answers (property)', () => {
    fc.assert(
      fc.property(worksheetsArb, (w) => {
        expect(nonFiniteNumbers(computeWorkshopSums(w))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('the recruiting share sum is the sum of the answered shares (property)', () => {
    fc.assert(
      fc.property(worksheetsArb, (w) => {
        const r = computeRecruitingChannels(w.hiring);
        expect(r.sumPct).toBeCloseTo(r.channels.reduce((s, c) => s + (c.pct ?? 0), 0), 9);
        expect(r.warning === null).toBe(r.answered === 0 || Math.abs(r.sumPct - 100) <= 1e-9);
      }),
    );
  });
});

describe('roadmap cost totals over a year', () => {
  it('are the monthly run-rate increase × 12 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1e7 }), { nil: null }), { minLength: 3, maxLength: 3 }), (costs) => {
        const r = computeRoadmapCosts(withFields('infrastructure-roadmap', Object.fromEntries(costs.map((c, i) => [`phase-${i + 1}-monthly-cost-usd`, c]))));
        expect(r.totalAnnualCostUsd).toBe(r.totalMonthlyCostUsd * 12);
      }),
    );
  });
});
