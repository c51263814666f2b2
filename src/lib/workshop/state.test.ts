import { computeAutomationRoi, WEEKS_PER_MONTH } from '../automation-roi/index';
import { computeWorkshopResults, emptyWorkshopState, getWorksheet, removeAutomationRow } from '../../presets/workshop';
import { resolveOutput } from './outputs';
import { computeWorkshopAutomation, workshopAutomationInputs, type WorkshopState } from './state';
import { setGroupValue } from './worksheets/values';
import type { ComputedField } from './worksheets/types';

function withAutomation(rows: Array<{ process?: string; current?: number; saved?: number; cost?: number }>, rate: number | null, oneTime: Array<number | null> = []): WorkshopState {
  const s = emptyWorkshopState();
  let v = s.worksheets.automation;
  rows.forEach((r, i) => {
    if (r.process !== undefined) v = setGroupValue(v, 'automations', i, 'process', r.process);
    if (r.current !== undefined) v = setGroupValue(v, 'automations', i, 'current-hours-per-week', r.current);
    if (r.saved !== undefined) v = setGroupValue(v, 'automations', i, 'hours-saved-per-week', r.saved);
    if (r.cost !== undefined) v = setGroupValue(v, 'automations', i, 'monthly-cost-usd', r.cost);
  });
  return { ...s, worksheets: { ...s.worksheets, automation: v }, automation: { loadedHourlyCostUsd: rate, oneTimeCostsUsd: oneTime } };
}

const roiFields = getWorksheet('automation')
  .sections.flatMap((s) => s.entries)
  .filter((e): e is ComputedField => e.type === 'computed');
const output = (state: WorkshopState, id: string) => {
  const f = roiFields.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return resolveOutput(f.output, computeWorkshopResults(state));
};

describe('automation rows as calculator inputs', () => {
  it('maps the worksheet rows and the one-time costs by row', () => {
    const s = withAutomation([{ process: 'Invoicing', current: 10, saved: 8, cost: 100 }, { saved: 2 }], 40, [500]);
    expect(workshopAutomationInputs(s)).toEqual({
      loadedHourlyCostUsd: 40,
      processes: [
        { name: 'Invoicing', currentHoursPerWeek: 10, hoursSavedPerWeek: 8, monthlyCostUsd: 100, oneTimeCostUsd: 500 },
        { name: '', currentHoursPerWeek: null, hoursSavedPerWeek: 2, monthlyCostUsd: null, oneTimeCostUsd: null },
        { name: '', currentHoursPerWeek: null, hoursSavedPerWeek: null, monthlyCostUsd: null, oneTimeCostUsd: null },
      ],
    });
    expect(computeWorkshopAutomation(s)).toEqual(computeAutomationRoi(workshopAutomationInputs(s)));
  });

  it('removes a row together with its one-time cost', () => {
    const s = withAutomation([{ process: 'A' }, { process: 'B' }, { process: 'C' }], 40, [100, 200, 300]);
    const r = removeAutomationRow(s, 1);
    if (!r.ok) throw new Error(r.message);
    expect(r.state.worksheets.automation.groups['automations']?.map((x) => x['process'])).toEqual(['A', 'C']);
    expect(r.state.automation.oneTimeCostsUsd).toEqual([100, 300]);
  });

  it('keeps at least one automation row', () => {
    let s = withAutomation([], null);
    for (const i of [2, 1]) {
      const r = removeAutomationRow(s, i);
      if (!r.ok) throw new Error(r.message);
      s = r.state;
    }
    expect(removeAutomationRow(s, 0).ok).toBe(false);
  });
});

describe('computed blanks', () => {
  it('fill the ROI Calculation block', () => {
    // 12 + 6 hours a week at $25: 18 × 52 ÷ 12 × 25 = $1,950 a month against $390.
    const s = withAutomation([{ saved: 12, cost: 260 }, { saved: 6, cost: 130 }], 25, [1560]);
    const savings = 18 * WEEKS_PER_MONTH * 25;
    expect(output(s, 'total-time-saved')).toEqual({ kind: 'number', value: 18, note: null });
    expect(output(s, 'cost-of-automation')).toEqual({ kind: 'number', value: 390, note: null });
    expect(output(s, 'human-cost-savings')).toEqual({ kind: 'number', value: expect.closeTo(savings, 9), note: null });
    expect(output(s, 'roi')).toEqual({ kind: 'number', value: expect.closeTo(savings / 390, 9), note: null });
    expect(output(s, 'payback-period')).toEqual({ kind: 'number', value: expect.closeTo(1560 / (savings - 390), 9), note: null });
  });

  it('say why a figure is missing', () => {
    expect(output(withAutomation([], 25), 'total-time-saved')).toMatchObject({ value: null, note: 'not-counted' });
    expect(output(withAutomation([{ saved: 1, cost: 0 }], 25), 'roi')).toMatchObject({ value: null, note: 'no-running-cost' });
    expect(output(withAutomation([{ saved: 1, cost: 500 }], 25, [10]), 'payback-period')).toMatchObject({ value: null, note: 'never-pays-back' });
    expect(output(withAutomation([{ saved: 1, cost: 5 }], null), 'human-cost-savings')).toMatchObject({ value: null, note: 'missing-hourly-cost' });
    expect(output(withAutomation([{ saved: 1, cost: 5 }], null), 'payback-period')).toMatchObject({ value: null, note: 'missing-hourly-cost' });
  });

  it('fill overall, gaps and strengths from the assessments', () => {
    const s = emptyWorkshopState();
    s.assessments.strategy.answers['growth-planning'] = 9;
    s.assessments.strategy.answers['risk-management'] = 2;
    const results = computeWorkshopResults(s);
    // Three strategy categories are blank: no overall yet.
    expect(resolveOutput({ kind: 'assessment-overall', assessment: 'strategy' }, results)).toEqual({ kind: 'number', value: null, max: 100, note: 'pending' });
    expect(resolveOutput({ kind: 'assessment-gap', assessment: 'strategy', rank: 1 }, results)).toMatchObject({ kind: 'item', item: { itemId: 'risk-management' } });
    expect(resolveOutput({ kind: 'assessment-strength', assessment: 'strategy', rank: 1 }, results)).toMatchObject({ kind: 'item', item: { itemId: 'growth-planning' } });
    expect(resolveOutput({ kind: 'assessment-gap', assessment: 'strategy', rank: 2 }, results)).toEqual({ kind: 'item', item: null });
    expect(resolveOutput({ kind: 'assessment-overall', assessment: 'readiness' }, results)).toEqual({ kind: 'number', value: null, max: 50, note: 'pending' });
    Object.assign(s.assessments.strategy.answers, { 'data-architecture': 5, 'hiring-strategy': 5, 'quality-systems': 5 });
    // Every category scored: 26 of 50 answered points → 52 out of 100.
    expect(resolveOutput({ kind: 'assessment-overall', assessment: 'strategy' }, computeWorkshopResults(s))).toEqual({ kind: 'number', value: 52, max: 100, note: null });
  });
});
