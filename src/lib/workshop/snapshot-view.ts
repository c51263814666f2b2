/**
 * What the snapshot comparison table shows, worked out from a comparison: one row per category, the
 * overall score and the answered-item count, each with its change (later − earlier).
 */
import type { AssessmentSnapshot } from './assessment/schema';
import type { SnapshotComparison } from './assessment/snapshots';

/** Changes smaller than this round to "No change" at one decimal, so they get no up/down tone. */
export const NO_CHANGE_BELOW = 0.05;

/** One row of the comparison: what kind of figure it is decides how it is formatted. */
export interface ComparisonRow {
  key: string;
  label: string;
  kind: 'category' | 'overall' | 'answered';
  before: number | null;
  after: number | null;
  change: number | null;
}

/** The two snapshots earlier first, whichever way round they were picked, so a change reads later − earlier. */
export function inDateOrder<T extends Pick<AssessmentSnapshot, 'takenAt'>>(a: T | undefined, b: T | undefined): [T | undefined, T | undefined] {
  return a && b && Date.parse(a.takenAt) > Date.parse(b.takenAt) ? [b, a] : [a, b];
}

/** Whether a change went up or down, or neither when it is missing or rounds to nothing. */
export function changeDirection(change: number | null): 'up' | 'down' | undefined {
  if (change === null || Math.abs(change) < NO_CHANGE_BELOW) return undefined;
  return change > 0 ? 'up' : 'down';
}

/** The comparison's rows: categories, then the overall score, then the answered items. */
export function comparisonRows(comparison: SnapshotComparison): ComparisonRow[] {
  const { before, after } = comparison.answeredItems;
  return [
    ...comparison.categories.map((c) => ({ key: c.categoryId, label: c.label, kind: 'category' as const, before: c.before, after: c.after, change: c.change })),
    { key: 'overall', label: 'Overall', kind: 'overall', before: comparison.overall.before, after: comparison.overall.after, change: comparison.overall.change },
    { key: 'answered', label: 'Answered items', kind: 'answered', before, after, change: after - before },
  ];
}
