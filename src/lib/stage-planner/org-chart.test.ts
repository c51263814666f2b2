import fc from 'fast-check';
import { compareHeadcount, headcount, isValidHeadcount } from './headcount';
import { sumHeadcount, withUncountedRoles, type OrgNode } from './org-chart';
import { orgCharts, stage1Chart, stage2Chart, stage3Chart } from '../../data/playbook/org-charts';
import { scalingStages } from '../../data/playbook/stages';
import { phase2, phase3 } from '../../data/playbook/hiring';

describe('org chart sums against the totals the playbook states', () => {
  it('Stage 3: divisions 26+9+16+9+9+6 = 75, exactly the Phase 3 total of 75 FTE; the CEO sits outside it', () => {
    const sum = sumHeadcount(stage3Chart.root);
    expect(sum.min).toBe(26 + 9 + 16 + 9 + 9 + 6);
    expect(sum.max).toBe(75);
    expect(sum.uncountedRoles).toEqual(['CEO']);
    expect(compareHeadcount(sum, phase3.statedTotal).relation).toBe('equal');
    expect(compareHeadcount(withUncountedRoles(sum), phase3.statedTotal)).toEqual({ relation: 'outside', minDelta: 1, maxDelta: 1 });
  });

  it('Stage 2: 12 + 1–2 + 5–6 + 5–6 + 3–4 + 3 + 2 = 31–35, inside 30–35 FTE; with the CEO and CTO 33–37, which is not', () => {
    const sum = sumHeadcount(stage2Chart.root);
    expect([sum.min, sum.max]).toEqual([12 + 1 + 5 + 5 + 3 + 3 + 2, 12 + 2 + 6 + 6 + 4 + 3 + 2]);
    expect([sum.min, sum.max]).toEqual([31, 35]);
    expect(sum.uncountedRoles).toEqual(['CEO', 'CTO']);
    expect(compareHeadcount(sum, phase2.statedTotal).relation).toBe('within');
    const withLeaders = withUncountedRoles(sum);
    expect(withLeaders).toEqual({ min: 33, max: 37 });
    expect(compareHeadcount(withLeaders, phase2.statedTotal)).toEqual({ relation: 'overlaps', minDelta: 3, maxDelta: 2 });
    // Counting only the CEO (the CTO inside Engineering's 12) gives 32–36: one over the stated maximum.
    expect(compareHeadcount({ min: sum.min + 1, max: sum.max + 1 }, phase2.statedTotal).maxDelta).toBe(1);
  });

  it('Stage 1: 4–6 + 2 + 2–3 + 1–2 = 9–13, one above "8-12 people" at both ends; 10–14 with the CEO', () => {
    const sum = sumHeadcount(stage1Chart.root);
    expect([sum.min, sum.max]).toEqual([4 + 2 + 2 + 1, 6 + 2 + 3 + 2]);
    expect(sum.uncountedRoles).toEqual(['CEO']);
    const stated = scalingStages[0]!.team;
    expect(stated).toEqual({ min: 8, max: 12 });
    expect(compareHeadcount(sum, stated)).toEqual({ relation: 'overlaps', minDelta: 1, maxDelta: 1 });
    expect(compareHeadcount(withUncountedRoles(sum), stated)).toEqual({ relation: 'overlaps', minDelta: 2, maxDelta: 2 });
  });

  it('each chart states the total it is compared with', () => {
    expect(orgCharts.map((c) => c.statedTotal.headcount)).toEqual([headcount(8, 12), headcount(30, 35), headcount(75)]);
  });

  it('every count in every chart is a valid range', () => {
    const all: OrgNode[] = [];
    const walk = (n: OrgNode) => {
      all.push(n);
      n.children?.forEach(walk);
    };
    orgCharts.forEach((c) => walk(c.root));
    expect(all.filter((n) => n.headcount && !isValidHeadcount(n.headcount))).toEqual([]);
  });
});

describe('sumHeadcount rules', () => {
  it('a counted node covers its subtree: counts beneath it are not added again', () => {
    const root: OrgNode = { label: 'Lead', headcount: headcount(5), children: [{ label: 'Team', headcount: headcount(4) }] };
    expect(sumHeadcount(root)).toMatchObject({ min: 5, max: 5, uncountedRoles: [], countedNodes: 1 });
  });

  it('an empty chart adds up to 0 with its one uncounted role', () => {
    expect(sumHeadcount({ label: 'CEO' })).toEqual({ min: 0, max: 0, uncountedRoles: ['CEO'], countedNodes: 0 });
  });

  it('rejects an invalid range rather than returning NaN', () => {
    expect(() => sumHeadcount({ label: 'X', headcount: { min: 3, max: 1 } })).toThrow(/invalid headcount/);
    expect(() => sumHeadcount({ label: 'X', headcount: { min: Number.NaN, max: 1 } })).toThrow(/invalid headcount/);
  });

  it('the sum of a flat chart is the sum of its ranges, min ≤ max', () => {
    const range = fc.tuple(fc.nat(1000), fc.nat(1000)).map(([a, b]) => headcount(Math.min(a, b), Math.max(a, b)));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), (ranges) => {
        const sum = sumHeadcount({ label: 'CEO', children: ranges.map((h, i) => ({ label: `T${i}`, headcount: h })) });
        return (
          sum.min === ranges.reduce((s, r) => s + r.min, 0) && sum.max === ranges.reduce((s, r) => s + r.max, 0) && sum.min <= sum.max
        );
      }),
    );
  });
});

describe('compareHeadcount', () => {
  it.each([
    [headcount(75), headcount(75), 'equal'],
    [headcount(31, 35), headcount(30, 35), 'within'],
    [headcount(20, 40), headcount(30, 35), 'contains'],
    [headcount(9, 13), headcount(8, 12), 'overlaps'],
    [headcount(76), headcount(75), 'outside'],
    [headcount(1, 2), headcount(8, 12), 'outside'],
  ])('%o vs %o is %s', (computed, stated, relation) => {
    expect(compareHeadcount(computed, stated).relation).toBe(relation);
  });
});
