import { computeScaleModel } from './compute';
import { defaultScaleModelInputs, newScaleRole } from '../../presets/scale-model/defaults';
import { getScaleModelPreset } from '../../presets/scale-model/presets';
import { compareScenarios, KEY_METRICS } from './scenarios';
import { SCALE_MODEL_VERSION, scaleModelInputsSchema, scaleModelScenarioSchema, scaleModelScenariosSchema } from './schema';
import { plan, role } from './test-fixtures';

describe('scaleModelInputsSchema', () => {
  it('is version 1 and accepts every preset', () => {
    expect(SCALE_MODEL_VERSION).toBe(1);
    for (const id of ['phase-1', 'phase-2', 'phase-3'] as const) {
      expect(scaleModelInputsSchema.safeParse(getScaleModelPreset(id).inputs).success).toBe(true);
    }
  });

  it.each([
    ['another version', { ...plan(), version: 2 }],
    ['NaN', { ...plan(), spanOfControl: Number.NaN }],
    ['Infinity', { ...plan(), startingCashUsd: Number.POSITIVE_INFINITY }],
    ['attrition of 100%', plan([role({ annualAttritionPct: 100 })])],
    ['a ramp of 120 months', plan([role({ rampMonths: 120 })])],
    ['11 months of hires', plan([role({ hiresPerMonth: Array(11).fill(0) })])],
    ['negative hires', plan([role({ hiresPerMonth: [-1, ...Array(11).fill(0)] })])],
    ['an unknown ramp curve', plan([role({ rampCurve: 'cubic' as never })])],
    ['duplicate role ids', plan([role(), role()])],
    ['a string where a number belongs', { ...plan(), grossMarginPct: '75' }],
  ])('rejects %s', (_label, value) => {
    expect(scaleModelInputsSchema.safeParse(value).success).toBe(false);
  });

  it('reports the duplicate id at its path', () => {
    const parsed = scaleModelInputsSchema.safeParse(plan([role(), role()]));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['roles.1.id']);
  });
});

describe('scenarios', () => {
  const a = { name: 'Base', savedAt: '2025-01-31T09:00:00.000Z', inputs: getScaleModelPreset('phase-2').inputs };
  const fasterRamp = { ...a.inputs, roles: a.inputs.roles.map((r) => ({ ...r, rampMonths: 1 })) };
  const b = { name: 'Faster ramp', savedAt: '2025-02-01T09:00:00+01:00', inputs: fasterRamp };

  it('the list schema accepts named, dated scenarios and rejects unnamed or undated ones', () => {
    expect(scaleModelScenariosSchema.safeParse([a, b]).success).toBe(true);
    expect(scaleModelScenarioSchema.safeParse({ ...a, name: '  ' }).success).toBe(false);
    expect(scaleModelScenarioSchema.safeParse({ ...a, savedAt: 'yesterday' }).success).toBe(false);
  });

  it('lines up every key result with b − a deltas', () => {
    const comparison = compareScenarios(a, b);
    expect(comparison.rows.map((r) => r.id)).toEqual(KEY_METRICS.map((m) => m.id));
    const ra = computeScaleModel(a.inputs);
    const rb = computeScaleModel(b.inputs);
    const capacity = comparison.rows.find((r) => r.id === 'endingCapacity');
    expect(capacity?.a.value).toBe(ra.totals.endingCapacity);
    expect(capacity?.delta).toBeCloseTo(rb.totals.endingCapacity - ra.totals.endingCapacity, 9);
    expect(capacity?.delta).toBeGreaterThan(0);
    const output = comparison.rows.find((r) => r.id === 'output12');
    expect(output?.deltaPct).toBeCloseTo(((rb.totals.output12 - ra.totals.output12) / ra.totals.output12) * 100, 9);
    const cost = comparison.rows.find((r) => r.id === 'costUsd12');
    expect(cost?.delta).toBeCloseTo(0, 6);
  });

  it('a metric missing on either side has no delta, and a zero base has no percentage', () => {
    const idle = { ...a, inputs: plan([role({ outputIsNetNewArr: true })]) };
    const rows = compareScenarios(idle, a).rows;
    const burn = rows.find((r) => r.id === 'burnMultiple');
    expect(burn?.a).toEqual({ value: null, reason: 'noNetNewArr' });
    expect(burn?.delta).toBeNull();
    const hires = rows.find((r) => r.id === 'hires12');
    expect(hires?.a.value).toBe(0);
    expect(hires?.delta).toBe(computeScaleModel(a.inputs).totals.hires12);
    expect(hires?.deltaPct).toBeNull();
  });
});

describe('defaults', () => {
  it('a first visit starts from a valid plan', () => {
    expect(scaleModelInputsSchema.safeParse(defaultScaleModelInputs()).success).toBe(true);
  });

  it('a new role gets an unused id, no hires and passes the schema in a plan', () => {
    const inputs = defaultScaleModelInputs();
    const ids = [...inputs.roles.map((r) => r.id), 'role-7'];
    const added = newScaleRole(ids, 'SDR');
    expect(ids).not.toContain(added.id);
    expect(added).toMatchObject({ name: 'SDR', hiresPerMonth: Array(12).fill(0) });
    expect(scaleModelInputsSchema.safeParse({ ...inputs, roles: [...inputs.roles, added] }).success).toBe(true);
  });
});
