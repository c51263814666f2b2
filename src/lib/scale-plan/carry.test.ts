import { describe, expect, it } from 'vitest';
import { budgetsByStage } from '../../data/playbook/financial';
import { infrastructureStages } from '../../data/playbook/infrastructure';
import { buildStagePresets } from '../stage-planner/presets';
import { computeStagePlan } from '../stage-planner/plan';
import { defaultScaleModelInputs } from '../../presets/scale-model';
import { computeUnitEconomics } from '../unit-economics';
import { unitEconomicsPresets } from '../../presets/unit-economics';
import { applyCarry, carriedInputSource, carryChanges } from './carry';
import { offersFromStagePlan, offersFromUnitEconomics } from './offers';
import { carriedFiguresSchema } from './carry-schema';

const scale = defaultScaleModelInputs();
const stage1 = buildStagePresets(budgetsByStage, infrastructureStages)[0]!.inputs;
const at = '2026-12-02T08:00:00.000Z';

describe('carrying figures into the scale model', () => {
  it("Stage 1: the year's $575K as starting cash and the 31% other than personnel ($14,854.17) a month as other costs", () => {
    const offers = offersFromStagePlan(stage1, computeStagePlan(stage1));
    expect(offers.map((o) => o.field)).toEqual(['startingCashUsd', 'otherMonthlyCostUsd']);
    expect(offers[0]!.value).toBe(575_000);
    expect(offers[1]!.value).toBeCloseTo((575_000 * 0.31) / 12);
  });

  it('lists only what would change, applies with the source, and tags a value only while it is unchanged', () => {
    const ue = unitEconomicsPresets[1]!.inputs;
    const offers = offersFromUnitEconomics(ue, computeUnitEconomics(ue));
    const changes = carryChanges(offers, scale, []);
    expect(changes.find((c) => c.field === 'cacUsd')).toMatchObject({ from: null, to: 200 });
    const applied = applyCarry(offers, scale, [], at);
    if (!applied.ok) throw new Error();
    expect(applied.scale.grossMarginPct).toBe(ue.grossMarginPct);
    expect(carryChanges(offers, applied.scale, applied.carried)).toEqual([]);
    expect(carriedInputSource('grossMarginPct', applied.scale, applied.carried)).toMatchObject({ source: 'unit-economics', carriedAt: at });
    expect(carriedInputSource('grossMarginPct', { ...applied.scale, grossMarginPct: 50 }, applied.carried)).toBeNull();
  });

  it('refuses a figure the scale model cannot hold, changing nothing', () => {
    const ue = { ...unitEconomicsPresets[1]!.inputs, grossMarginPct: -20 };
    expect(applyCarry(offersFromUnitEconomics(ue, computeUnitEconomics(ue)), scale, [], at)).toEqual({ ok: false, problem: 'out-of-range' });
    expect(applyCarry([], scale, [], at)).toEqual({ ok: false, problem: 'nothing-to-carry' });
  });

  it('without a personnel line, other costs are not carried (they would count headcount twice)', () => {
    const noPersonnel = { ...stage1, budgetLines: stage1.budgetLines.filter((l) => l.id !== 'personnel') };
    expect(offersFromStagePlan(noPersonnel, computeStagePlan(noPersonnel)).map((o) => o.field)).toEqual(['startingCashUsd']);
  });
});

describe('the stored carried figures', () => {
  const good = { field: 'startingCashUsd', value: 575_000, source: 'stage-planner', sourceLabel: 'Budget for the year', carriedAt: at };
  it.each([
    [[good], true],
    [[], true],
    [[{ ...good, field: 'rampMonths' }], false],
    [[{ ...good, value: Number.NaN }], false],
    [[{ ...good, source: 'elsewhere' }], false],
    [[{ ...good, carriedAt: 'yesterday' }], false],
    [[{ ...good, extra: 1 }], false],
    [{ not: 'a list' }, false],
    [Array.from({ length: 21 }, () => good), false],
  ])('%j → %s', (value, ok) => {
    expect(carriedFiguresSchema.safeParse(value).success).toBe(ok);
  });
});
