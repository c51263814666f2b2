// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadableAtom, WritableAtom } from 'nanostores';

/** Each tool's saved inputs, their starting value, its derived results and the results the server renders. */
const tools = {
  'automation ROI': async () => {
    const m = await import('./automation-roi');
    return { $inputs: m.automationRoi.$value, defaults: m.automationRoiDefaults, $result: m.$automationRoiResult, defaultResult: m.automationRoiDefaultResult };
  },
  'scale model': async () => {
    const m = await import('./scale-model');
    return { $inputs: m.scaleModel.$value, defaults: m.scaleModelDefaults, $result: m.$scaleModelResult, defaultResult: m.scaleModelDefaultResult };
  },
  'stage planner': async () => {
    const m = await import('./stage-planner');
    return { $inputs: m.stagePlanner.$value, defaults: m.stagePlannerDefaults, $result: m.$stagePlanResult, defaultResult: m.stagePlanDefaultResult };
  },
  'channel tiers': async () => {
    const m = await import('./stage4/channel-tiers');
    return { $inputs: m.channelTiers.$value, defaults: m.channelTiersDefaults, $result: m.$channelResult, defaultResult: m.channelTiersDefaultResult };
  },
  'ICP strategy': async () => {
    const m = await import('./stage4/icp-strategy');
    return { $inputs: m.icpStrategy.$value, defaults: m.icpStrategyDefaults, $result: m.$icpResult, defaultResult: m.icpStrategyDefaultResult };
  },
  'org design': async () => {
    const m = await import('./stage4/org-design');
    return { $inputs: m.orgDesign.$value, defaults: m.orgDesignDefaults, $result: m.$orgResult, defaultResult: m.orgDesignDefaultResult };
  },
} satisfies Record<string, () => Promise<{ $inputs: WritableAtom<never>; defaults: unknown; $result: ReadableAtom<unknown>; defaultResult: unknown }>>;

beforeEach(() => {
  localStorage.clear();
  vi.resetModules();
});

describe.each(Object.entries(tools))('%s results', (_, load) => {
  it('are the very results the server rendered while nothing is saved, so hydration has nothing to redo', async () => {
    const t = await load();
    expect(t.$inputs.get()).toBe(t.defaults);
    expect(t.$result.get()).toBe(t.defaultResult);
    const stop = t.$result.listen(() => {});
    expect(t.$result.get()).toBe(t.defaultResult);
    stop();
  });

  it('are computed afresh for other inputs, and again the rendered ones after a reset', async () => {
    const t = await load();
    const other = structuredClone(t.defaults);
    const stop = t.$result.listen(() => {});
    (t.$inputs as WritableAtom<unknown>).set(other);
    const fresh = t.$result.get();
    expect(fresh).not.toBe(t.defaultResult);
    expect(fresh).toEqual(t.defaultResult);
    (t.$inputs as WritableAtom<unknown>).set(t.defaults);
    expect(t.$result.get()).toBe(t.defaultResult);
    stop();
  });
});
