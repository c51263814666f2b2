import fc from 'fast-check';
import { messages } from '../messages';
import { computeAutomationRoi, monthlySavingsUsd, paybackMonths, WEEKS_PER_MONTH } from './compute';
import { automationMessages } from './messages';
import { automationRoiInputsSchema, emptyAutomationProcess, MAX_USD, type AutomationProcessInput } from './schema';

const process = (p: Partial<AutomationProcessInput>): AutomationProcessInput => ({ ...emptyAutomationProcess('Invoice matching'), ...p });

describe('worked examples', () => {
  it('12 h/week at $25/h: 52 h/month → $1,300 savings; $260/month → 5:1; $2,080 set-up → 2 months', () => {
    // 12 × 52 ÷ 12 = 52 hours a month; 52 × $25 = $1,300; $1,300 ÷ $260 = 5; $2,080 ÷ ($1,300 − $260) = 2.
    const r = computeAutomationRoi({
      loadedHourlyCostUsd: 25,
      processes: [process({ currentHoursPerWeek: 15, hoursSavedPerWeek: 12, monthlyCostUsd: 260, oneTimeCostUsd: 2080 })],
    });
    const f = r.processes[0]?.figures;
    expect(f?.monthlySavingsUsd).toBeCloseTo(1300, 9);
    expect(f?.netMonthlyBenefitUsd).toBeCloseTo(1040, 9);
    expect(f?.annualNetBenefitUsd).toBeCloseTo(12480, 9);
    expect(f?.roiRatio).toBeCloseTo(5, 12);
    expect(f?.payback).toEqual({ neverPaysBack: false, months: expect.closeTo(2, 9) });
    expect(r.processes[0]?.savedSharePct).toBe(80);
    expect(r.issues).toEqual([]);
  });

  it('10 h/week at $50/h is $2,166.67 a month (520 h a year ÷ 12 × $50)', () => {
    expect(monthlySavingsUsd(10, 50)).toBeCloseTo((10 * 52 * 50) / 12, 9);
    expect(monthlySavingsUsd(10, 50)).toBeCloseTo(2166.6667, 4);
    expect(WEEKS_PER_MONTH).toBe(52 / 12);
  });

  it('totals the three seed rows and computes ROI and payback on the totals', () => {
    const rows = [
      process({ hoursSavedPerWeek: 12, monthlyCostUsd: 260, oneTimeCostUsd: 1000 }),
      process({ hoursSavedPerWeek: 6, monthlyCostUsd: 100 }),
      process({ hoursSavedPerWeek: 3, monthlyCostUsd: 0, oneTimeCostUsd: 500 }),
    ];
    const r = computeAutomationRoi({ loadedHourlyCostUsd: 40, processes: rows });
    const savings = (12 + 6 + 3) * WEEKS_PER_MONTH * 40;
    expect(r.totals.hoursSavedPerWeek).toBe(21);
    expect(r.totals.monthlyCostUsd).toBe(360);
    expect(r.totals.oneTimeCostUsd).toBe(1500);
    expect(r.totals.monthlySavingsUsd).toBeCloseTo(savings, 9);
    expect(r.totals.roiRatio).toBeCloseTo(savings / 360, 9);
    expect(r.totals.payback).toEqual({ neverPaysBack: false, months: expect.closeTo(1500 / (savings - 360), 9) });
    expect(r.totals.countedProcesses).toBe(3);
  });
});

describe('zero and missing costs', () => {
  it('no running cost: no ratio, says why; no one-time cost: pays back at once', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: 30, processes: [process({ hoursSavedPerWeek: 2, monthlyCostUsd: 0 })] });
    expect(r.processes[0]?.figures).toMatchObject({ roiRatio: null, roiNote: 'no-running-cost', payback: { neverPaysBack: false, months: 0 } });
    expect(r.totals.roiNote).toBe('no-running-cost');
  });

  it('a blank monthly cost is "not known yet", not 0: the process is not counted', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: 30, processes: [process({ hoursSavedPerWeek: 2 })] });
    expect(r.processes[0]?.status).toBe('incomplete');
    expect(r.totals.countedProcesses).toBe(0);
    expect(r.totals.uncountedProcesses).toBe(1);
    expect(r.totals.roiNote).toBe('not-counted');
  });

  it('without the hourly cost: hours and costs add up, dollars saved do not, and it asks for the rate', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: null, processes: [process({ hoursSavedPerWeek: 5, monthlyCostUsd: 50 })] });
    expect(r.totals).toMatchObject({ hoursSavedPerWeek: 5, monthlyCostUsd: 50, monthlySavingsUsd: null, roiRatio: null, roiNote: 'missing-hourly-cost', payback: null });
    expect(r.issues).toEqual([{ processIndex: null, field: 'loadedHourlyCostUsd', message: automationMessages.rateMissing }]);
  });

  it('ignores blank rows entirely', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: 30, processes: [emptyAutomationProcess(), emptyAutomationProcess()] });
    expect(r.processes.map((p) => p.status)).toEqual(['empty', 'empty']);
    expect(r.totals.uncountedProcesses).toBe(0);
    expect(r.issues).toEqual([]);
  });
});

describe('never pays back', () => {
  it('when savings are below the monthly cost (1 h/week at $12 = $52 < $100)', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: 12, processes: [process({ hoursSavedPerWeek: 1, monthlyCostUsd: 100, oneTimeCostUsd: 0 })] });
    const f = r.processes[0]?.figures;
    expect(f?.netMonthlyBenefitUsd).toBeCloseTo(52 - 100, 9);
    expect(f?.payback).toEqual({ neverPaysBack: true, reason: 'savings-below-cost' });
  });

  it('when savings only equal the cost and there is a set-up cost to recover', () => {
    expect(paybackMonths(500, 0)).toEqual({ neverPaysBack: true, reason: 'no-net-benefit' });
    expect(paybackMonths(0, 0)).toEqual({ neverPaysBack: false, months: 0 });
    expect(paybackMonths(0, -1)).toEqual({ neverPaysBack: true, reason: 'savings-below-cost' });
  });
});

describe('validation', () => {
  it('flags hours saved above current effort and leaves the row out', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: 30, processes: [process({ currentHoursPerWeek: 5, hoursSavedPerWeek: 8, monthlyCostUsd: 10 })] });
    expect(r.issues).toEqual([{ processIndex: 0, field: 'hoursSavedPerWeek', message: automationMessages.savedMoreThanCurrent(8, 5) }]);
    expect(r.processes[0]?.status).toBe('invalid');
    expect(r.totals.countedProcesses).toBe(0);
  });

  it.each([
    ['negative hours', { hoursSavedPerWeek: -1, monthlyCostUsd: 0 }, 'hoursSavedPerWeek', messages.belowMin(0)],
    ['more hours than a week has', { currentHoursPerWeek: 200, hoursSavedPerWeek: 1, monthlyCostUsd: 0 }, 'currentHoursPerWeek', messages.aboveMax(168)],
    ['a negative cost', { hoursSavedPerWeek: 1, monthlyCostUsd: -5 }, 'monthlyCostUsd', messages.belowMin(0)],
    ['NaN', { hoursSavedPerWeek: Number.NaN, monthlyCostUsd: 1 }, 'hoursSavedPerWeek', messages.notANumber],
    ['Infinity', { hoursSavedPerWeek: 1, monthlyCostUsd: 1, oneTimeCostUsd: Number.POSITIVE_INFINITY }, 'oneTimeCostUsd', messages.notANumber],
  ] as const)('rejects %s', (_name, p, field, message) => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: 30, processes: [process(p)] });
    expect(r.issues).toContainEqual({ processIndex: 0, field, message });
    expect(r.processes[0]?.status).toBe('invalid');
  });

  it('rejects a negative hourly cost', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: -10, processes: [process({ hoursSavedPerWeek: 1, monthlyCostUsd: 1 })] });
    expect(r.issues).toEqual([{ processIndex: null, field: 'loadedHourlyCostUsd', message: messages.belowMin(0) }]);
    expect(r.totals.monthlySavingsUsd).toBeNull();
  });

  it('handles huge figures without Infinity', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: MAX_USD, processes: [process({ hoursSavedPerWeek: 168, monthlyCostUsd: 1e-9, oneTimeCostUsd: MAX_USD })] });
    expect(Number.isFinite(r.totals.roiRatio)).toBe(true);
    expect(r.totals.payback?.neverPaysBack).toBe(false);
  });

  it('refuses amounts above $1 trillion', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: 30, processes: [process({ hoursSavedPerWeek: 1, monthlyCostUsd: MAX_USD * 10 })] });
    expect(r.issues).toEqual([{ processIndex: 0, field: 'monthlyCostUsd', message: messages.aboveMax(MAX_USD) }]);
  });

  it('gives no ratio, not Infinity, for a vanishing running cost', () => {
    const r = computeAutomationRoi({ loadedHourlyCostUsd: MAX_USD, processes: [process({ hoursSavedPerWeek: 168, monthlyCostUsd: Number.MIN_VALUE })] });
    expect(r.totals).toMatchObject({ roiRatio: null, roiNote: 'out-of-range' });
    expect(paybackMonths(MAX_USD, Number.MIN_VALUE)).toEqual({ neverPaysBack: true, reason: 'beyond-range' });
  });
});

describe('schema', () => {
  it('accepts a valid input and rejects bad values', () => {
    const good = { loadedHourlyCostUsd: 40, processes: [process({ hoursSavedPerWeek: 2, monthlyCostUsd: 10 })] };
    expect(automationRoiInputsSchema.safeParse(good).success).toBe(true);
    expect(automationRoiInputsSchema.safeParse({ ...good, loadedHourlyCostUsd: -1 }).success).toBe(false);
    expect(automationRoiInputsSchema.safeParse({ ...good, processes: [{ ...good.processes[0], hoursSavedPerWeek: 169 }] }).success).toBe(false);
    expect(automationRoiInputsSchema.safeParse({ ...good, processes: [{ name: 'x' }] }).success).toBe(false);
  });
});

describe('properties', () => {
  const money = fc.double({ min: 0, max: 1e6, noNaN: true });
  const hours = fc.double({ min: 0, max: 168, noNaN: true });
  const row = fc.record({
    name: fc.string({ maxLength: 10 }),
    currentHoursPerWeek: fc.option(hours, { nil: null }),
    hoursSavedPerWeek: fc.option(hours, { nil: null }),
    monthlyCostUsd: fc.option(money, { nil: null }),
    oneTimeCostUsd: fc.option(money, { nil: null }),
  });
  const inputs = fc.record({ loadedHourlyCostUsd: fc.option(money, { nil: null }), processes: fc.array(row, { maxLength: 6 }) });

  // Any double at all, NaN, ±Infinity, -0 and denormals included: bad values become messages, never NaN.
  const anything = fc.option(fc.double(), { nil: null });
  const wild = fc.record({
    loadedHourlyCostUsd: anything,
    processes: fc.array(
      fc.record({ name: fc.string({ maxLength: 5 }), currentHoursPerWeek: anything, hoursSavedPerWeek: anything, monthlyCostUsd: anything, oneTimeCostUsd: anything }),
      { maxLength: 6 },
    ),
  });

  it('never returns NaN or Infinity, whatever the numbers', () => {
    fc.assert(
      fc.property(fc.oneof(inputs, wild), (i) => {
        const r = computeAutomationRoi(i);
        const numbers = JSON.stringify(r, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'BAD' : v));
        expect(numbers).not.toContain('BAD');
      }),
    );
  });

  it('more hours saved never lowers the savings', () => {
    fc.assert(
      fc.property(hours, hours, money, (a, b, rate) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(monthlySavingsUsd(hi, rate)).toBeGreaterThanOrEqual(monthlySavingsUsd(lo, rate));
        const total = (h: number) =>
          computeAutomationRoi({ loadedHourlyCostUsd: rate, processes: [process({ hoursSavedPerWeek: h, monthlyCostUsd: 10 })] }).totals.monthlySavingsUsd ?? 0;
        expect(total(hi)).toBeGreaterThanOrEqual(total(lo));
      }),
    );
  });

  it('payback is never negative, and pays back exactly when savings beat the cost or nothing is owed', () => {
    fc.assert(
      fc.property(money, fc.double({ min: -1e6, max: 1e6, noNaN: true }), (oneTime, net) => {
        const p = paybackMonths(oneTime, net);
        if (p.neverPaysBack) expect(net < 0 || (net === 0 && oneTime > 0) || (p.reason === 'beyond-range' && !Number.isFinite(oneTime / net))).toBe(true);
        else expect(p.months).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('totals equal the sum of the counted processes', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = computeAutomationRoi(i);
        const counted = r.processes.filter((p) => p.status === 'counted');
        const hoursSum = counted.reduce((s, p) => s + (p.figures?.hoursSavedPerWeek ?? 0), 0);
        expect(r.totals.hoursSavedPerWeek).toBeCloseTo(hoursSum, 6);
        expect(r.totals.countedProcesses).toBe(counted.length);
      }),
    );
  });
});

describe('hours saved a month', () => {
  it("is a week's hours × 52 ÷ 12, for a process and the totals", () => {
    const r = computeAutomationRoi({
      loadedHourlyCostUsd: 50,
      processes: [process({ currentHoursPerWeek: 10, hoursSavedPerWeek: 6, monthlyCostUsd: 0, oneTimeCostUsd: 0 }), process({ currentHoursPerWeek: 10, hoursSavedPerWeek: 3, monthlyCostUsd: 0, oneTimeCostUsd: 0 })],
    });
    expect(r.processes[0]?.figures?.hoursSavedPerMonth).toBeCloseTo(26, 9);
    expect(r.totals.hoursSavedPerMonth).toBeCloseTo(39, 9);
  });
});
