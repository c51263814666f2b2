import fc from 'fast-check';
import { impliedUnitEconomics } from './unit-economics-check';
import { unitEconomicsByStage } from '../../data/playbook/financial';

describe('unit economics data carries the seed figures', () => {
  it('CAC, LTV, stated LTV:CAC and payback per stage', () => {
    expect(unitEconomicsByStage.map((s) => [s.cacUsd, s.ltvUsd, s.statedLtvToCac, s.paybackMonths])).toEqual([
      [1_000, 1_440, 1.4, 20],
      [200, 1_440, 7.2, 5],
      [200, 1_800, 9, 5],
    ]);
  });
});

describe('impliedUnitEconomics', () => {
  it('LTV ÷ CAC is 1.44, 7.2 and 9, and each stated ratio follows from it', () => {
    const implied = unitEconomicsByStage.map(impliedUnitEconomics);
    expect(implied.map((i) => i.ltvToCac)).toEqual([1_440 / 1_000, 1_440 / 200, 1_800 / 200].map((n) => expect.closeTo(n, 12)));
    expect(implied.map((i) => i.statedRatioFollows)).toEqual([true, true, true]);
  });

  it('CAC ÷ payback implies $50, $40 and $40 a month; LTV ÷ that implies 28.8, 36 and 45 months', () => {
    const implied = unitEconomicsByStage.map(impliedUnitEconomics);
    expect(implied.map((i) => i.impliedMonthlyContributionUsd)).toEqual([1_000 / 20, 200 / 5, 200 / 5]);
    expect(implied.map((i) => i.impliedLifetimeMonths)).toEqual([1_440 / 50, 1_440 / 40, 1_800 / 40].map((n) => expect.closeTo(n, 12)));
  });

  it('flags a stated ratio that does not follow', () => {
    expect(impliedUnitEconomics({ cacUsd: 1_000, ltvUsd: 1_440, paybackMonths: 20, statedLtvToCac: 1.5 }).statedRatioFollows).toBe(false);
  });

  it('zero CAC or payback gives null rather than Infinity', () => {
    expect(impliedUnitEconomics({ cacUsd: 0, ltvUsd: 1_440, paybackMonths: 0, statedLtvToCac: 1 })).toEqual({
      ltvToCac: null,
      statedRatioFollows: null,
      impliedMonthlyContributionUsd: null,
      impliedLifetimeMonths: null,
    });
  });

  it('never returns NaN or Infinity', () => {
    const n = fc.double({ noNaN: false });
    fc.assert(
      fc.property(n, n, n, n, (cacUsd, ltvUsd, paybackMonths, statedLtvToCac) => {
        const r = impliedUnitEconomics({ cacUsd, ltvUsd, paybackMonths, statedLtvToCac });
        return [r.ltvToCac, r.impliedMonthlyContributionUsd, r.impliedLifetimeMonths].every((v) => v === null || Number.isFinite(v));
      }),
    );
  });
});
