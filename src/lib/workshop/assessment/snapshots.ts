/** Dated snapshots of an assessment's answers, and how two of them compare. */
import type { AssessmentDefinition } from './definitions';
import { normalizeAnswers, type AssessmentSnapshot } from './schema';
import { scoreAssessment, type AssessmentAnswers } from './score';

/** Take a snapshot of the current answers; the id defaults to one derived from the time, so the function stays pure. */
export function createSnapshot(
  def: AssessmentDefinition,
  answers: Partial<AssessmentAnswers>,
  takenAt: Date,
  id: string = `snapshot-${takenAt.getTime()}`,
): AssessmentSnapshot {
  return { id, takenAt: takenAt.toISOString(), answers: normalizeAnswers(def, answers) };
}

/** Snapshots oldest first (stable for equal times), for charts over time. */
export function sortSnapshots<T extends Pick<AssessmentSnapshot, 'takenAt'>>(snapshots: readonly T[]): T[] {
  return [...snapshots].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
}

/** Before, after and the change (after − before; null unless both exist). */
export interface ScoreChange {
  before: number | null;
  after: number | null;
  change: number | null;
}

/** A category's change between two snapshots. */
export interface CategoryChange extends ScoreChange {
  categoryId: string;
  label: string;
}

/** How snapshot `b` differs from snapshot `a`. */
export interface SnapshotComparison {
  from: { id: string; takenAt: string };
  to: { id: string; takenAt: string };
  categories: CategoryChange[];
  /** Overall out of `max`, with the same null rules as the scorer. */
  overall: ScoreChange & { max: number };
  answeredItems: { before: number; after: number };
}

/**
 * Compare two snapshots: every change is `b − a`, whatever their dates, so pass the earlier one first
 * to read improvements as positive. A category or overall that is unanswered on either side has a null change.
 */
export function compareSnapshots(def: AssessmentDefinition, a: AssessmentSnapshot, b: AssessmentSnapshot): SnapshotComparison {
  const ra = scoreAssessment(def, a.answers);
  const rb = scoreAssessment(def, b.answers);
  return {
    from: { id: a.id, takenAt: a.takenAt },
    to: { id: b.id, takenAt: b.takenAt },
    categories: ra.categories.map((ca, i) => {
      const cb = rb.categories[i];
      return { categoryId: ca.categoryId, label: ca.label, ...change(ca.score, cb?.score ?? null) };
    }),
    overall: { ...change(ra.overall.score, rb.overall.score), max: def.overallMax },
    answeredItems: { before: ra.answeredItems, after: rb.answeredItems },
  };
}

function change(before: number | null, after: number | null): ScoreChange {
  return { before, after, change: before === null || after === null ? null : after - before };
}
