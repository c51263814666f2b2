import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { budgetsByStage } from '../../data/playbook/financial';
import { infrastructureStages } from '../../data/playbook/infrastructure';
import { stage4ExitCriteria } from '../../data/stage-4/exit-criteria';
import { buildStagePresets } from '../stage-planner/presets';
import { presetInputs } from '../../presets/scale-model';
import { unitEconomicsPresets } from '../../presets/unit-economics';
import { encodeShare, decodeShare } from '../persist/share';
import { itemIdFromLabel } from '../content/checklist-state';
import { buildScalePlan, EMPTY_SCALE_PLAN_INPUTS, exitCriteriaSummary, SCALE_PLAN_CHECKS, SCALE_PLAN_SECTIONS, SCALE_PLAN_SHARE_VERSION, SCALE_PLAN_TOOL, scalePlanInputsSchema, type ScalePlanInputs } from '.';

const registry = { sections: SCALE_PLAN_SECTIONS, checks: SCALE_PLAN_CHECKS, criteria: stage4ExitCriteria };
const full: ScalePlanInputs = {
  unitEconomics: unitEconomicsPresets[0]!.inputs,
  scaleModel: presetInputs('phase-1'),
  stagePlan: buildStagePresets(budgetsByStage, infrastructureStages)[0]!.inputs,
  readiness: null,
  strategy: null,
  icp: null,
  channels: null,
  org: null,
  exitTicks: ['infrastructure-in-place', 'playbooks-complete'],
};

describe('the scale plan', () => {
  it('with nothing saved: every section is empty and every check names what it misses', () => {
    const plan = buildScalePlan(EMPTY_SCALE_PLAN_INPUTS, registry);
    expect(plan.sections.every((s) => s.summary === null)).toBe(true);
    for (const c of plan.checks) {
      expect(c.outcome.status).toBe('missing');
      if (c.outcome.status === 'missing') expect(c.outcome.missing.length).toBeGreaterThan(0);
    }
    expect(plan.exitCriteria.every((r) => r.status === 'not-yet' && r.reasons[0]!.kind === 'checklist-not-saved')).toBe(true);
  });

  it("with Stage 1 figures: the infrastructure check contradicts the ticked 'Infrastructure in place'", () => {
    const plan = buildScalePlan(full, registry);
    expect(plan.sections.find((s) => s.id === 'hiring-plan')!.summary!.figures.length).toBeGreaterThan(3);
    expect(plan.checks.find((c) => c.id === 'infrastructure-share')!.outcome.status).toBe('contradiction');
    const infra = plan.exitCriteria.find((r) => r.id === 'infrastructure-in-place')!;
    expect(infra.status).toBe('contradicted');
    expect(infra.reasons).toContainEqual({ kind: 'contradicted-by', checkId: 'infrastructure-share' });
    expect(plan.exitCriteria.find((r) => r.id === 'playbooks-complete')!.status).toBe('met');
    expect(plan.exitCriteria.find((r) => r.id === 'channel-tiers-defined')!.status).toBe('not-yet');
    expect(JSON.stringify(plan)).not.toMatch(/NaN|Infinity/);
  });

  it('the sensitivity top three are listed for the hiring plan', () => {
    const hiring = buildScalePlan(full, registry).sections.find((s) => s.id === 'hiring-plan')!.summary!;
    expect(hiring.lists?.[0]?.items.length).toBe(3);
  });

  it('a criterion whose check is missing stays met on its tick and says what was not checked', () => {
    const rows = exitCriteriaSummary(stage4ExitCriteria, ['infrastructure-in-place'], { 'infrastructure-share': { status: 'missing', missing: ['x'] } });
    const infra = rows.find((r) => r.id === 'infrastructure-in-place')!;
    expect(infra.status).toBe('met');
    expect(infra.reasons).toContainEqual({ kind: 'unchecked', checkId: 'infrastructure-share', missing: ['x'] });
  });

  it('shares as one link that validates, and refuses a tampered or foreign one', () => {
    const payload = encodeShare(SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION, full);
    expect(payload.length).toBeLessThan(4_000);
    const back = decodeShare(payload, SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION, scalePlanInputsSchema);
    expect(back.ok && back.value.stagePlan).toEqual(full.stagePlan);
    expect(decodeShare(encodeShare(SCALE_PLAN_TOOL, 1, { ...full, stagePlan: { ...full.stagePlan, uptimePct: 900 } }), SCALE_PLAN_TOOL, 1, scalePlanInputsSchema).ok).toBe(false);
    expect(decodeShare(payload.slice(0, -5) + 'XXXXX', SCALE_PLAN_TOOL, 1, scalePlanInputsSchema).ok).toBe(false);
  });

  it("the exit criteria are the guide's checklist items", () => {
    const guide = readFileSync('src/content/docs/guides/stage-4-scale-readiness.mdx', 'utf8');
    const block = guide.slice(guide.indexOf('id="stage-4-exit-criteria"'));
    for (const c of stage4ExitCriteria) {
      expect(block).toContain(`'${c.label}'`);
      expect(itemIdFromLabel(c.label)).toBe(c.id);
    }
  });
});
