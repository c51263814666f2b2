/**
 * Scoring of both assessments. Unanswered items are never counted as 0:
 *
 * - Category score = mean of the category's answered items (out of 10); no answered item → null.
 * - Readiness overall (out of 50) = sum of the five category scores. It is null until every
 *   category has at least one answered item, because summing fewer categories would understate
 *   readiness and scaling them up would invent answers. `unansweredCategoryIds` says what is missing;
 *   `complete` says whether all twenty items are answered (the overall can exist while a category
 *   rests on fewer than four items).
 * - Strategy overall (out of 100) = answered points ÷ (answered items × 10) × 100. With every item
 *   answered this is exactly the seed's points ÷ 160 × 100; with fewer it is the same rate over what
 *   was answered, and `answeredItems`/`complete` report how much that is. Null with no answers.
 *
 * Gaps and strengths: see `rankGapsAndStrengths`.
 */
import type { AssessmentId } from '../worksheets/types';
import type { HandbookLink } from '../links';
import { flattenItems, type AssessmentDefinition } from './definitions';
import { levelBand, overallBand, type LevelBand, type OverallBand } from './bands';

/** Scores by item id: a whole number 0–10, or null (or absent) for unanswered. */
export type AssessmentAnswers = Record<string, number | null>;

/** A category's result. */
export interface CategoryScore {
  categoryId: string;
  label: string;
  link: HandbookLink;
  /** Mean of the answered items, 0–10; null when none is answered. */
  score: number | null;
  /** Sum of the answered items' scores. */
  points: number;
  answeredItems: number;
  totalItems: number;
  band: LevelBand | null;
}

/** An answered item, as listed among gaps or strengths. */
export interface ScoredItem {
  itemId: string;
  label: string;
  categoryId: string;
  categoryLabel: string;
  score: number;
  band: LevelBand;
  /** The item's own page, or its category's. */
  link: HandbookLink;
  /** Position in the seed (0-based): the tie-break order. */
  seedIndex: number;
}

/** Why an overall score is null. */
export type OverallPending = 'no-answers' | 'categories-unanswered';

/** The overall result. */
export interface OverallScore {
  /** Out of `max`; null while `pending` says why. */
  score: number | null;
  max: number;
  band: OverallBand | null;
  pending: OverallPending | null;
  /** Categories with no answered item (an overall needs none of these, in both assessments). */
  unansweredCategoryIds: string[];
}

/** Everything an assessment shows. */
export interface AssessmentResult {
  assessmentId: AssessmentId;
  categories: CategoryScore[];
  overall: OverallScore;
  /** Sum of all answered scores. */
  points: number;
  /** The most the answered items could have given (answered items × 10). */
  answeredMaxPoints: number;
  answeredItems: number;
  totalItems: number;
  answeredCategories: number;
  totalCategories: number;
  /** Every item answered. */
  complete: boolean;
  /** Lowest answered items, lowest first. */
  gaps: ScoredItem[];
  /** Highest answered items, highest first; never an item that is also a gap. */
  strengths: ScoredItem[];
  /** Items whose stored value is not a whole number 0–10: treated as unanswered and listed here. */
  invalidItemIds: string[];
}

/** How many gaps and strengths the seed lists. */
export const RANKED_COUNT = 3;

/** True for a whole number from 0 to `max` (10 by default). */
export function isValidScore(value: unknown, max = 10): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** Score an assessment's answers against its definition. */
export function scoreAssessment(def: AssessmentDefinition, answers: Partial<AssessmentAnswers>): AssessmentResult {
  const invalidItemIds: string[] = [];
  const answered: ScoredItem[] = [];
  const categories: CategoryScore[] = [];
  const flat = flattenItems(def);
  for (const category of def.categories) {
    let points = 0;
    let count = 0;
    for (const { item, seedIndex } of flat.filter((x) => x.category === category)) {
      const raw = answers[item.id];
      if (raw === null || raw === undefined) continue;
      if (!isValidScore(raw, def.itemMax)) {
        invalidItemIds.push(item.id);
        continue;
      }
      points += raw;
      count += 1;
      answered.push({
        itemId: item.id,
        label: item.label,
        categoryId: category.id,
        categoryLabel: category.label,
        score: raw,
        band: levelBand(raw) as LevelBand,
        link: item.link ?? category.link,
        seedIndex,
      });
    }
    const score = count > 0 ? points / count : null;
    categories.push({
      categoryId: category.id,
      label: category.label,
      link: category.link,
      score,
      points,
      answeredItems: count,
      totalItems: category.items.length,
      band: levelBand(score),
    });
  }

  const points = answered.reduce((s, i) => s + i.score, 0);
  const answeredMaxPoints = answered.length * def.itemMax;
  const unansweredCategoryIds = categories.filter((c) => c.score === null).map((c) => c.categoryId);
  const overallScore = computeOverall(def, categories, points, answeredMaxPoints);
  const pending: OverallPending | null =
    answered.length === 0 ? 'no-answers' : overallScore === null ? 'categories-unanswered' : null;
  const { gaps, strengths } = rankGapsAndStrengths(answered);

  return {
    assessmentId: def.id,
    categories,
    overall: {
      score: overallScore,
      max: def.overallMax,
      band: overallBand(overallScore, def.overallMax),
      pending,
      unansweredCategoryIds,
    },
    points,
    answeredMaxPoints,
    answeredItems: answered.length,
    totalItems: flat.length,
    answeredCategories: categories.length - unansweredCategoryIds.length,
    totalCategories: categories.length,
    complete: answered.length === flat.length,
    gaps,
    strengths,
    invalidItemIds,
  };
}

function computeOverall(def: AssessmentDefinition, categories: CategoryScore[], points: number, answeredMaxPoints: number): number | null {
  // Both assessments wait for a score in every category: one answered category alone would read as
  // the whole (a single 10 gave "100/100 — Scale-ready" with three categories blank).
  if (categories.some((c) => c.score === null)) return null;
  if (def.scoring === 'sum-of-category-means') {
    let sum = 0;
    for (const c of categories) {
      if (c.score === null) return null;
      sum += c.score;
    }
    // The seed's rule as stated: five means out of 10 summed, out of 50 (categories × itemMax = overallMax).
    return sum;
  }
  if (answeredMaxPoints === 0) return null;
  // Multiply first: integer points × 100 stay exact, so 11 of 20 points is 55, not 55.000…01.
  return (points * def.overallMax) / answeredMaxPoints;
}

/**
 * Split answered items into gaps (lowest first) and strengths (highest first), up to three each.
 * Ties go to the item earlier in the seed, in both lists. With fewer than six answered items the two
 * lists share them out so no item is in both: strengths get ⌊n/2⌋ (at most 3), gaps the rest (at most 3),
 * so gaps get the odd one because they drive the next actions (1 answered → 1 gap, 0 strengths).
 */
export function rankGapsAndStrengths(answered: readonly ScoredItem[]): { gaps: ScoredItem[]; strengths: ScoredItem[] } {
  const n = answered.length;
  const strengthCount = Math.min(RANKED_COUNT, Math.floor(n / 2));
  const gapCount = Math.min(RANKED_COUNT, n - strengthCount);
  const ascending = [...answered].sort((a, b) => a.score - b.score || a.seedIndex - b.seedIndex);
  const gaps = ascending.slice(0, gapCount);
  const gapIds = new Set(gaps.map((g) => g.itemId));
  const strengths = answered
    .filter((i) => !gapIds.has(i.itemId))
    .sort((a, b) => b.score - a.score || a.seedIndex - b.seedIndex)
    .slice(0, strengthCount);
  return { gaps, strengths };
}
