import fc from 'fast-check';
import { computeScaleModel } from './compute';
import { sum } from './math';
import { GLOBAL_RULES, PLAN_MONTHS, ROLE_RULES } from './rules';
import type { ScaleFieldRule } from './rules';
import { scaleModelInputsSchema } from './schema';
import { runSensitivity } from './sensitivity';
import { allNumbers } from './test-fixtures';
import type { ScaleModelInputs, ScaleRole } from './types';
import { validateScaleModelInputs } from './validate';

// Any value a field's rule allows, from its minimum to its maximum (an exclusive maximum excluded).
const inRule = (rule: ScaleFieldRule) =>
  fc.double({ min: rule.min, max: rule.max, maxExcluded: rule.maxExclusive ?? false, noNaN: true, noDefaultInfinity: true });
// The same, but kept to everyday sizes so that sums are not dominated by rounding.
const everyday = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

const roleArb = (size: 'full' | 'everyday'): fc.Arbitrary<Omit<ScaleRole, 'id'>> => {
  const pick = (field: keyof typeof ROLE_RULES, everydayMax: number) =>
    size === 'full' ? inRule(ROLE_RULES[field]) : everyday(Math.min(everydayMax, ROLE_RULES[field].max));
  return fc.record({
    name: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,19}$/),
    startingHeadcount: pick('startingHeadcount', 200),
    hiresPerMonth: fc.array(pick('hiresPerMonth', 20), { minLength: PLAN_MONTHS, maxLength: PLAN_MONTHS }),
    rampMonths: pick('rampMonths', 60),
    rampCurve: fc.constantFrom('linear' as const, 'step' as const),
    fullOutputPerMonth: pick('fullOutputPerMonth', 100_000),
    outputUnit: fc.constantFrom('new ARR ($)', 'meetings'),
    attainmentPct: pick('attainmentPct', 150),
    annualAttritionPct: size === 'full' ? inRule(ROLE_RULES.annualAttritionPct) : everyday(60),
    loadedMonthlyCostUsd: pick('loadedMonthlyCostUsd', 40_000),
    recruitingLeadMonths: pick('recruitingLeadMonths', 12),
    countsTowardTarget: fc.boolean(),
    outputIsNetNewArr: fc.boolean(),
  });
};

const inputsArb = (size: 'full' | 'everyday', maxRoles = 5): fc.Arbitrary<ScaleModelInputs> => {
  const g = (field: keyof typeof GLOBAL_RULES, everydayMax: number) =>
    size === 'full' ? inRule(GLOBAL_RULES[field]) : fc.double({ min: GLOBAL_RULES[field].min, max: everydayMax, noNaN: true });
  return fc.record({
    version: fc.constant(1 as const),
    roles: fc.array(roleArb(size), { minLength: 1, maxLength: maxRoles }).map((roles) => roles.map((r, i) => ({ ...r, id: `role-${i}` }))),
    spanOfControl: g('spanOfControl', 15),
    monthlyOutputTarget: g('monthlyOutputTarget', 1e6),
    winRatePct: fc.option(g('winRatePct', 100), { nil: null }),
    coverageMultiple: g('coverageMultiple', 10),
    startingCashUsd: g('startingCashUsd', 1e8),
    otherMonthlyCostUsd: g('otherMonthlyCostUsd', 1e6),
    startingArrUsd: g('startingArrUsd', 1e8),
    grossMarginPct: g('grossMarginPct', 100),
    salesMarketingCostPct: g('salesMarketingCostPct', 100),
  });
};

// Relative tolerance for comparing sums of floating-point products.
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const atLeast = (a: number, b: number) => a >= b || close(a, b);

describe('invariants of the scale model', () => {
  it('more hires never lower headcount or capacity in any month', () => {
    fc.assert(
      fc.property(inputsArb('everyday'), fc.nat(), fc.integer({ min: 0, max: 11 }), everyday(50), (inputs, pick, month, extra) => {
        const index = pick % inputs.roles.length;
        const more = {
          ...inputs,
          roles: inputs.roles.map((r, i) => (i === index ? { ...r, hiresPerMonth: r.hiresPerMonth.map((h, m) => (m === month ? h + extra : h)) } : r)),
        };
        const before = computeScaleModel(inputs).months;
        const after = computeScaleModel(more).months;
        after.forEach((m, i) => {
          expect(atLeast(m.rampedFte, before[i]?.rampedFte ?? 0)).toBe(true);
          expect(atLeast(m.headcount, before[i]?.headcount ?? 0)).toBe(true);
        });
      }),
    );
  });

  it('a longer ramp never raises output in any month', () => {
    fc.assert(
      fc.property(inputsArb('everyday'), fc.nat(), everyday(24), (inputs, pick, longer) => {
        const index = pick % inputs.roles.length;
        const slower = {
          ...inputs,
          roles: inputs.roles.map((r, i) => (i === index ? { ...r, rampMonths: Math.min(ROLE_RULES.rampMonths.max, r.rampMonths + longer) } : r)),
        };
        const before = computeScaleModel(inputs);
        const after = computeScaleModel(slower);
        after.months.forEach((m, i) => {
          const b = before.months[i];
          expect(atLeast(b?.output ?? 0, m.output)).toBe(true);
          m.roles.forEach((r, j) => expect(atLeast(b?.roles[j]?.output ?? 0, r.output)).toBe(true));
        });
      }),
    );
  });

  it('output never exceeds headcount × full output × attainment', () => {
    fc.assert(
      fc.property(inputsArb('everyday'), (inputs) => {
        const result = computeScaleModel(inputs);
        for (const month of result.months) {
          month.roles.forEach((r, j) => {
            const role = inputs.roles[j];
            const ceiling = r.headcount * (role?.fullOutputPerMonth ?? 0) * ((role?.attainmentPct ?? 0) / 100);
            expect(atLeast(ceiling, r.output)).toBe(true);
            expect(atLeast(r.headcount, r.rampedFte)).toBe(true);
          });
        }
      }),
    );
  });

  it('total cost equals the sum of the monthly costs, and of the roles’ costs plus other costs', () => {
    fc.assert(
      fc.property(inputsArb('everyday'), (inputs) => {
        const result = computeScaleModel(inputs);
        const monthly = sum(result.months.map((m) => m.costUsd));
        expect(close(result.totals.costUsd12, monthly)).toBe(true);
        expect(close(result.months[PLAN_MONTHS - 1]?.cumulativeCostUsd ?? Number.NaN, monthly)).toBe(true);
        const byRole = sum(result.roles.map((r) => r.costUsd12)) + PLAN_MONTHS * inputs.otherMonthlyCostUsd;
        expect(close(result.totals.costUsd12, byRole)).toBe(true);
      }),
    );
  });

  it('with ±0% the tornado is flat for every result', () => {
    fc.assert(
      fc.property(
        inputsArb('everyday', 3),
        fc.constantFrom('output12' as const, 'endingCapacity' as const, 'burnMultiple' as const, 'runwayMonths' as const),
        (inputs, metric) => {
          const result = runSensitivity(inputs, { metric, changePct: 0 });
          for (const row of result.rows) {
            expect(row.low).toEqual(result.base);
            expect(row.high).toEqual(result.base);
            expect(row.swing === 0 || (row.swing === null && result.base.value === null)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('moving an assumption keeps low ≤ base ≤ high inputs and every swing ≥ 0', () => {
    fc.assert(
      fc.property(inputsArb('everyday', 3), fc.double({ min: 0, max: 100, noNaN: true }), (inputs, pct) => {
        for (const row of runSensitivity(inputs, { metric: 'output12', changePct: pct }).rows) {
          expect(atLeast(row.baseInput, row.lowInput)).toBe(true);
          expect(atLeast(row.highInput, row.baseInput)).toBe(true);
          expect(row.swing).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('no NaN or Infinity anywhere in the result for any valid input, up to every field’s maximum', () => {
    fc.assert(
      fc.property(inputsArb('full'), (inputs) => {
        const result = computeScaleModel(inputs);
        expect(result.adjustments).toEqual([]);
        expect(allNumbers(result).every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('no NaN or Infinity for junk either: any value in any field is clamped and listed', () => {
    const junk = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e308, null, undefined, '12', true), fc.integer());
    fc.assert(
      fc.property(inputsArb('everyday', 2), fc.constantFrom('startingHeadcount', 'rampMonths', 'attainmentPct', 'annualAttritionPct', 'loadedMonthlyCostUsd'), fc.constantFrom('spanOfControl', 'winRatePct', 'grossMarginPct', 'startingArrUsd'), junk, junk, (inputs, roleField, globalField, a, b) => {
        const broken = { ...inputs, [globalField]: b, roles: inputs.roles.map((r) => ({ ...r, [roleField]: a })) } as ScaleModelInputs;
        const result = computeScaleModel(broken);
        expect(allNumbers({ ...result, adjustments: [] }).every(Number.isFinite)).toBe(true);
        const sensitivity = runSensitivity(broken, { metric: 'burnMultiple' });
        expect(allNumbers(sensitivity).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('validation, the storage schema and the model agree on what is valid', () => {
    fc.assert(
      fc.property(inputsArb('full'), (inputs) => {
        expect(validateScaleModelInputs(inputs).ok).toBe(true);
        expect(scaleModelInputsSchema.safeParse(inputs).success).toBe(true);
      }),
    );
  });
});
