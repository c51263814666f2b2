import { burnMultipleOf, cacPaybackMonths, quarterlyMagicNumbers } from './capital';
import { computeScaleModel } from './compute';
import { plan, role } from './test-fixtures';

// Two fully ramped sellers booking $10,000 net new ARR each a month at $60,000 loaded cost each,
// $10,000 other costs, $1.2M starting ARR, 80% margin, half of cost is S&M.
const seller = role({ startingHeadcount: 2, fullOutputPerMonth: 10_000, loadedMonthlyCostUsd: 60_000, outputIsNetNewArr: true });
const base = plan([seller], { otherMonthlyCostUsd: 10_000, startingArrUsd: 1_200_000, grossMarginPct: 80, salesMarketingCostPct: 50, startingCashUsd: 1_000_000 });
const monthlyCost = 2 * 60_000 + 10_000;
const newArrPerMonth = 2 * 10_000;

describe('revenue, burn and cash', () => {
  const result = computeScaleModel(base);

  it('bills ARR at the start of each month ÷ 12; bookings bill from the next month', () => {
    expect(result.months[0]?.revenueUsd).toBe(1_200_000 / 12);
    expect(result.months[1]?.revenueUsd).toBeCloseTo((1_200_000 + newArrPerMonth) / 12, 9);
    expect(result.months[0]?.endingArrUsd).toBe(1_200_000 + newArrPerMonth);
    expect(result.capitalEfficiency.endingArrUsd).toBe(1_200_000 + 12 * newArrPerMonth);
  });

  it('net burn = cost − gross profit, month by month and over 12 months', () => {
    expect(result.months[0]?.netBurnUsd).toBeCloseTo(monthlyCost - 0.8 * (1_200_000 / 12), 9);
    let revenue12 = 0;
    for (let m = 1; m <= 12; m++) revenue12 += (1_200_000 + newArrPerMonth * (m - 1)) / 12;
    expect(result.capitalEfficiency.revenueUsd12).toBeCloseTo(revenue12, 6);
    expect(result.capitalEfficiency.netBurnUsd12).toBeCloseTo(12 * monthlyCost - 0.8 * revenue12, 6);
    expect(result.months[11]?.endingCashUsd).toBeCloseTo(1_000_000 - result.capitalEfficiency.netBurnUsd12, 6);
  });

  it('burn multiple = net burn ÷ net new ARR, banded', () => {
    const { netBurnUsd12, netNewArrUsd12, burnMultiple, burnMultipleBand } = result.capitalEfficiency;
    expect(netNewArrUsd12).toBe(12 * newArrPerMonth);
    expect(burnMultiple.value).toBeCloseTo(netBurnUsd12 / netNewArrUsd12, 12);
    expect(burnMultiple.value).toBeGreaterThan(2);
    expect(burnMultipleBand).toBe('suspect');
  });

  it('magic number: a quarter’s net new ARR ÷ the prior quarter’s S&M spend, no ×4 on ARR', () => {
    const smQuarter = 3 * monthlyCost * 0.5;
    const { magicNumber, magicNumberByQuarter } = result.capitalEfficiency;
    expect(magicNumberByQuarter[0]).toEqual({ value: null, reason: 'noPriorQuarter' });
    for (const q of [1, 2, 3]) expect(magicNumberByQuarter[q]?.value).toBeCloseTo((3 * newArrPerMonth) / smQuarter, 12);
    expect(magicNumber).toEqual(magicNumberByQuarter[3]);
  });

  it('CAC payback = S&M spend ÷ monthly gross profit of the net new ARR', () => {
    const sm12 = 12 * monthlyCost * 0.5;
    expect(result.capitalEfficiency.salesMarketingCostUsd12).toBeCloseTo(sm12, 6);
    expect(result.capitalEfficiency.cacPaybackMonths.value).toBeCloseTo(sm12 / ((12 * newArrPerMonth * 0.8) / 12), 9);
  });

  it('runway past month 12 extends at month 12’s net burn', () => {
    const last = result.months[11];
    expect(result.capitalEfficiency.cashOutMonth).toBeNull();
    expect(result.capitalEfficiency.runwayMonths.value).toBeCloseTo(12 + (last?.endingCashUsd ?? 0) / (last?.netBurnUsd ?? 1), 9);
  });

  it('runway inside the plan is the fractional month cash reaches zero', () => {
    const short = computeScaleModel({ ...base, startingCashUsd: 100_000 });
    const burn = short.months.map((m) => m.netBurnUsd);
    const left = 100_000 - (burn[0] ?? 0) - (burn[1] ?? 0);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(burn[2] ?? 0);
    expect(short.capitalEfficiency.runwayMonths.value).toBeCloseTo(2 + left / (burn[2] ?? 1), 12);
    expect(short.capitalEfficiency.cashOutMonth).toBe(3);
  });

  it('no cash and burning: runway 0', () => {
    expect(computeScaleModel({ ...base, startingCashUsd: 0 }).capitalEfficiency.runwayMonths).toEqual({ value: 0, reason: null });
  });
});

describe('undefined metrics are null with a reason', () => {
  it('a plan that makes cash has no burn multiple and no runway', () => {
    const rich = computeScaleModel({ ...base, startingArrUsd: 50_000_000 });
    expect(rich.capitalEfficiency.netBurnUsd12).toBeLessThan(0);
    expect(rich.capitalEfficiency.burnMultiple).toEqual({ value: null, reason: 'notBurning' });
    expect(rich.capitalEfficiency.burnMultipleBand).toBeNull();
    expect(rich.capitalEfficiency.runwayMonths).toEqual({ value: null, reason: 'notBurning' });
  });

  it('no net new ARR: no burn multiple or CAC payback; magic number is 0, not missing', () => {
    const flat = computeScaleModel({ ...base, roles: [{ ...seller, outputIsNetNewArr: false }] });
    expect(flat.capitalEfficiency.burnMultiple).toEqual({ value: null, reason: 'noNetNewArr' });
    expect(flat.capitalEfficiency.cacPaybackMonths).toEqual({ value: null, reason: 'noNetNewArr' });
    expect(flat.capitalEfficiency.magicNumber).toEqual({ value: 0, reason: null });
  });

  it('no S&M spend: no magic number; 0% margin: no CAC payback', () => {
    expect(computeScaleModel({ ...base, salesMarketingCostPct: 0 }).capitalEfficiency.magicNumber).toEqual({ value: null, reason: 'noSalesMarketingSpend' });
    expect(computeScaleModel({ ...base, grossMarginPct: 0 }).capitalEfficiency.cacPaybackMonths).toEqual({ value: null, reason: 'noGrossProfit' });
  });

  it('the helpers give the same answers on their own', () => {
    expect(burnMultipleOf(300, 200)).toEqual({ value: 1.5, reason: null });
    expect(burnMultipleOf(300, 0)).toEqual({ value: null, reason: 'noNetNewArr' });
    expect(burnMultipleOf(-5, 200)).toEqual({ value: null, reason: 'notBurning' });
    expect(cacPaybackMonths(1200, 1200, 0.5)).toEqual({ value: 24, reason: null });
    expect(quarterlyMagicNumbers(Array(12).fill(10), Array(12).fill(0)).slice(1)).toEqual(Array(3).fill({ value: null, reason: 'noSalesMarketingSpend' }));
  });
});
