// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Load the stores afresh, as a new page would. */
async function fresh() {
  vi.resetModules();
  const live = await import('./scale-plan-live');
  const { scaleModel } = await import('./scale-model');
  const { carriedFigures } = await import('./carried-figures');
  return { ...live, scaleModel, carriedFigures };
}

describe('scale plan, live part', () => {
  beforeEach(() => localStorage.clear());

  it('names a carried figure only while the scale model still holds the carried value', async () => {
    const s = await fresh();
    const cash = s.scaleModel.$value.get().startingCashUsd + 1_000;
    s.scaleModel.$value.set({ ...s.scaleModel.$value.get(), startingCashUsd: cash });
    s.carriedFigures.$value.set([{ field: 'startingCashUsd', value: cash, source: 'stage-planner', sourceLabel: 'Budget for the year', carriedAt: '2026-12-01T09:30:00.000Z' }]);
    expect(s.$carriedLines.get()).toEqual([{ field: 'startingCashUsd', text: 'Budget for the year from the stage planner (2026-12-01)' }]);
    s.scaleModel.$value.set({ ...s.scaleModel.$value.get(), startingCashUsd: cash + 1 });
    expect(s.$carriedLines.get()).toEqual([]);
  });

  it('follows the plan as a tool is saved, and stops when asked', async () => {
    const s = await fresh();
    const seen: (boolean | undefined)[] = [];
    const stop = s.followLivePlan((live) => seen.push(live.plan.sections.find((x) => x.id === 'hiring-plan')?.summary !== null));
    expect(seen).toEqual([false]);
    s.scaleModel.$value.set({ ...s.scaleModel.$value.get(), startingCashUsd: 123_456 });
    expect(seen.at(-1)).toBe(true);
    stop();
    const count = seen.length;
    s.scaleModel.$value.set({ ...s.scaleModel.$value.get(), startingCashUsd: 654_321 });
    expect(seen.length).toBe(count);
  });
});
