import { computeScaleModel } from './compute';
import { getScaleModelPreset } from '../../presets/scale-model/presets';
import { ATTRITION_CLAMP_MAX_PCT } from './rules';
import { listSensitivityAssumptions, metricValue, runSensitivity, SENSITIVITY_METRICS, withAssumptionScaled } from './sensitivity';
import { hires, plan, role } from './test-fixtures';

const seller = role({
  id: 'ae',
  name: 'AE',
  startingHeadcount: 2,
  hiresPerMonth: hires({ 1: 1, 4: 1, 7: 1 }),
  rampMonths: 3,
  fullOutputPerMonth: 20_000,
  attainmentPct: 80,
  annualAttritionPct: 10,
  loadedMonthlyCostUsd: 15_000,
  outputIsNetNewArr: true,
});
const inputs = plan([seller], { otherMonthlyCostUsd: 20_000, startingArrUsd: 500_000, grossMarginPct: 75, startingCashUsd: 2_000_000, salesMarketingCostPct: 40 });

describe('listSensitivityAssumptions', () => {
  it('moves every numeric assumption once: hires and 7 fields per role, then 8 globals (the coverage input in use)', () => {
    const list = listSensitivityAssumptions(inputs);
    expect(list).toHaveLength(8 + 8);
    expect(list.map((a) => a.id)).toContain('roles.ae.rampMonths');
    expect(list.map((a) => a.id)).toContain('coverageMultiple');
    expect(list.map((a) => a.id)).not.toContain('winRatePct');
    expect(listSensitivityAssumptions({ ...inputs, winRatePct: 25 }).map((a) => a.id)).toContain('winRatePct');
    expect(list.find((a) => a.id === 'roles.ae.loadedMonthlyCostUsd')?.label).toBe('AE: loaded monthly cost per FTE');
  });
});

describe('runSensitivity', () => {
  it('reports low/high inputs at ±20% by default and the result at each', () => {
    const result = runSensitivity(inputs, { metric: 'output12' });
    expect(result.changePct).toBe(20);
    expect(result.base.value).toBe(computeScaleModel(inputs).totals.output12);
    const attainment = result.rows.find((r) => r.id === 'roles.ae.attainmentPct');
    expect(attainment).toMatchObject({ baseInput: 80, lowInput: 64, highInput: 96, clamped: false });
    expect(attainment?.low.value).toBeCloseTo((result.base.value ?? 0) * 0.8, 6);
    expect(attainment?.high.value).toBeCloseTo((result.base.value ?? 0) * 1.2, 6);
    const hiresRow = result.rows.find((r) => r.id === 'roles.ae.hiresPerMonth');
    expect(hiresRow).toMatchObject({ baseInput: 3 });
    expect(hiresRow?.lowInput).toBeCloseTo(2.4, 12);
    expect(hiresRow?.highInput).toBeCloseTo(3.6, 12);
  });

  it('sorts by swing, largest first; assumptions without effect come last with a swing of 0', () => {
    const rows = runSensitivity(inputs, { metric: 'output12' }).rows;
    const swings = rows.map((r) => r.swing ?? -1);
    expect(swings).toEqual([...swings].sort((x, y) => y - x));
    expect(rows.slice(0, 2).map((r) => r.id).sort()).toEqual(['roles.ae.attainmentPct', 'roles.ae.fullOutputPerMonth']);
    for (const id of ['roles.ae.loadedMonthlyCostUsd', 'roles.ae.recruitingLeadMonths', 'spanOfControl', 'grossMarginPct']) {
      expect(rows.find((r) => r.id === id)?.swing).toBe(0);
    }
  });

  it('a longer ramp lowers output and a shorter one raises it', () => {
    const ramp = runSensitivity(inputs, { metric: 'output12' }).rows.find((r) => r.id === 'roles.ae.rampMonths');
    expect(ramp?.low.value).toBeGreaterThan(ramp?.high.value ?? Infinity);
  });

  it('on ending capacity, starting headcount and attrition matter and output per FTE does not', () => {
    const rows = runSensitivity(inputs, { metric: 'endingCapacity' }).rows;
    expect(rows.find((r) => r.id === 'roles.ae.startingHeadcount')?.swing).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === 'roles.ae.annualAttritionPct')?.swing).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === 'roles.ae.fullOutputPerMonth')?.swing).toBe(0);
  });

  it('on the burn multiple, cost moves it up and margin moves it down', () => {
    const result = runSensitivity(inputs, { metric: 'burnMultiple' });
    expect(result.base.value).toBe(computeScaleModel(inputs).capitalEfficiency.burnMultiple.value);
    const cost = result.rows.find((r) => r.id === 'roles.ae.loadedMonthlyCostUsd');
    expect(cost?.high.value).toBeGreaterThan(cost?.low.value ?? Infinity);
    const margin = result.rows.find((r) => r.id === 'grossMarginPct');
    expect(margin?.high.value).toBeLessThan(margin?.low.value ?? -Infinity);
  });

  it('with ±0% every swing is 0', () => {
    const result = runSensitivity(getScaleModelPreset('phase-2').inputs, { metric: 'burnMultiple', changePct: 0 });
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.every((r) => r.swing === 0 && r.lowInput === r.baseInput && r.highInput === r.baseInput)).toBe(true);
  });

  it('clamps moves to the valid range and says so', () => {
    const high = plan([role({ annualAttritionPct: 90, attainmentPct: 100 })]);
    const row = runSensitivity(high, { changePct: 20 }).rows.find((r) => r.id === 'roles.ae.annualAttritionPct');
    expect(row).toMatchObject({ lowInput: 72, highInput: ATTRITION_CLAMP_MAX_PCT, clamped: true });
    expect(runSensitivity(high, { changePct: 500 }).changePct).toBe(100);
    expect(runSensitivity(high, { changePct: -5 }).changePct).toBe(0);
  });

  it('a metric without a value gives rows without a swing, listed after the others', () => {
    const noArr = plan([role({ startingHeadcount: 1, loadedMonthlyCostUsd: 1000 })]);
    const result = runSensitivity(noArr, { metric: 'burnMultiple' });
    expect(result.base).toEqual({ value: null, reason: 'noNetNewArr' });
    expect(result.rows.every((r) => r.swing === null)).toBe(true);
  });

  it.each(SENSITIVITY_METRICS.map((m) => m.id))('%s: every bar equals a full recompute of the moved inputs', (metric) => {
    for (const source of [inputs, getScaleModelPreset('phase-2').inputs]) {
      const result = runSensitivity(source, { metric, changePct: 35 });
      expect(result.base).toEqual(metricValue(computeScaleModel(source), metric));
      const byId = new Map(listSensitivityAssumptions(source).map((a) => [a.id, a]));
      for (const row of result.rows) {
        const assumption = byId.get(row.id);
        if (!assumption) throw new Error(`unknown assumption ${row.id}`);
        expect(row.low).toEqual(metricValue(computeScaleModel(withAssumptionScaled(source, assumption, 0.65).inputs), metric));
        expect(row.high).toEqual(metricValue(computeScaleModel(withAssumptionScaled(source, assumption, 1.35).inputs), metric));
      }
    }
  });

  it('offers the results named in the brief', () => {
    expect(SENSITIVITY_METRICS.map((m) => m.id)).toEqual(expect.arrayContaining(['output12', 'endingCapacity', 'burnMultiple']));
  });
});

describe('withAssumptionScaled', () => {
  it('changes only the chosen assumption', () => {
    const [hiresAssumption] = listSensitivityAssumptions(inputs);
    if (!hiresAssumption) throw new Error('no assumptions');
    const moved = withAssumptionScaled(inputs, hiresAssumption, 2);
    expect(moved.inputs.roles[0]?.hiresPerMonth).toEqual(seller.hiresPerMonth.map((n) => n * 2));
    expect({ ...moved.inputs, roles: [] }).toEqual({ ...inputs, roles: [] });
    expect(inputs.roles[0]?.hiresPerMonth).toEqual(seller.hiresPerMonth);
  });
});
