import fc from 'fast-check';
import { MINUTES_PER_30_DAY_MONTH, downtimeAllowed, infrastructureFigures } from './infrastructure';
import { infrastructureStages, performanceUptimePct } from '../../data/playbook/infrastructure';

const stage = (n: number) => {
  const s = infrastructureStages.find((x) => x.stage === n);
  if (!s) throw new Error(`no stage ${n}`);
  return s.capacity;
};

describe('infrastructure data carries the seed figures', () => {
  it('capacity and cost per stage', () => {
    expect(infrastructureStages.map((s) => s.capacity)).toEqual([
      { users: 10_000, interactionsPerMonth: 100_000, storageTb: 1, uptimePct: 99, cloudMonthlyUsd: 3_000, aiMlMonthlyUsd: 2_500 },
      { users: 75_000, interactionsPerMonth: 1_000_000, storageTb: 10, uptimePct: 99.5, cloudMonthlyUsd: 10_000, aiMlMonthlyUsd: 7_500 },
      { users: 250_000, interactionsPerMonth: 5_000_000, storageTb: 50, uptimePct: 99.9, cloudMonthlyUsd: 38_000, aiMlMonthlyUsd: 20_000 },
    ]);
  });
});

describe('infrastructureFigures', () => {
  it('Stage 1: ($3K + $2.5K) / 10K users = $0.55 per user; $55 per 1,000 interactions', () => {
    const f = infrastructureFigures(stage(1));
    expect(f.monthlyCostUsd).toBe(3_000 + 2_500);
    expect(f.costPerUserMonthlyUsd).toBeCloseTo((3_000 + 2_500) / 10_000, 12);
    expect(f.costPerUserMonthlyUsd).toBeCloseTo(0.55, 12);
    expect(f.costPer1000InteractionsUsd).toBeCloseTo((3_000 + 2_500) / (100_000 / 1_000), 12);
    expect(f.costPer1000InteractionsUsd).toBeCloseTo(55, 12);
  });

  it('Stage 2: $17,500 a month, about $0.233 per user, $17.50 per 1,000 interactions', () => {
    const f = infrastructureFigures(stage(2));
    expect(f.monthlyCostUsd).toBe(10_000 + 7_500);
    expect(f.costPerUserMonthlyUsd).toBeCloseTo(17_500 / 75_000, 12);
    expect(f.costPer1000InteractionsUsd).toBeCloseTo(17.5, 12);
  });

  it('Stage 3: $58,000 a month, $0.232 per user, $11.60 per 1,000 interactions', () => {
    const f = infrastructureFigures(stage(3));
    expect(f.monthlyCostUsd).toBe(38_000 + 20_000);
    expect(f.costPerUserMonthlyUsd).toBeCloseTo(58_000 / 250_000, 12);
    expect(f.costPerUserMonthlyUsd).toBeCloseTo(0.232, 12);
    expect(f.costPer1000InteractionsUsd).toBeCloseTo(58_000 / 5_000, 12);
  });

  it('gives null, not Infinity, for zero users or interactions, and null cost for an unusable bill', () => {
    const f = infrastructureFigures({ ...stage(1), users: 0, interactionsPerMonth: 0 });
    expect(f.costPerUserMonthlyUsd).toBeNull();
    expect(f.costPer1000InteractionsUsd).toBeNull();
    const g = infrastructureFigures({ ...stage(1), cloudMonthlyUsd: Number.NaN });
    expect(g).toMatchObject({ monthlyCostUsd: null, costPerUserMonthlyUsd: null, costPer1000InteractionsUsd: null });
  });
});

describe('downtimeAllowed (30-day month = 43,200 minutes)', () => {
  it('gives no monthly cost rather than Infinity when two huge bills overflow', () => {
    const huge = { users: 1, interactionsPerMonth: 1, storageTb: 1, uptimePct: 99, cloudMonthlyUsd: Number.MAX_VALUE, aiMlMonthlyUsd: Number.MAX_VALUE };
    expect(infrastructureFigures(huge).monthlyCostUsd).toBeNull();
  });

  it('gives no allowance rather than Infinity for a period that overflows', () => {
    expect(downtimeAllowed({ uptimePct: 0, periodMinutes: 1.7e308 })).toBeNull();
  });

  it('the month has 30 × 24 × 60 minutes', () => {
    expect(MINUTES_PER_30_DAY_MONTH).toBe(30 * 24 * 60);
  });

  it.each([
    [99, 432, 7.2],
    [99.5, 216, 3.6],
    [99.9, 43.2, 0.72],
  ])('%s%% uptime allows %s minutes (%s hours)', (uptimePct, minutes, hours) => {
    const d = downtimeAllowed({ uptimePct });
    expect(d?.minutes).toBeCloseTo(minutes, 9);
    expect(d?.hours).toBeCloseTo(hours, 9);
  });

  it('each stage’s target and the 99.9% performance target', () => {
    expect(infrastructureStages.map((s) => infrastructureFigures(s.capacity).downtimePerMonth?.minutes)).toEqual(
      [43_200 * 0.01, 43_200 * 0.005, 43_200 * 0.001].map((n) => expect.closeTo(n, 9)),
    );
    expect(downtimeAllowed({ uptimePct: performanceUptimePct })?.minutes).toBeCloseTo(43.2, 9);
  });

  it('100% allows none, 0% allows the whole period; out-of-range targets give null', () => {
    expect(downtimeAllowed({ uptimePct: 100 })).toEqual({ minutes: 0, hours: 0 });
    expect(downtimeAllowed({ uptimePct: 0 })).toEqual({ minutes: 43_200, hours: 720 });
    expect(downtimeAllowed({ uptimePct: 100.1 })).toBeNull();
    expect(downtimeAllowed({ uptimePct: -1 })).toBeNull();
    expect(downtimeAllowed({ uptimePct: Number.NaN })).toBeNull();
    expect(downtimeAllowed({ uptimePct: 99, periodMinutes: Number.POSITIVE_INFINITY })).toBeNull();
  });

  it('a higher uptime target never allows more downtime', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const da = downtimeAllowed({ uptimePct: Math.min(a, b) })!;
        const db = downtimeAllowed({ uptimePct: Math.max(a, b) })!;
        return db.minutes <= da.minutes && db.minutes >= 0 && da.minutes <= MINUTES_PER_30_DAY_MONTH;
      }),
    );
  });
});
