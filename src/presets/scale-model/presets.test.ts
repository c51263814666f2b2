import { parseNumber } from '../../lib/parse';
import { computeScaleModel } from '../../lib/scale-model/compute';
import { sum } from '../../lib/scale-model/math';
import { getScaleModelPreset, getScaleModelPresets, presetValueSource } from './presets';
import type { ScaleModelPreset } from './presets';
import { DEFAULT_COVERAGE_MULTIPLE, PLAN_MONTHS } from '../../lib/scale-model/rules';
import {
  SEED_FUNCTIONS,
  SEED_HIRE_AHEAD_MONTHS,
  SEED_ORG_STAGES,
  SEED_PHASE_1,
  SEED_PHASE_2,
  SEED_PHASE_3,
  SEED_STAGE_3_ARR_GATE_USD,
  SEED_STAGE_BUDGETS,
} from '../../data/playbook/scale-model-seed';
import type { SeedFunctionId } from '../../lib/scale-model/seed-types';
import * as text from './seed-excerpts.test-data';

// ---- Parse the playbook's own words -------------------------------------------------------------

function phaseBlock(n: 1 | 2 | 3): string {
  const start = text.SEED_TEXT_TIMELINE.indexOf(`**Phase ${n} `);
  const end = text.SEED_TEXT_TIMELINE.indexOf('**Phase', start + 5);
  return text.SEED_TEXT_TIMELINE.slice(start, end === -1 ? undefined : end);
}
const range = (s: string) => {
  const m = /(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?/.exec(s);
  return { min: Number(m?.[1]), max: Number(m?.[2] ?? m?.[1]) };
};
const statedTotal = (block: string) => range(/\*\*Total\*\*: ([\d.-]+) FTE/.exec(block)?.[1] ?? '');
const phaseMonths = (block: string) => range(/\(Months ([\d-]+)\)/.exec(block)?.[1] ?? '');
const functionId = (name: string) => SEED_FUNCTIONS.find((f) => f.name === name)?.id as SeedFunctionId;

const parsedPhase1 = [...phaseBlock(1).matchAll(/^- ([\d.]+) (.+) \(Month (\d+)\)$/gm)].map((m) => ({
  fte: Number(m[1]),
  label: m[2] ?? '',
  month: Number(m[3]),
}));
const parsedLater = (n: 2 | 3) =>
  [...phaseBlock(n).matchAll(/^- ([A-Za-z ]+): \+(\d+) \(total (\d+)\)$/gm)].map((m) => ({
    functionId: functionId(m[1] ?? ''),
    added: Number(m[2]),
    total: Number(m[3]),
  }));
// Phase 1's roles belong to functions: Engineers → Engineering, Product Manager and Designer → Product.
const phase1Function = (label: string): SeedFunctionId =>
  label === 'Engineers' ? 'engineering' : label === 'Product Manager' || label === 'Designer' ? 'product' : functionId(label);
const parsedPhase1ByFunction = (id: SeedFunctionId) => sum(parsedPhase1.filter((l) => phase1Function(l.label) === id).map((l) => l.fte));

const orgSizes = (chart: string) => [...chart.matchAll(/\((\d+)(?:-(\d+))?\)$/gm)].map((m) => ({ min: Number(m[1]), max: Number(m[2] ?? m[1]) }));
const parsedBudgets = [...text.SEED_TEXT_BUDGETS.matchAll(/\*\*Stage (\d) Budget \((\$[\d.]+[KM])\):\*\*\n- Personnel: (\d+)%\n- Infrastructure: (\d+)%\n- Marketing: (\d+)%\n- Operations: (\d+)%/g)].map((m) => ({
  stage: Number(m[1]),
  totalUsd: parseNumber(m[2] ?? ''),
  pcts: [m[3], m[4], m[5], m[6]].map(Number),
}));

const notesOf = (preset: ScaleModelPreset) => Object.fromEntries(preset.notes.map((n) => [n.id, n]));

// ---- The transcription matches the text ---------------------------------------------------------

describe('seed figures as transcribed', () => {
  it('Phase 1 lists the same hires, months and stated total as the playbook', () => {
    expect(parsedPhase1).toHaveLength(6);
    expect(SEED_PHASE_1.listed.map(({ fte, label, month }) => ({ fte, label, month }))).toEqual(parsedPhase1);
    expect(SEED_PHASE_1.statedTotalFte).toEqual(statedTotal(phaseBlock(1)));
    expect({ min: SEED_PHASE_1.firstMonth, max: SEED_PHASE_1.lastMonth }).toEqual(phaseMonths(phaseBlock(1)));
  });

  it.each([
    [2, SEED_PHASE_2],
    [3, SEED_PHASE_3],
  ] as const)('Phase %i lists the same "+N (total T)" lines, months and stated total', (n, phase) => {
    expect(parsedLater(n)).toHaveLength(6);
    expect(phase.functions).toEqual(parsedLater(n));
    expect(phase.statedTotalFte).toEqual(statedTotal(phaseBlock(n)));
    expect({ min: phase.firstMonth, max: phase.lastMonth }).toEqual(phaseMonths(phaseBlock(n)));
  });

  it('org chart team sizes are those of the charts, in order', () => {
    const charts = [text.SEED_TEXT_ORG_1, text.SEED_TEXT_ORG_2, text.SEED_TEXT_ORG_3];
    SEED_ORG_STAGES.forEach((stage, i) => {
      expect(stage.groups.map((g) => g.size)).toEqual(orgSizes(charts[i] ?? ''));
    });
  });

  it('stage budgets, allocation shares and stage lengths are the playbook’s', () => {
    const charts = [text.SEED_TEXT_ORG_1, text.SEED_TEXT_ORG_2, text.SEED_TEXT_ORG_3];
    expect(
      SEED_STAGE_BUDGETS.map((b) => ({ stage: b.stage, totalUsd: b.totalUsd, pcts: [b.personnelPct, b.infrastructurePct, b.marketingPct, b.operationsPct] })),
    ).toEqual(parsedBudgets);
    SEED_STAGE_BUDGETS.forEach((b, i) => {
      const months = phaseMonths(charts[i] ?? '');
      expect(b.months).toBe(months.max - months.min + 1);
    });
  });

  it('lead time, coverage and the ARR gate are the playbook’s', () => {
    expect(SEED_HIRE_AHEAD_MONTHS).toEqual(range(/Recruit ([\d-]+) months/.exec(text.SEED_TEXT_PRINCIPLE)?.[1] ?? ''));
    expect(DEFAULT_COVERAGE_MULTIPLE).toBe(Number(/\((\d+)x target\)/.exec(text.SEED_TEXT_COVERAGE)?.[1]));
    expect(SEED_STAGE_3_ARR_GATE_USD).toBe(parseNumber(/(\$[\d.]+M) ARR/.exec(text.SEED_TEXT_GATE)?.[1] ?? ''));
  });
});

// ---- The presets ---------------------------------------------------------------------------------

describe('Phase 1 preset', () => {
  const preset = getScaleModelPreset('phase-1');

  it('hires exactly the listed people in the listed months and nothing after month 6', () => {
    for (const line of parsedPhase1) {
      const roleHires = preset.inputs.roles.find((r) => r.name === line.label)?.hiresPerMonth ?? [];
      const listed = sum(parsedPhase1.filter((l) => l.label === line.label && l.month === line.month).map((l) => l.fte));
      expect(roleHires[line.month - 1]).toBe(listed);
    }
    const total = sum(preset.inputs.roles.map((r) => sum(r.hiresPerMonth)));
    expect(total).toBe(sum(parsedPhase1.map((l) => l.fte)));
    expect(preset.inputs.roles.every((r) => r.hiresPerMonth.slice(6).every((n) => n === 0))).toBe(true);
  });

  it('notes that the listed hires fall short of the stated total', () => {
    const listed = sum(parsedPhase1.map((l) => l.fte));
    const stated = statedTotal(phaseBlock(1));
    const note = notesOf(preset)['phase-1-listed-vs-stated'];
    expect(note?.figures).toEqual({ listed, statedMin: stated.min, statedMax: stated.max });
    expect(note?.status).toBe(listed >= stated.min && listed <= stated.max ? 'consistent' : 'differs');
    expect(note?.status).toBe('differs');
    expect(note?.text).toContain(`${listed} FTE`);
  });

  it('hires in month 1 with the playbook’s 3-month lead are flagged late', () => {
    const result = computeScaleModel(preset.inputs);
    const monthOne = result.requisitions.filter((r) => r.hireMonth === 1);
    expect(monthOne.length).toBe(parsedPhase1.filter((l) => l.month === 1).length);
    expect(monthOne.every((r) => r.late && r.monthsLate === 1 - (1 - SEED_HIRE_AHEAD_MONTHS.min))).toBe(true);
  });
});

describe.each([
  [2, 'phase-2'],
  [3, 'phase-3'],
] as const)('Phase %i preset', (n, id) => {
  const preset = getScaleModelPreset(id);
  const lines = parsedLater(n);

  it('starts each function at total − added and spreads the added hires over the 12 months', () => {
    for (const line of lines) {
      const role = preset.inputs.roles.find((r) => r.id === line.functionId);
      expect(role?.startingHeadcount).toBe(line.total - line.added);
      expect(sum(role?.hiresPerMonth ?? [])).toBe(line.added);
      expect(role?.hiresPerMonth.every((h) => Number.isInteger(h) && h <= Math.ceil(line.added / PLAN_MONTHS))).toBe(true);
    }
  });

  it('with no attrition, ends at the stated function totals', () => {
    const noAttrition = { ...preset.inputs, roles: preset.inputs.roles.map((r) => ({ ...r, annualAttritionPct: 0 })) };
    const result = computeScaleModel(noAttrition);
    expect(result.roles.map((r) => r.endingHeadcount)).toEqual(lines.map((l) => l.total));
  });

  it('checks each "+N (total T)" against the previous phase', () => {
    const notes = notesOf(preset);
    for (const line of lines) {
      const previous = n === 2 ? parsedPhase1ByFunction(line.functionId) : (parsedLater(2).find((l) => l.functionId === line.functionId)?.total ?? 0);
      const note = notes[`${id}-${line.functionId}-carry-over`];
      expect(note?.figures).toEqual({ previous, added: line.added, expected: previous + line.added, statedTotal: line.total });
      expect(note?.status).toBe(previous + line.added === line.total ? 'consistent' : 'differs');
    }
  });

  it('checks the function totals against the stated phase total', () => {
    const totals = sum(lines.map((l) => l.total));
    const stated = statedTotal(phaseBlock(n));
    const note = notesOf(preset)[`${id}-totals-vs-stated`];
    expect(note?.figures).toEqual({ totals, statedMin: stated.min, statedMax: stated.max });
    expect(note?.status).toBe(totals >= stated.min && totals <= stated.max ? 'consistent' : 'differs');
  });
});

describe('what the checks find in this playbook', () => {
  it('Phase 2: Engineering 4 + 6 ≠ 12, while Product and Customer Success carry over exactly', () => {
    const notes = notesOf(getScaleModelPreset('phase-2'));
    const engineering = parsedLater(2).find((l) => l.functionId === 'engineering');
    const expected = parsedPhase1ByFunction('engineering') + (engineering?.added ?? 0);
    expect(expected).not.toBe(engineering?.total);
    expect(notes['phase-2-engineering-carry-over']?.figures).toMatchObject({ expected, statedTotal: engineering?.total });
    expect(notes['phase-2-engineering-carry-over']?.status).toBe('differs');
    expect(notes['phase-2-product-carry-over']?.status).toBe('consistent');
    expect(notes['phase-2-customer-success-carry-over']?.status).toBe('consistent');
    expect(notes['phase-2-totals-vs-stated']?.status).toBe('consistent');
  });

  it('Phase 3: every function carries over from Phase 2 and the totals make the stated 75', () => {
    const notes = getScaleModelPreset('phase-3').notes;
    expect(notes.filter((x) => x.id.endsWith('-carry-over') && x.id !== 'phase-3-stated-total-carry-over').every((x) => x.status === 'consistent')).toBe(true);
    const months = phaseMonths(phaseBlock(3));
    expect(notes.find((x) => x.id === 'phase-3-window')?.figures).toEqual({ spanMonths: months.max - months.min + 1, planMonths: PLAN_MONTHS, added: sum(parsedLater(3).map((l) => l.added)) });
  });

  it('Stages 1 and 2 allocate 101% of their budgets', () => {
    for (const b of parsedBudgets) {
      const preset = getScaleModelPreset(`phase-${b.stage}` as 'phase-1');
      const note = notesOf(preset)[`phase-${b.stage}-budget-allocation`];
      expect(note?.figures.allocatedPct).toBe(sum(b.pcts));
      expect(note?.status).toBe(sum(b.pcts) === 100 ? 'consistent' : 'differs');
    }
  });
});

describe('provenance of preset values', () => {
  it.each(getScaleModelPresets().map((p) => [p.id, p] as const))('%s labels every value: seed, derived or assumption', (_id, preset) => {
    for (const role of preset.inputs.roles) {
      for (const field of Object.keys(role).filter((k) => k !== 'id' && k !== 'name')) {
        expect(presetValueSource(preset, `roles.${role.id}.${field}`), `${role.id}.${field}`).not.toBeNull();
      }
      for (const field of ['rampMonths', 'fullOutputPerMonth', 'attainmentPct', 'annualAttritionPct']) {
        expect(presetValueSource(preset, `roles.${role.id}.${field}`)?.basis).toBe('assumption');
      }
      expect(presetValueSource(preset, `roles.${role.id}.loadedMonthlyCostUsd`)?.basis).toBe('derived');
    }
    for (const field of Object.keys(preset.inputs).filter((k) => k !== 'version' && k !== 'roles')) {
      expect(presetValueSource(preset, field), field).not.toBeNull();
    }
    expect(presetValueSource(preset, 'coverageMultiple')?.basis).toBe('seed');
  });

  it('derives one loaded cost per FTE-month so people cost equals the budget’s personnel share', () => {
    for (const preset of getScaleModelPresets()) {
      const stage = Number(preset.id.slice(-1));
      const budget = parsedBudgets.find((b) => b.stage === stage);
      const stageMonths = SEED_STAGE_BUDGETS.find((b) => b.stage === stage)?.months ?? 0;
      const covered = Math.min(PLAN_MONTHS, stageMonths);
      const personnel = ((budget?.totalUsd ?? 0) * (budget?.pcts[0] ?? 0)) / 100 * (covered / stageMonths);
      const result = computeScaleModel(preset.inputs);
      expect(sum(result.months.slice(0, covered).map((m) => m.headcountCostUsd))).toBeCloseTo(personnel, 4);
    }
  });

  it('Phase 2 ends at the Stage 2 → 3 ARR gate and Phase 3 starts there', () => {
    expect(computeScaleModel(getScaleModelPreset('phase-2').inputs).capitalEfficiency.endingArrUsd).toBeCloseTo(SEED_STAGE_3_ARR_GATE_USD, 4);
    expect(getScaleModelPreset('phase-3').inputs.startingArrUsd).toBe(SEED_STAGE_3_ARR_GATE_USD);
  });

  it('returns fresh copies, so editing one does not change the next', () => {
    const first = getScaleModelPreset('phase-1');
    first.inputs.roles[0]?.hiresPerMonth.fill(99);
    expect(getScaleModelPreset('phase-1').inputs.roles[0]?.hiresPerMonth[0]).toBe(parsedPhase1[0]?.fte);
  });
});
