// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadableAtom, WritableAtom } from 'nanostores';

/** A tool's saved inputs, their starting value, its derived results and the results the server renders. */
interface ToolCase {
  $inputs: { get(): unknown; set(value: unknown): void };
  defaults: unknown;
  $result: ReadableAtom<unknown>;
  defaultResult: unknown;
}
const tool = <I, R>(t: { $inputs: WritableAtom<I>; defaults: I; $result: ReadableAtom<R>; defaultResult: R }) => t as unknown as ToolCase;

const tools: Record<string, () => Promise<ToolCase>> = {
  'automation ROI': async () => {
    const m = await import('./automation-roi');
    return tool({ $inputs: m.automationRoi.$value, defaults: m.automationRoiDefaults, $result: m.$automationRoiResult, defaultResult: m.automationRoiDefaultResult() });
  },
  'scale model': async () => {
    const m = await import('./scale-model');
    return tool({ $inputs: m.scaleModel.$value, defaults: m.scaleModelDefaults, $result: m.$scaleModelResult, defaultResult: m.scaleModelDefaultResult() });
  },
  'stage planner': async () => {
    const m = await import('./stage-planner');
    return tool({ $inputs: m.stagePlanner.$value, defaults: m.stagePlannerDefaults, $result: m.$stagePlanResult, defaultResult: m.stagePlanDefaultResult() });
  },
  'channel tiers': async () => {
    const m = await import('./stage4/channel-tiers');
    return tool({ $inputs: m.channelTiers.$value, defaults: m.channelTiersDefaults, $result: m.$channelResult, defaultResult: m.channelTiersDefaultResult() });
  },
  'ICP strategy': async () => {
    const m = await import('./stage4/icp-strategy');
    return tool({ $inputs: m.icpStrategy.$value, defaults: m.icpStrategyDefaults, $result: m.$icpResult, defaultResult: m.icpStrategyDefaultResult() });
  },
  'org design': async () => {
    const m = await import('./stage4/org-design');
    return tool({ $inputs: m.orgDesign.$value, defaults: m.orgDesignDefaults, $result: m.$orgResult, defaultResult: m.orgDesignDefaultResult() });
  },
};

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
    t.$inputs.set(other);
    const fresh = t.$result.get();
    expect(fresh).not.toBe(t.defaultResult);
    expect(fresh).toEqual(t.defaultResult);
    t.$inputs.set(t.defaults);
    expect(t.$result.get()).toBe(t.defaultResult);
    stop();
  });
});
