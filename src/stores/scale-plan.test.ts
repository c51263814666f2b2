// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { unitEconomicsPresets } from '../presets/unit-economics';

/** Load the stores afresh, as a new page would. */
async function freshStores() {
  vi.resetModules();
  const plan = await import('./scale-plan');
  const ue = await import('./unit-economics');
  const sp = await import('./stage-planner');
  const ticks = await import('./exit-checklist');
  return { ...plan, ...ue, ...sp, ...ticks };
}

function otherTab(key: string, newValue: string) {
  localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}

describe('scale plan store', () => {
  beforeEach(() => localStorage.clear());

  it('treats a tool with nothing saved as missing, and follows a tool saved in another tab', async () => {
    const s = await freshStores();
    const off = s.$scalePlanInputs.listen(() => {});
    expect(s.$scalePlanInputs.get().unitEconomics).toBeNull();
    expect(s.$scalePlanInputs.get().stagePlan).toBeNull();
    const inputs = { ...unitEconomicsPresets[0]!.inputs, arpaMonthlyUsd: 321 };
    otherTab('scale-handbook:unit-economics:v1', JSON.stringify(inputs));
    expect(s.$scalePlanInputs.get().unitEconomics?.arpaMonthlyUsd).toBe(321);
    expect(s.$scalePlan.get().sections.find((x) => x.id === 'unit-economics')!.summary).not.toBeNull();
    off();
  });

  it('a corrupt saved value reads as the defaults, never as a crash', async () => {
    localStorage.setItem('scale-handbook:stage-planner:v1', '{not json');
    const s = await freshStores();
    const off = s.$scalePlanInputs.listen(() => {});
    expect(s.$scalePlanInputs.get().stagePlan).toEqual(s.stagePlannerDefaults);
    expect(s.stagePlanner.$notice.get()).toBe('corrupt');
    off();
  });

  it('reads the exit-criteria ticks and follows them from another tab', async () => {
    const s = await freshStores();
    const stop = s.followExitTicks();
    expect(s.$exitTicks.get()).toBeNull();
    otherTab('scale-handbook:checklist:stage-4-exit-criteria:v1', JSON.stringify({ checked: ['playbooks-complete', 'unknown'] }));
    expect(s.$exitTicks.get()).toEqual(['playbooks-complete']);
    stop();
  });

  it('reads the assessments from the saved workshop, and follows the workshop saved in another tab', async () => {
    const { emptyWorkshopState } = await import('../presets/workshop');
    const state = emptyWorkshopState();
    state.assessments.readiness.answers['brand-recognition'] = 6;
    localStorage.setItem('scale-handbook:day-29:v1', JSON.stringify(state));
    const s = await freshStores();
    const off = s.$scalePlanInputs.listen(() => {});
    expect(s.$scalePlanInputs.get().readiness?.['brand-recognition']).toBe(6);
    expect(s.$scalePlanInputs.get().strategy).toBeNull();
    state.assessments.strategy.answers['hiring-strategy'] = 4;
    otherTab('scale-handbook:day-29:v1', JSON.stringify(state));
    expect(s.$scalePlanInputs.get().strategy?.['hiring-strategy']).toBe(4);
    otherTab('scale-handbook:day-29:v1', '{"assessments": {"readiness": {"answers": {"brand-recognition": 11}}}}');
    expect(s.$scalePlanInputs.get().readiness).toBeNull();
    off();
  });

  it('copies shared assessment answers into the workshop, keeping its worksheets', async () => {
    const { emptyWorkshopState } = await import('../presets/workshop');
    const state = emptyWorkshopState();
    state.worksheets.roadmap.fields['team-size-from'] = 18;
    localStorage.setItem('scale-handbook:day-29:v1', JSON.stringify(state));
    const s = await freshStores();
    const off = s.$scalePlanInputs.listen(() => {});
    const readiness = { ...s.$scalePlanInputs.get().readiness, ...Object.fromEntries(Object.keys(state.assessments.readiness.answers).map((k) => [k, 3])) };
    await s.copyScalePlanIn({ ...s.$scalePlanInputs.get(), readiness });
    const saved = JSON.parse(localStorage.getItem('scale-handbook:day-29:v1')!);
    expect(saved.assessments.readiness.answers).toEqual(readiness);
    expect(saved.worksheets.roadmap.fields['team-size-from']).toBe(18);
    expect(s.$scalePlanInputs.get().readiness).toEqual(readiness);
    off();
  });

  it('copies a shared plan into this browser, leaving the parts it lacks alone', async () => {
    const s = await freshStores();
    const off = s.$scalePlanInputs.listen(() => {});
    await s.copyScalePlanIn({ ...s.$scalePlanInputs.get(), stagePlan: { ...s.stagePlannerDefaults, budgetTotalUsd: 1_000 }, exitTicks: ['infrastructure-in-place'] });
    expect(JSON.parse(localStorage.getItem('scale-handbook:stage-planner:v1')!).budgetTotalUsd).toBe(1_000);
    expect(JSON.parse(localStorage.getItem('scale-handbook:checklist:stage-4-exit-criteria:v1')!)).toEqual({ checked: ['infrastructure-in-place'] });
    expect(localStorage.getItem('scale-handbook:unit-economics:v1')).toBeNull();
    off();
  });
});
