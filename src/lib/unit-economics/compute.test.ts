import fc from 'fast-check';
import { chartHorizonMonths, computeUnitEconomics, contributionCurve, type UnitEconomicsInputs } from './compute';
import { ltvToCacBand, paybackBand } from './bands';
import { statedStages, unitEconomicsPresets } from '../../presets/unit-economics';
import { presetMatchesStated } from './presets';
import { unitEconomicsInputsSchema } from './schema';

const base: UnitEconomicsInputs = {
  arpaMonthlyUsd: 100,
  grossMarginPct: 80,
  monthlyChurnPct: 2,
  cacMode: 'direct',
  cacUsd: 1200,
  salesMarketingSpendUsd: 0,
  newCustomers: 0,
  lifetimeCapMonths: null,
};

describe('computeUnitEconomics', () => {
  it('follows the formulas on a worked example', () => {
    const r = computeUnitEconomics(base);
    expect(r.contributionMonthlyUsd).toBeCloseTo(80);
    expect(r.lifetimeMonths).toBeCloseTo(50);
    expect(r.ltvUsd).toBeCloseTo(4000);
    expect(r.ltvToCac).toBeCloseTo(4000 / 1200);
    expect(r.paybackMonths).toBeCloseTo(15);
  });

  it('derives CAC from S&M spend and new customers', () => {
    const r = computeUnitEconomics({ ...base, cacMode: 'derived', salesMarketingSpendUsd: 50_000, newCustomers: 40 });
    expect(r.cacUsd).toBe(1250);
  });

  it('says why when there are no new customers', () => {
    const r = computeUnitEconomics({ ...base, cacMode: 'derived', salesMarketingSpendUsd: 50_000, newCustomers: 0 });
    expect(r.cacUsd).toBeNull();
    expect(r.ltvToCac).toBeNull();
    expect(r.reasons).toMatchObject({ cac: 'no-customers', payback: 'no-customers' });
  });

  it('treats zero churn as unbounded unless a lifetime cap is set', () => {
    const open = computeUnitEconomics({ ...base, monthlyChurnPct: 0 });
    expect(open.ltvUsd).toBeNull();
    expect(open.reasons.ltv).toBe('zero-churn');
    const capped = computeUnitEconomics({ ...base, monthlyChurnPct: 0, lifetimeCapMonths: 36 });
    expect(capped.ltvUsd).toBeCloseTo(80 * 36);
    expect(capped.lifetimeCapped).toBe(true);
  });

  it('gives no payback when contribution is zero or negative', () => {
    expect(computeUnitEconomics({ ...base, grossMarginPct: 0 }).paybackMonths).toBeNull();
    expect(computeUnitEconomics({ ...base, grossMarginPct: -10 }).reasons.payback).toBe('no-contribution');
  });

  it('handles huge values without overflow to Infinity', () => {
    const r = computeUnitEconomics({ ...base, arpaMonthlyUsd: 1e9, cacUsd: 1e9, monthlyChurnPct: 0.01 });
    for (const v of [r.ltvUsd, r.ltvToCac, r.paybackMonths, r.lifetimeMonths]) expect(Number.isFinite(v)).toBe(true);
  });

  it.each([1e-320, 5e-324, 0.0099])('a churn of %s percent a month is below meaningful: no lifetime, LTV or ratio, with a reason', (churn) => {
    const r = computeUnitEconomics({ ...base, monthlyChurnPct: churn });
    expect([r.lifetimeMonths, r.ltvUsd, r.ltvToCac]).toEqual([null, null, null]);
    expect(r.reasons).toMatchObject({ lifetime: 'out-of-range', ltv: 'out-of-range', ltvToCac: 'out-of-range' });
    expect(unitEconomicsInputsSchema.safeParse({ ...base, monthlyChurnPct: churn }).success).toBe(false);
  });

  it.each([5e-324, 1e-320, 0.001])('a CAC of $%s is below a cent: no ratio, with a reason', (cac) => {
    const r = computeUnitEconomics({ ...base, cacMode: 'direct', cacUsd: cac });
    expect(r.ltvToCac).toBeNull();
    expect(r.reasons.ltvToCac).toBe('out-of-range');
    expect(Number.isFinite(r.paybackMonths ?? 0)).toBe(true);
    expect(unitEconomicsInputsSchema.safeParse({ ...base, cacUsd: cac }).success).toBe(false);
  });

  it('derived CAC with no new customers has no payback (not "never")', () => {
    const r = computeUnitEconomics({ ...base, cacMode: 'derived', newCustomers: 0 });
    expect(r.paybackMonths).toBeNull();
    expect(r.reasons.payback).toBe('no-customers');
  });
});

describe('seed presets', () => {
  it.each(unitEconomicsPresets.map((p) => [p.label, p] as const))('%s reproduces the stated CAC, LTV and payback', (_label, preset) => {
    const got = presetMatchesStated(preset);
    expect(Math.round(got.ltvUsd ?? NaN)).toBe(preset.stated.ltvUsd);
    expect(got.paybackMonths).toBeCloseTo(preset.stated.paybackMonths, 6);
    // The stated ratio is given to one decimal place.
    expect(Math.round((got.ltvToCac ?? NaN) * 10) / 10).toBe(preset.stated.statedLtvToCac);
  });

  it('notes that Stage 1 states a rounded ratio', () => {
    const stage1 = unitEconomicsPresets[0]!;
    const exact = stage1.stated.ltvUsd / stage1.stated.cacUsd;
    expect(exact).not.toBe(stage1.stated.statedLtvToCac);
    expect(stage1.notes[0]).toContain(`${exact}:1`);
  });

  it('flags the Stage 2 change in implied contribution at a constant LTV', () => {
    const [s1, s2] = statedStages;
    expect(s1!.ltvUsd).toBe(s2!.ltvUsd);
    expect(unitEconomicsPresets[1]!.notes.some((n) => n.includes('LTV stays at $1,440'))).toBe(true);
    expect(unitEconomicsPresets[2]!.notes.some((n) => n.includes('LTV stays'))).toBe(false);
  });

  it('has inputs that pass the storage schema', () => {
    for (const p of unitEconomicsPresets) expect(unitEconomicsInputsSchema.safeParse(p.inputs).success).toBe(true);
  });
});

describe('bands', () => {
  it.each([
    [0.5, 'losing'],
    [1.4, 'below-bar'],
    [3, 'healthy'],
    [7.2, 'under-investing'],
  ])('LTV:CAC %s is %s', (ratio, id) => expect(ltvToCacBand(ratio)?.id).toBe(id));
  it.each([
    [5, 'fast'],
    [12, 'slow'],
    [20, 'too-slow'],
  ])('payback %s months is %s', (m, id) => expect(paybackBand(m)?.id).toBe(id));
  it('gives no band for an unknown value', () => {
    expect(ltvToCacBand(null)).toBeNull();
    expect(paybackBand(null)).toBeNull();
  });
});

describe('contribution curve', () => {
  it('marks break-even at the first month the retained line covers CAC', () => {
    const { points, breakEvenMonth } = contributionCurve(base, 24);
    expect(breakEvenMonth).toBe(15);
    expect(points[14]!.retainedUsd).toBeGreaterThanOrEqual(base.cacUsd);
    expect(points[13]!.retainedUsd).toBeLessThan(base.cacUsd);
  });
  it('keeps the expected line below the retained line and under LTV', () => {
    const { points } = contributionCurve(base, 120);
    const ltv = computeUnitEconomics(base).ltvUsd!;
    for (const p of points) {
      expect(p.expectedUsd).toBeLessThanOrEqual(p.retainedUsd + 1e-9);
      expect(p.expectedUsd).toBeLessThanOrEqual(ltv + 1e-9);
    }
  });
  it('picks a horizon between 12 and 120 months', () => {
    expect(chartHorizonMonths(computeUnitEconomics(base))).toBeGreaterThanOrEqual(23);
    expect(chartHorizonMonths(computeUnitEconomics({ ...base, grossMarginPct: 1 }))).toBe(120);
  });
});

const inputsArb = fc.record({
  arpaMonthlyUsd: fc.double({ min: 1, max: 1e6, noNaN: true }),
  grossMarginPct: fc.double({ min: 1, max: 100, noNaN: true }),
  monthlyChurnPct: fc.double({ min: 0.01, max: 100, noNaN: true }),
  cacMode: fc.constant('direct' as const),
  cacUsd: fc.double({ min: 1, max: 1e6, noNaN: true }),
  salesMarketingSpendUsd: fc.constant(0),
  newCustomers: fc.constant(0),
  lifetimeCapMonths: fc.constant(null),
});

describe('invariants', () => {
  it('LTV:CAC equals LTV ÷ CAC', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const r = computeUnitEconomics(i);
        expect(r.ltvToCac!).toBeCloseTo(r.ltvUsd! / r.cacUsd!, 6);
      }),
    );
  });
  it('more churn never raises LTV', () => {
    fc.assert(
      fc.property(inputsArb, fc.double({ min: 0, max: 50, noNaN: true }), (i, extra) => {
        const more = { ...i, monthlyChurnPct: Math.min(100, i.monthlyChurnPct + extra) };
        expect(computeUnitEconomics(more).ltvUsd!).toBeLessThanOrEqual(computeUnitEconomics(i).ltvUsd! * (1 + 1e-12));
      }),
    );
  });
  it('payback × contribution = CAC', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const r = computeUnitEconomics(i);
        expect(r.paybackMonths! * r.contributionMonthlyUsd).toBeCloseTo(r.cacUsd!, 4);
      }),
    );
  });
});
