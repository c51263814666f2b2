import fc from 'fast-check';
import {
  burnMultipleBand,
  managersNeeded,
  monthlyAttritionRate,
  rampFraction,
  ratioMetric,
  resolveCoverage,
  spreadEvenly,
  sum,
  survival,
} from './math';
import { DEFAULT_COVERAGE_MULTIPLE } from './rules';

describe('rampFraction', () => {
  // Expected values follow the definition: linear min(1, (k−1)/R), step (k−1 ≥ R ? 1 : 0), R = 0 → 1.
  const months = [1, 2, 3, 4, 5, 6];
  const linear = (k: number, r: number) => (r === 0 ? 1 : Math.min(1, (k - 1) / r));
  const step = (k: number, r: number) => (k - 1 >= r ? 1 : 0);

  it.each([0, 1, 3])('linear ramp with R = %i', (r) => {
    expect(months.map((k) => rampFraction(k, r, 'linear'))).toEqual(months.map((k) => linear(k, r)));
  });

  it.each([0, 1, 3])('step ramp with R = %i', (r) => {
    expect(months.map((k) => rampFraction(k, r, 'step'))).toEqual(months.map((k) => step(k, r)));
  });

  it('spells out R = 3: linear 0, ⅓, ⅔, 1; step nothing until month 4', () => {
    expect([1, 2, 3, 4, 5].map((k) => rampFraction(k, 3, 'linear'))).toEqual([0, 1 / 3, 2 / 3, 1, 1]);
    expect([1, 2, 3, 4, 5].map((k) => rampFraction(k, 3, 'step'))).toEqual([0, 0, 0, 1, 1]);
  });

  it('R = 0 is productive from the hire month on either curve', () => {
    expect(rampFraction(1, 0, 'linear')).toBe(1);
    expect(rampFraction(1, 0, 'step')).toBe(1);
  });

  it('a decimal ramp of 2.5 months: linear reaches 0.8 in month 3, step is full from month 4 (R + 1 = 3.5)', () => {
    expect(rampFraction(3, 2.5, 'linear')).toBeCloseTo(2 / 2.5, 12);
    expect(rampFraction(3, 2.5, 'step')).toBe(0);
    expect(rampFraction(4, 2.5, 'step')).toBe(1);
  });

  it('never leaves 0–1 and never falls as tenure grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 60, noNaN: true }), fc.constantFrom('linear' as const, 'step' as const), (k, r, curve) => {
        const now = rampFraction(k, r, curve);
        expect(now).toBeGreaterThanOrEqual(0);
        expect(now).toBeLessThanOrEqual(1);
        expect(rampFraction(k + 1, r, curve)).toBeGreaterThanOrEqual(now);
      }),
    );
  });
});

describe('attrition', () => {
  it('20% a year is 1 − 0.8^(1/12) a month, and 12 months of survival compound back to 0.8', () => {
    const monthly = monthlyAttritionRate(20);
    expect(monthly).toBeCloseTo(1 - 0.8 ** (1 / 12), 15);
    expect(monthly).toBeCloseTo(0.018423, 6);
    expect(survival(monthly, 12)).toBeCloseTo(0.8, 12);
    expect(survival(monthly, 6)).toBeCloseTo(Math.sqrt(0.8), 12);
  });

  it('0% keeps everyone; survival after 0 months is 1', () => {
    expect(monthlyAttritionRate(0)).toBe(0);
    expect(survival(monthlyAttritionRate(35), 0)).toBe(1);
  });

  it('survival after 12 months equals 1 − annual rate for any rate below 100%', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 99.9, noNaN: true }), (annual) => {
        expect(survival(monthlyAttritionRate(annual), 12)).toBeCloseTo(1 - annual / 100, 9);
      }),
    );
  });

  it('odd rates stay finite: NaN counts as none, 100% and above lose everyone after a month', () => {
    expect(monthlyAttritionRate(Number.NaN)).toBe(0);
    expect(monthlyAttritionRate(150)).toBe(1);
    expect(monthlyAttritionRate(-10)).toBe(0);
  });
});

describe('managersNeeded', () => {
  it.each([
    [0, 8, 0],
    [1, 8, 1],
    [8, 8, 1],
    [8.01, 8, 2],
    [16, 8, 2],
    [7.5, 7.5, 1],
    [0.3, 1, 1],
    [100, 1, 100],
  ])('%d reports at a span of %d need %d managers', (headcount, span, expected) => {
    expect(managersNeeded(headcount, span)).toBe(expected);
  });

  it('float error does not add a manager (0.1 × 3 × 10 reports at a span of 3)', () => {
    const headcount = 0.1 * 3 * 10; // 3.0000000000000004
    expect(headcount).not.toBe(3);
    expect(managersNeeded(headcount, 3)).toBe(1);
  });

  it('a span below 1 or a negative headcount needs no managers rather than a nonsense count', () => {
    expect(managersNeeded(10, 0)).toBe(0);
    expect(managersNeeded(-5, 8)).toBe(0);
  });
});

describe('resolveCoverage', () => {
  it('defaults to the playbook’s 3× when no win rate is given', () => {
    expect(DEFAULT_COVERAGE_MULTIPLE).toBe(3);
    expect(resolveCoverage(null)).toEqual({ multiple: 3, source: 'multiple' });
  });

  it('uses 1 ÷ win rate when a win rate is given: 25% → 4×', () => {
    expect(resolveCoverage(25, 3)).toEqual({ multiple: 4, source: 'winRate' });
    expect(resolveCoverage(100, 3).multiple).toBe(1);
  });

  it('keeps the entered multiple when the win rate is unusable', () => {
    expect(resolveCoverage(0, 5)).toEqual({ multiple: 5, source: 'multiple' });
    expect(resolveCoverage(Number.NaN, 5)).toEqual({ multiple: 5, source: 'multiple' });
  });
});

describe('burnMultipleBand (Sacks 2020)', () => {
  it.each([
    [0.2, 'amazing'],
    [0.999, 'amazing'],
    [1, 'great'],
    [1.5, 'great'],
    [1.51, 'good'],
    [2, 'good'],
    [2.5, 'suspect'],
    [3, 'suspect'],
    [3.01, 'bad'],
    [12, 'bad'],
  ] as const)('%d is %s', (value, band) => {
    expect(burnMultipleBand(value)).toBe(band);
  });
});

describe('ratioMetric', () => {
  it('divides, or returns the reason when the denominator is not positive or the result overflows', () => {
    expect(ratioMetric(6, 3, 'noNetNewArr')).toEqual({ value: 2, reason: null });
    expect(ratioMetric(6, 0, 'noNetNewArr')).toEqual({ value: null, reason: 'noNetNewArr' });
    expect(ratioMetric(6, -1, 'noNetNewArr')).toEqual({ value: null, reason: 'noNetNewArr' });
    expect(ratioMetric(1e300, 1e-300, 'noNetNewArr')).toEqual({ value: null, reason: 'outOfRange' });
  });
});

describe('spreadEvenly', () => {
  it('puts six hires in months 1, 3, 5, 7, 9, 11 (whole people, front-loaded)', () => {
    const months = spreadEvenly(6);
    expect(months.flatMap((n, i) => (n > 0 ? [i + 1] : []))).toEqual([1, 3, 5, 7, 9, 11]);
  });

  it('puts twelve hires one a month and one hire in month 1', () => {
    expect(spreadEvenly(12)).toEqual(Array(12).fill(1));
    expect(spreadEvenly(1)).toEqual([1, ...Array(11).fill(0)]);
  });

  it('keeps the total, never goes negative and gives no month more than ceil(total ÷ 12)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), (total) => {
        const months = spreadEvenly(total);
        expect(months).toHaveLength(12);
        expect(sum(months)).toBeCloseTo(total, 9);
        for (const n of months) {
          expect(n).toBeGreaterThanOrEqual(0);
          expect(n).toBeLessThanOrEqual(Math.ceil(total / 12) + 1e-9);
        }
      }),
    );
  });

  it('whole totals give whole people every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (total) => {
        expect(spreadEvenly(total).every(Number.isInteger)).toBe(true);
      }),
    );
  });

  it('keeps a total smaller than the float tolerance (it lands in the last month)', () => {
    const months = spreadEvenly(5e-10);
    expect(sum(months)).toBe(5e-10);
    expect(months[11]).toBe(5e-10);
  });

  it('treats junk as nothing to spread', () => {
    expect(spreadEvenly(-3)).toEqual(Array(12).fill(0));
    expect(spreadEvenly(Number.NaN)).toEqual(Array(12).fill(0));
  });
});
