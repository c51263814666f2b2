import { checkContinuity, endSizes, fteByFunction, growthTotals, hiresByMonth, sumFte } from './hiring';
import { compareHeadcount } from './headcount';
import { sumHeadcount } from './org-chart';
import { phase1, phase2, phase3 } from '../../data/playbook/hiring';
import { stage2Chart } from '../../data/playbook/org-charts';

describe('hiring timeline data carries the seed figures', () => {
  it('Phase 1 hires by month', () => {
    expect(phase1.hires.map((h) => [h.fte, h.role, h.month])).toEqual([
      [2, 'Engineers', 1],
      [2, 'Engineers', 2],
      [1, 'Product Manager', 1],
      [1, 'Designer', 1],
      [0.5, 'Marketing', 4],
      [0.5, 'Sales', 5],
    ]);
    expect(phase1.statedTotal).toEqual({ min: 8, max: 10 });
  });

  it('Phases 2 and 3 by function: +added (total)', () => {
    expect(phase2.growth.map((g) => [g.label, g.added, g.total])).toEqual([
      ['Engineering', 6, 12],
      ['Product', 3, 5],
      ['Sales', 5, 6],
      ['Marketing', 3, 4],
      ['Customer Success', 3, 3],
      ['Operations', 1, 2],
    ]);
    expect(phase3.growth.map((g) => [g.label, g.added, g.total])).toEqual([
      ['Engineering', 14, 26],
      ['Product', 4, 9],
      ['Sales', 10, 16],
      ['Marketing', 5, 9],
      ['Customer Success', 6, 9],
      ['Operations', 4, 6],
    ]);
  });
});

describe('Phase 1', () => {
  it('listed hires come to 2+2+1+1+0.5+0.5 = 7 FTE, short of the stated 8–10 FTE', () => {
    expect(sumFte(phase1.hires)).toBe(2 + 2 + 1 + 1 + 0.5 + 0.5);
    expect(sumFte(phase1.hires)).toBe(7);
    expect(compareHeadcount({ min: 7, max: 7 }, phase1.statedTotal).relation).toBe('outside');
  });

  it('month by month: 4 in month 1, 2 in month 2, none in 3, 0.5 in 4 and 5, none in 6', () => {
    expect(hiresByMonth(phase1.hires, phase1.monthsFrom, phase1.monthsTo).map((m) => [m.month, m.fte])).toEqual([
      [1, 4],
      [2, 2],
      [3, 0],
      [4, 0.5],
      [5, 0.5],
      [6, 0],
    ]);
  });
});

describe('Phases 2 and 3', () => {
  it('Phase 2 ends at 12+5+6+4+3+2 = 32, inside the stated 30–35 FTE, after adding 21', () => {
    const t = growthTotals(phase2.growth);
    expect(t.total).toBe(12 + 5 + 6 + 4 + 3 + 2);
    expect(t.added).toBe(6 + 3 + 5 + 3 + 3 + 1);
    expect(t.impliedStart).toBe(32 - 21);
    expect(compareHeadcount({ min: t.total, max: t.total }, phase2.statedTotal).relation).toBe('within');
  });

  it('Phase 2’s 32 falls inside the Stage 2 org chart’s 31–35', () => {
    const t = growthTotals(phase2.growth);
    expect(compareHeadcount({ min: t.total, max: t.total }, sumHeadcount(stage2Chart.root)).relation).toBe('within');
  });

  it('Phase 3 ends at 26+9+16+9+9+6 = 75, the stated 75 FTE, after adding 43', () => {
    const t = growthTotals(phase3.growth);
    expect(t.total).toBe(75);
    expect(t.added).toBe(14 + 4 + 10 + 5 + 6 + 4);
    expect(compareHeadcount({ min: t.total, max: t.total }, phase3.statedTotal).relation).toBe('equal');
  });

  it('Phase 3 starts exactly where Phase 2 ends, function by function', () => {
    expect(checkContinuity(endSizes(phase2.growth), phase3.growth).every((c) => c.matches)).toBe(true);
  });

  it('Phase 2 implies a Phase 1 team of 11 that the Phase 1 hires do not all list', () => {
    const checks = checkContinuity(fteByFunction(phase1.hires), phase2.growth);
    expect(checks.map((c) => [c.function, c.impliedStart, c.previousEnd, c.matches])).toEqual([
      ['engineering', 6, 4, false],
      ['product', 2, 2, true],
      ['sales', 1, 0.5, false],
      ['marketing', 1, 0.5, false],
      ['customer-success', 0, 0, true],
      ['operations', 1, 0, false],
    ]);
  });
});

describe('edges', () => {
  it('empty lists add up to zero', () => {
    expect(sumFte([])).toBe(0);
    expect(growthTotals([])).toEqual({ added: 0, total: 0, impliedStart: 0 });
    expect(hiresByMonth([], 3, 2)).toEqual([]);
  });
});
