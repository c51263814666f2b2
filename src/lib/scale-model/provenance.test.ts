import { describe, expect, it } from 'vitest';
import { getScaleModelPresets, getScaleModelPreset } from '../../presets/scale-model';
import { provenanceOf, roleSourcePath, type ProvenancePreset } from './provenance';
import { plan, role } from './test-fixtures';

const presets = getScaleModelPresets();
const phase2 = getScaleModelPreset('phase-2');
const clone = <T>(value: T): T => structuredClone(value);

describe('provenanceOf', () => {
  it('finds the exact preset and tags every value with its source', () => {
    const p = provenanceOf(clone(phase2.inputs), presets);
    expect(p.exact?.id).toBe('phase-2');
    expect(p.closest?.id).toBe('phase-2');
    for (const [path, source] of Object.entries(phase2.sources)) expect(p.basisOf(path)).toEqual(source);
  });

  it('drops the tag of an edited value and keeps the others (a preset’s values against edited ones)', () => {
    const inputs = clone(phase2.inputs);
    const sales = inputs.roles.find((r) => r.id === 'sales');
    if (!sales) throw new Error('the preset has a sales role');
    sales.rampMonths += 1;
    inputs.startingCashUsd += 1;
    const p = provenanceOf(inputs, presets);
    expect(p.exact).toBeNull();
    expect(p.closest?.id).toBe('phase-2');
    expect(p.basisOf(roleSourcePath('sales', 'rampMonths'))).toBeNull();
    expect(p.basisOf('startingCashUsd')).toBeNull();
    expect(p.basisOf(roleSourcePath('sales', 'hiresPerMonth'))).toEqual(phase2.sources[roleSourcePath('sales', 'hiresPerMonth')]);
    expect(p.basisOf('spanOfControl')).toEqual(phase2.sources.spanOfControl);
  });

  it('compares hires month by month: one changed month drops the tag of the row', () => {
    const inputs = clone(phase2.inputs);
    const first = inputs.roles[0];
    if (!first) throw new Error('the preset has roles');
    first.hiresPerMonth[11] = (first.hiresPerMonth[11] ?? 0) + 0.5;
    const p = provenanceOf(inputs, presets);
    expect(p.basisOf(roleSourcePath(first.id, 'hiresPerMonth'))).toBeNull();
    expect(p.basisOf(roleSourcePath(first.id, 'startingHeadcount'))).not.toBeNull();
  });

  it('keeps the tags of the roles left when a role is removed', () => {
    const inputs = clone(phase2.inputs);
    const [removed, kept] = inputs.roles;
    if (!removed || !kept) throw new Error('the preset has two roles or more');
    inputs.roles = inputs.roles.slice(1);
    const p = provenanceOf(inputs, presets);
    expect(p.exact).toBeNull();
    expect(p.closest?.id).toBe('phase-2');
    expect(p.basisOf(roleSourcePath(removed.id, 'rampMonths'))).toBeNull();
    expect(p.basisOf(roleSourcePath(kept.id, 'rampMonths'))).toEqual(phase2.sources[roleSourcePath(kept.id, 'rampMonths')]);
  });

  it('tags nothing in a plan of its own, and nothing without presets', () => {
    const own = plan([role({ id: 'my-own-role' })], { spanOfControl: 13, monthlyOutputTarget: 123, startingCashUsd: 7, grossMarginPct: 61, salesMarketingCostPct: 17, coverageMultiple: 4.5, otherMonthlyCostUsd: 3, startingArrUsd: 9, winRatePct: 33 });
    const p = provenanceOf(own, presets);
    expect(p).toMatchObject({ exact: null, closest: null });
    expect(p.basisOf('spanOfControl')).toBeNull();
    expect(provenanceOf(phase2.inputs, [] as ProvenancePreset[])).toMatchObject({ exact: null, closest: null });
  });

  it('tells Phases 2 and 3 apart although they share role ids', () => {
    const phase3 = getScaleModelPreset('phase-3');
    expect(provenanceOf(clone(phase3.inputs), presets).exact?.id).toBe('phase-3');
    const edited = clone(phase3.inputs);
    edited.spanOfControl += 1;
    expect(provenanceOf(edited, presets).closest?.id).toBe('phase-3');
  });
});
