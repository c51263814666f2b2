import fc from 'fast-check';
import { flattenItems, maxPoints, READINESS_ASSESSMENT, STRATEGY_ASSESSMENT, type AssessmentDefinition } from './definitions';
import { levelBand, overallBand, OVERALL_BANDS } from './bands';
import { rankGapsAndStrengths, scoreAssessment, type AssessmentAnswers } from './score';
import { scoreReadiness, scoreStrategy } from '../../../presets/workshop';

/** Answers from scores listed in seed order (null = unanswered). */
function answersInSeedOrder(def: AssessmentDefinition, scores: Array<number | null>): AssessmentAnswers {
  return Object.fromEntries(flattenItems(def).map(({ item }, i) => [item.id, scores[i] ?? null]));
}

const ids = (items: Array<{ itemId: string }>) => items.map((i) => i.itemId);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('definitions', () => {
  it('readiness: 5 categories × 4 items, and the overall max equals categories × 10', () => {
    expect(READINESS_ASSESSMENT.categories.map((c) => c.items.length)).toEqual([4, 4, 4, 4, 4]);
    expect(READINESS_ASSESSMENT.categories.length * READINESS_ASSESSMENT.itemMax).toBe(READINESS_ASSESSMENT.overallMax);
  });
  it('strategy: 4 categories × 4 items, 160 points', () => {
    expect(STRATEGY_ASSESSMENT.categories.map((c) => c.items.length)).toEqual([4, 4, 4, 4]);
    expect(maxPoints(STRATEGY_ASSESSMENT)).toBe(160);
  });
  it('item ids are unique within each assessment', () => {
    for (const def of [READINESS_ASSESSMENT, STRATEGY_ASSESSMENT]) {
      const all = flattenItems(def).map((x) => x.item.id);
      expect(new Set(all).size).toBe(all.length);
    }
  });
});

describe('readiness scorer', () => {
  // Product [8,6,7,5] Market [9,7,4,8] Operations [3,5,4,6] Financial [7,7,6,5] Team [8,9,7,6]
  const byCategory = [
    [8, 6, 7, 5],
    [9, 7, 4, 8],
    [3, 5, 4, 6],
    [7, 7, 6, 5],
    [8, 9, 7, 6],
  ];
  const full = answersInSeedOrder(READINESS_ASSESSMENT, byCategory.flat());

  it('scores a hand-worked example: category means, overall as their sum', () => {
    const r = scoreReadiness(full);
    expect(r.categories.map((c) => c.score)).toEqual([6.5, 7, 4.5, 6.25, 7.5]);
    expect(r.overall.score).toBe(byCategory.map(mean).reduce((s, m) => s + m, 0));
    expect(r.overall.score).toBe(31.75);
    expect(r.overall.max).toBe(50);
    expect(r.overall.band?.id).toBe('building');
    expect(r.complete).toBe(true);
    expect(r.overall.pending).toBeNull();
  });

  it('lists the three lowest as gaps and three highest as strengths, ties in seed order', () => {
    const r = scoreReadiness(full);
    // 3, then two 4s: Brand recognition comes before Quality control in the seed.
    expect(ids(r.gaps)).toEqual(['process-documentation', 'brand-recognition', 'quality-control']);
    // 9, 9 (Product-market fit before Team productivity), then the first 8 (Feature completeness).
    expect(ids(r.strengths)).toEqual(['product-market-fit-strength', 'team-productivity', 'feature-completeness']);
    expect(r.gaps[1]?.link.href).toBe('/guides/stage-4-scale-readiness/#channel-strategy');
    expect(r.gaps[0]?.link.href).toBe('/playbooks/scaling-strategy/processes/');
  });

  it('does not count unanswered items as 0', () => {
    const r = scoreReadiness({ 'feature-completeness': 10 });
    expect(r.categories[0]?.score).toBe(10);
    expect(r.categories[0]?.answeredItems).toBe(1);
    expect(r.categories.slice(1).every((c) => c.score === null)).toBe(true);
  });

  it('has no overall until every category has an answer, and says which are missing', () => {
    const r = scoreReadiness({ 'feature-completeness': 6, 'unit-economics': 8 });
    expect(r.overall.score).toBeNull();
    expect(r.overall.band).toBeNull();
    expect(r.overall.pending).toBe('categories-unanswered');
    expect(r.overall.unansweredCategoryIds).toEqual(['market-position', 'operations-maturity', 'team-readiness']);
    expect(r.answeredCategories).toBe(2);
  });

  it('gives an overall from one answer per category, flagged incomplete', () => {
    const firstOfEach = Object.fromEntries(READINESS_ASSESSMENT.categories.map((c, i) => [c.items[0]?.id, i * 2]));
    const r = scoreReadiness(firstOfEach);
    expect(r.overall.score).toBe(0 + 2 + 4 + 6 + 8);
    expect(r.complete).toBe(false);
    expect(r.answeredItems).toBe(5);
  });

  it('with no answers: no overall, no gaps, no strengths', () => {
    const r = scoreReadiness({});
    expect(r.overall).toMatchObject({ score: null, pending: 'no-answers' });
    expect(r.gaps).toEqual([]);
    expect(r.strengths).toEqual([]);
  });

  it('treats invalid stored values as unanswered and lists them', () => {
    const r = scoreReadiness({ 'feature-completeness': 11, 'technical-stability': 5.5, 'user-experience-quality': -1, 'scalability-architecture': Number.NaN });
    expect(r.invalidItemIds).toEqual(['feature-completeness', 'technical-stability', 'user-experience-quality', 'scalability-architecture']);
    expect(r.categories[0]?.score).toBeNull();
  });

  it('reaches the bounds: all 0 → 0/50, all 10 → 50/50', () => {
    const n = flattenItems(READINESS_ASSESSMENT).length;
    expect(scoreReadiness(answersInSeedOrder(READINESS_ASSESSMENT, Array(n).fill(0))).overall.score).toBe(0);
    const top = scoreReadiness(answersInSeedOrder(READINESS_ASSESSMENT, Array(n).fill(10)));
    expect(top.overall.score).toBe(50);
    expect(top.overall.band?.id).toBe('scale-ready');
  });
});

describe('strategy scorer', () => {
  it('is points ÷ 160 × 100 when every item is answered', () => {
    const scores = [7, 6, 5, 8, 9, 7, 6, 5, 4, 3, 6, 7, 8, 8, 7, 6];
    const r = scoreStrategy(answersInSeedOrder(STRATEGY_ASSESSMENT, scores));
    const points = scores.reduce((s, x) => s + x, 0);
    expect(r.points).toBe(points);
    expect(r.overall.score).toBeCloseTo((points / 160) * 100, 12);
    expect(r.overall.max).toBe(100);
    expect(r.complete).toBe(true);
  });

  it('scales answered points over their maximum, not over 160', () => {
    // One item in each of the four categories.
    const r = scoreStrategy({ 'infrastructure-scalability': 10, 'hiring-strategy': 5, 'quality-systems': 0, 'growth-planning': 5 });
    expect(r.points).toBe(20);
    expect(r.answeredMaxPoints).toBe(40);
    expect(r.overall.score).toBe(50);
    expect(r.complete).toBe(false);
    expect(r.answeredItems).toBe(4);
    expect(r.overall.pending).toBeNull();
  });

  it('has no overall with no answers', () => {
    expect(scoreStrategy({}).overall).toMatchObject({ score: null, pending: 'no-answers' });
  });

  it('has no overall while a category is blank, like readiness, and names the blank ones', () => {
    const r = scoreStrategy({ 'infrastructure-scalability': 10 });
    expect(r.overall).toMatchObject({ score: null, band: null, pending: 'categories-unanswered' });
    expect(r.overall.unansweredCategoryIds).toHaveLength(3);
    expect(scoreReadiness({ 'brand-recognition': 10 }).overall.pending).toBe('categories-unanswered');
  });

  it('links each category to its handbook section', () => {
    const r = scoreStrategy({});
    expect(r.categories.map((c) => c.link.href)).toEqual([
      '/playbooks/scaling-strategy/technical-scaling/',
      '/playbooks/scaling-strategy/organization/',
      '/playbooks/scaling-strategy/processes/',
      '/playbooks/scaling-strategy/',
    ]);
  });
});

describe('gaps and strengths', () => {
  it('breaks a full tie by seed order in both lists', () => {
    const n = flattenItems(STRATEGY_ASSESSMENT).length;
    const r = scoreStrategy(answersInSeedOrder(STRATEGY_ASSESSMENT, Array(n).fill(5)));
    const seedIds = flattenItems(STRATEGY_ASSESSMENT).map((x) => x.item.id);
    expect(ids(r.gaps)).toEqual(seedIds.slice(0, 3));
    expect(ids(r.strengths)).toEqual(seedIds.slice(3, 6));
  });

  it.each([
    [0, 0, 0],
    [1, 1, 0],
    [2, 1, 1],
    [3, 2, 1],
    [4, 2, 2],
    [5, 3, 2],
    [6, 3, 3],
    [16, 3, 3],
  ])('with %i answered: %i gaps and %i strengths, never the same item', (answered, gaps, strengths) => {
    const scores = Array.from({ length: 16 }, (_, i) => (i < answered ? (i * 7) % 11 : null));
    const r = scoreStrategy(answersInSeedOrder(STRATEGY_ASSESSMENT, scores));
    expect(r.gaps).toHaveLength(gaps);
    expect(r.strengths).toHaveLength(strengths);
    expect(ids(r.gaps).filter((id) => ids(r.strengths).includes(id))).toEqual([]);
  });

  it('ranks an empty list to empty lists', () => {
    expect(rankGapsAndStrengths([])).toEqual({ gaps: [], strengths: [] });
  });
});

describe('bands', () => {
  it('overall bands meet at their bounds and cover 0–100%', () => {
    expect(OVERALL_BANDS[0]?.fromPct).toBe(0);
    expect(OVERALL_BANDS.at(-1)?.toPct).toBe(100);
    OVERALL_BANDS.forEach((b, i) => i > 0 && expect(b.fromPct).toBe(OVERALL_BANDS[i - 1]?.toPct));
  });
  it.each([
    [0, 50, 'not-ready'],
    [24.99, 50, 'not-ready'],
    [25, 50, 'building'],
    [35, 50, 'ready-with-gaps'],
    [42.5, 50, 'scale-ready'],
    [50, 50, 'scale-ready'],
    [69.9, 100, 'building'],
    [85, 100, 'scale-ready'],
  ])('%f of %i is %s', (score, max, id) => {
    expect(overallBand(score, max)?.id).toBe(id);
  });
  it('has no band for a missing score or a bad maximum', () => {
    expect(overallBand(null, 50)).toBeNull();
    expect(overallBand(10, 0)).toBeNull();
    expect(levelBand(null)).toBeNull();
  });
  it.each([
    [0, 'critical'],
    [4.99, 'critical'],
    [5, 'developing'],
    [6.99, 'developing'],
    [7, 'strong'],
    [10, 'strong'],
  ])('level %f is %s', (score, id) => {
    expect(levelBand(score)?.id).toBe(id);
  });
});

describe('properties', () => {
  const scoreOrNull = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
  for (const def of [READINESS_ASSESSMENT, STRATEGY_ASSESSMENT]) {
    const n = flattenItems(def).length;
    const answers = fc.array(scoreOrNull, { minLength: n, maxLength: n }).map((s) => answersInSeedOrder(def, s));

    it(`${def.id}: overall within 0–${def.overallMax}, categories within 0–10`, () => {
      fc.assert(
        fc.property(answers, (a) => {
          const r = scoreAssessment(def, a);
          if (r.overall.score !== null) expect(r.overall.score).toBeGreaterThanOrEqual(0);
          if (r.overall.score !== null) expect(r.overall.score).toBeLessThanOrEqual(def.overallMax);
          for (const c of r.categories) if (c.score !== null) expect(c.score >= 0 && c.score <= 10).toBe(true);
        }),
      );
    });

    it(`${def.id}: raising an answered item never lowers its category or the overall`, () => {
      fc.assert(
        fc.property(answers, fc.nat(n - 1), fc.integer({ min: 1, max: 10 }), (a, index, by) => {
          const id = flattenItems(def)[index]?.item.id as string;
          const before = a[id];
          fc.pre(typeof before === 'number' && before < 10);
          const raised = { ...a, [id]: Math.min(10, (before as number) + by) };
          const r0 = scoreAssessment(def, a);
          const r1 = scoreAssessment(def, raised);
          expect(r1.overall.score ?? 0).toBeGreaterThanOrEqual(r0.overall.score ?? 0);
          r0.categories.forEach((c, i) => expect(r1.categories[i]?.score ?? 0).toBeGreaterThanOrEqual(c.score ?? 0));
        }),
      );
    });

    it(`${def.id}: gaps are never above strengths and never overlap them`, () => {
      fc.assert(
        fc.property(answers, (a) => {
          const r = scoreAssessment(def, a);
          const strengthIds = new Set(ids(r.strengths));
          expect(r.gaps.some((g) => strengthIds.has(g.itemId))).toBe(false);
          const maxGap = Math.max(...r.gaps.map((g) => g.score));
          for (const s of r.strengths) expect(s.score).toBeGreaterThanOrEqual(maxGap);
          expect(r.gaps.length + r.strengths.length).toBe(Math.min(6, r.answeredItems));
        }),
      );
    });
  }
});
