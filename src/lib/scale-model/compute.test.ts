import { computeScaleModel } from './compute';
import { getScaleModelPreset, SEED_PHASE_2, SEED_STAGE_3_ARR_GATE_USD } from '../../presets/scale-model';
import { monthlyAttritionRate, rampFraction, survival } from './math';
import { allNumbers, hires, plan, role } from './test-fixtures';

const months = (n = 12) => Array.from({ length: n }, (_, i) => i + 1);

describe('headcount and cohort survival', () => {
  it('starting headcount at 20% annual attrition is 0.8 of itself at the end of month 12', () => {
    const result = computeScaleModel(plan([role({ startingHeadcount: 10, annualAttritionPct: 20 })]));
    expect(result.months[11]?.headcount).toBeCloseTo(8, 10);
    expect(result.months[0]?.headcount).toBeCloseTo(10 * survival(monthlyAttritionRate(20), 1), 12);
  });

  it('a cohort hired in month h keeps (1 − monthly)^(m − h) of its people at the end of month m', () => {
    const q = monthlyAttritionRate(30);
    const result = computeScaleModel(plan([role({ hiresPerMonth: hires({ 4: 5 }), annualAttritionPct: 30 })]));
    expect(result.months[2]?.headcount).toBe(0);
    for (const m of months().slice(3)) {
      expect(result.months[m - 1]?.headcount).toBeCloseTo(5 * survival(q, m - 4), 12);
    }
  });

  it('cohorts add up: starting headcount plus every month’s hires, each with its own survival', () => {
    const q = monthlyAttritionRate(15);
    const byMonth = { 1: 2, 3: 1.5, 7: 4 };
    const result = computeScaleModel(plan([role({ startingHeadcount: 6, hiresPerMonth: hires(byMonth), annualAttritionPct: 15 })]));
    for (const m of months()) {
      let expected = 6 * survival(q, m);
      for (const [h, n] of Object.entries(byMonth)) if (Number(h) <= m) expected += n * survival(q, m - Number(h));
      expect(result.months[m - 1]?.headcount).toBeCloseTo(expected, 10);
    }
  });

  it('fractional hires count as fractions of an FTE in headcount, output and cost', () => {
    const result = computeScaleModel(
      plan([role({ hiresPerMonth: hires({ 5: 0.5 }), fullOutputPerMonth: 1000, loadedMonthlyCostUsd: 10_000 })]),
    );
    expect(result.months[4]).toMatchObject({ headcount: 0.5, rampedFte: 0.5, output: 500, headcountCostUsd: 5000 });
    expect(result.totals.hires12).toBe(0.5);
    expect(result.totals.endingHeadcount).toBe(0.5);
  });
});

describe('ramped capacity and output', () => {
  it.each(['linear', 'step'] as const)('a %s ramp of 3 months gives each cohort its ramp fraction by tenure', (curve) => {
    const result = computeScaleModel(plan([role({ hiresPerMonth: hires({ 2: 3 }), rampMonths: 3, rampCurve: curve })]));
    for (const m of months()) {
      const expected = m < 2 ? 0 : 3 * rampFraction(m - 2 + 1, 3, curve);
      expect(result.months[m - 1]?.rampedFte).toBeCloseTo(expected, 12);
    }
  });

  it('starting headcount is fully ramped from month 1 whatever the ramp', () => {
    const result = computeScaleModel(plan([role({ startingHeadcount: 4, rampMonths: 6, rampCurve: 'step' })]));
    expect(result.months[0]?.rampedFte).toBe(4);
  });

  it('output = ramped FTE × fully ramped output × attainment', () => {
    const result = computeScaleModel(
      plan([role({ startingHeadcount: 2, hiresPerMonth: hires({ 1: 1 }), rampMonths: 2, fullOutputPerMonth: 40_000, attainmentPct: 75 })]),
    );
    for (const month of result.months) expect(month.output).toBeCloseTo(month.rampedFte * 40_000 * 0.75, 6);
    expect(result.months[0]?.output).toBeCloseTo(2 * 30_000, 6);
    expect(result.months[1]?.output).toBeCloseTo(2.5 * 30_000, 6);
  });

  it('only roles that count toward the target add to output, gap and 12-month output', () => {
    const result = computeScaleModel(
      plan(
        [
          role({ id: 'ae', startingHeadcount: 1, fullOutputPerMonth: 100 }),
          role({ id: 'eng', startingHeadcount: 5, fullOutputPerMonth: 1, outputUnit: 'FTE-months', countsTowardTarget: false }),
        ],
        { monthlyOutputTarget: 150 },
      ),
    );
    expect(result.months[0]?.output).toBe(100);
    expect(result.months[0]?.gapToTarget).toBe(50);
    expect(result.totals.output12).toBe(1200);
    expect(result.roles.map((r) => r.output12)).toEqual([1200, 60]);
    expect(result.targetUnits).toEqual(['new ARR ($)']);
    expect(result.months[0]?.rampedFte).toBe(6);
  });

  it('the gap is never negative when output beats the target', () => {
    const result = computeScaleModel(plan([role({ startingHeadcount: 3, fullOutputPerMonth: 100 })], { monthlyOutputTarget: 100 }));
    expect(result.months.every((m) => m.gapToTarget === 0)).toBe(true);
  });
});

describe('pipeline coverage', () => {
  it('pipeline needed = target × 3 by default', () => {
    const result = computeScaleModel(plan([role()], { monthlyOutputTarget: 50_000 }));
    expect(result.coverage).toEqual({ multiple: 3, source: 'multiple' });
    expect(result.months.every((m) => m.pipelineNeeded === 150_000)).toBe(true);
  });

  it('a 25% win rate needs 4× the target in pipeline, whatever multiple was entered', () => {
    const result = computeScaleModel(plan([role()], { monthlyOutputTarget: 50_000, winRatePct: 25, coverageMultiple: 3 }));
    expect(result.coverage).toEqual({ multiple: 4, source: 'winRate' });
    expect(result.months[0]?.pipelineNeeded).toBe(200_000);
  });
});

describe('cost and managers', () => {
  it('cost = end-of-month headcount × loaded cost + other costs; cumulative cost adds up', () => {
    const result = computeScaleModel(
      plan([role({ startingHeadcount: 3, hiresPerMonth: hires({ 6: 2 }), loadedMonthlyCostUsd: 12_000 })], { otherMonthlyCostUsd: 5_000 }),
    );
    expect(result.months[0]?.costUsd).toBe(3 * 12_000 + 5_000);
    expect(result.months[5]?.costUsd).toBe(5 * 12_000 + 5_000);
    expect(result.months[11]?.cumulativeCostUsd).toBe(5 * (3 * 12_000 + 5_000) + 7 * (5 * 12_000 + 5_000));
  });

  it('managers = ceil(total headcount ÷ span) overall and per role', () => {
    const result = computeScaleModel(
      plan([role({ id: 'a', startingHeadcount: 5 }), role({ id: 'b', startingHeadcount: 4, hiresPerMonth: hires({ 3: 8 }) })], { spanOfControl: 6 }),
    );
    expect(result.months[0]?.managersNeeded).toBe(Math.ceil(9 / 6));
    expect(result.months[0]?.roles.map((r) => r.managersNeeded)).toEqual([1, 1]);
    expect(result.months[2]?.managersNeeded).toBe(Math.ceil(17 / 6));
    expect(result.months[2]?.roles.map((r) => r.managersNeeded)).toEqual([1, 2]);
    expect(result.totals.maxManagersNeeded).toBe(3);
  });
});

describe('requisitions and lead-time flags', () => {
  const result = computeScaleModel(
    plan([
      role({ id: 'ae', name: 'AE', hiresPerMonth: hires({ 1: 1, 4: 2, 9: 0.5 }), recruitingLeadMonths: 3 }),
      role({ id: 'se', name: 'SE', hiresPerMonth: hires({ 4: 1 }), recruitingLeadMonths: 2.5 }),
    ]),
  );

  it('opens each requisition lead-time months before the hire month and flags those due before month 1', () => {
    expect(result.requisitions.map((r) => [r.roleId, r.hireMonth, r.fte, r.openMonth, r.late, r.monthsLate])).toEqual([
      ['ae', 1, 1, -2, true, 3],
      ['ae', 4, 2, 1, false, 0],
      ['se', 4, 1, 1, false, 0],
      ['ae', 9, 0.5, 6, false, 0],
    ]);
    expect(result.totals.lateRequisitions).toBe(1);
  });

  it('lists late requisitions in month 1 and others in their open month', () => {
    expect(result.months[0]?.requisitionsToOpen.map((r) => `${r.roleId}@${r.hireMonth}`)).toEqual(['ae@1', 'ae@4', 'se@4']);
    expect(result.months[5]?.requisitionsToOpen.map((r) => `${r.roleId}@${r.hireMonth}`)).toEqual(['ae@9']);
    const listed = result.months.reduce((n, m) => n + m.requisitionsToOpen.length, 0);
    expect(listed).toBe(result.requisitions.length);
  });

  it('a lead time of 0 opens in the hire month, so nothing is late', () => {
    const r = computeScaleModel(plan([role({ hiresPerMonth: hires({ 1: 1, 7: 1 }), recruitingLeadMonths: 0 })])).requisitions;
    expect(r.map((q) => [q.hireMonth, q.openMonth, q.late])).toEqual([
      [1, 1, false],
      [7, 7, false],
    ]);
  });

  it('with a 1-month lead, a month-2 hire opens in month 1 (on time) and a month-1 hire in month 0 (late)', () => {
    const r = computeScaleModel(
      plan([role({ hiresPerMonth: hires({ 1: 1, 2: 1, 5: 1 }), recruitingLeadMonths: 1 })]),
    ).requisitions;
    expect(r.map((q) => [q.hireMonth, q.openMonth, q.late])).toEqual([
      [1, 0, true],
      [2, 1, false],
      [5, 4, false],
    ]);
  });
});

describe('odd inputs never give NaN or Infinity', () => {
  const odd = plan(
    [
      role({
        startingHeadcount: Number.NaN,
        hiresPerMonth: [1, -2, Number.POSITIVE_INFINITY, Number.NaN, 1e308, 0.5],
        rampMonths: 120,
        attainmentPct: Number.NEGATIVE_INFINITY,
        annualAttritionPct: 100,
        fullOutputPerMonth: 1e308,
        loadedMonthlyCostUsd: 1e308,
        recruitingLeadMonths: -4,
        rampCurve: 'sideways' as never,
      }),
    ],
    { spanOfControl: 0, winRatePct: 0, coverageMultiple: Number.NaN, grossMarginPct: 250, startingCashUsd: -1 },
  );
  const result = computeScaleModel(odd);

  it('clamps every figure into range and lists what it changed', () => {
    const numbers = allNumbers({ ...result, adjustments: [] });
    expect(numbers.length).toBeGreaterThan(300);
    expect(numbers.every(Number.isFinite)).toBe(true);
    const paths = result.adjustments.map((a) => a.path);
    for (const path of ['roles.0.startingHeadcount', 'roles.0.hiresPerMonth', 'roles.0.hiresPerMonth.1', 'roles.0.rampMonths', 'roles.0.annualAttritionPct', 'roles.0.rampCurve', 'spanOfControl', 'winRatePct', 'coverageMultiple', 'grossMarginPct']) {
      expect(paths).toContain(path);
    }
    expect(result.coverage).toEqual({ multiple: 3, source: 'multiple' });
  });

  it('valid inputs need no adjustments', () => {
    expect(computeScaleModel(plan()).adjustments).toEqual([]);
  });

  it('survives a missing roles list and a non-object', () => {
    expect(computeScaleModel({ ...plan(), roles: undefined as never }).months).toHaveLength(12);
    expect(allNumbers({ ...computeScaleModel(null as never), adjustments: [] }).every(Number.isFinite)).toBe(true);
  });
});

describe('the figures the results show, on the seed’s Phase 2 plan', () => {
  const preset = getScaleModelPreset('phase-2');
  const result = computeScaleModel(preset.inputs);
  const t = result.totals;
  const lines = SEED_PHASE_2.functions;
  const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

  it('starts from each function’s “total − added” and hires the “+N”', () => {
    expect(t.startingHeadcount).toBe(total(lines.map((l) => l.total - l.added)));
    expect(t.startingHeadcount + t.hires12).toBe(total(lines.map((l) => l.total)));
  });

  it('splits the 12-month cost into people and other costs', () => {
    expect(t.otherCostUsd12).toBeCloseTo(12 * preset.inputs.otherMonthlyCostUsd, 6);
    expect(t.headcountCostUsd12 + t.otherCostUsd12).toBeCloseTo(t.costUsd12, 6);
  });

  it('gives the 12-month target and the months short of it', () => {
    expect(t.outputTarget12).toBe(12 * preset.inputs.monthlyOutputTarget);
    expect(t.monthsShortOfTarget).toBe(result.months.filter((m) => m.output < m.outputTarget).length);
  });

  it('goes from the starting ARR to the “$4.5M ARR achieved” of the Stage 2 → 3 gate', () => {
    const ce = result.capitalEfficiency;
    expect(ce.startingArrUsd).toBe(preset.inputs.startingArrUsd);
    expect(ce.startingArrUsd + ce.netNewArrUsd12).toBeCloseTo(ce.endingArrUsd, 6);
    expect(ce.endingArrUsd).toBeCloseTo(SEED_STAGE_3_ARR_GATE_USD, 6);
  });

  it('says how many FTE are still ramping each month, never below 0', () => {
    for (const m of result.months) {
      expect(m.stillRampingFte).toBeCloseTo(m.headcount - m.rampedFte, 12);
      expect(m.stillRampingFte).toBeGreaterThanOrEqual(-1e-9);
    }
    expect(result.months[0]?.stillRampingFte).toBeGreaterThan(0);
  });

  it('counts the late requisitions listed in each month', () => {
    for (const m of result.months) expect(m.lateRequisitionsToOpen).toBe(m.requisitionsToOpen.filter((r) => r.late).length);
    expect(total(result.months.map((m) => m.lateRequisitionsToOpen))).toBe(t.lateRequisitions);
  });
});

describe('the figures the results show, on small plans', () => {
  it('sums starting headcount over roles, and shows no target and no shortfall without one', () => {
    const result = computeScaleModel(plan([role({ id: 'a', startingHeadcount: 2.5 }), role({ id: 'b', startingHeadcount: 4 })]));
    expect(result.totals).toMatchObject({ startingHeadcount: 6.5, outputTarget12: 0, monthsShortOfTarget: 0, otherCostUsd12: 0 });
  });

  it('counts every month short when nothing is produced against a target', () => {
    const result = computeScaleModel(plan([role({ fullOutputPerMonth: 0 })], { monthlyOutputTarget: 10 }));
    expect(result.totals).toMatchObject({ outputTarget12: 120, monthsShortOfTarget: 12 });
  });
});
