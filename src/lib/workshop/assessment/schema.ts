/** Zod schemas for stored and imported assessment answers and snapshots, and score input parsing (zod/mini: they reach the browser). */
import * as z from 'zod/mini';
import { parseNumber } from '../../parse';
import { validateNumber, type ValidationResult } from '../../messages';
import { flattenItems, ITEM_MAX_SCORE, READINESS_ASSESSMENT, STRATEGY_ASSESSMENT, type AssessmentDefinition } from './definitions';
import type { AssessmentAnswers } from './score';

/** One item's score: a whole number 0–10. */
export const scoreSchema = z.int().check(z.minimum(0), z.maximum(ITEM_MAX_SCORE));

/**
 * Answers for one assessment: only its item ids, each a score or null; absent items read as null.
 * Unknown item ids are rejected (a tampered or foreign file), and the result always lists every item.
 */
export function answersSchema(def: AssessmentDefinition) {
  const ids = flattenItems(def).map((x) => x.item.id);
  const shape = Object.fromEntries(ids.map((id) => [id, z.optional(z.nullable(scoreSchema))]));
  return z.pipe(
    z.strictObject(shape),
    z.transform((raw): AssessmentAnswers => normalizeAnswers(def, raw as Partial<AssessmentAnswers>)),
  );
}

/** Answers of the readiness assessment. */
export const readinessAnswersSchema = answersSchema(READINESS_ASSESSMENT);
/** Answers of the strategy assessment. */
export const strategyAnswersSchema = answersSchema(STRATEGY_ASSESSMENT);

/** A saved snapshot: `{ id, takenAt (ISO 8601), answers }`. */
export function snapshotSchema(def: AssessmentDefinition) {
  return z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    takenAt: z.iso.datetime({ offset: true }),
    answers: answersSchema(def),
  });
}

/** Snapshot of the readiness assessment. */
export const readinessSnapshotSchema = snapshotSchema(READINESS_ASSESSMENT);
/** Snapshot of the strategy assessment. */
export const strategySnapshotSchema = snapshotSchema(STRATEGY_ASSESSMENT);

/** A stored snapshot (same shape for both assessments). */
export type AssessmentSnapshot = z.output<typeof readinessSnapshotSchema>;

/** Every item of the assessment as a key, null where unanswered; unknown keys dropped. */
export function normalizeAnswers(def: AssessmentDefinition, answers: Partial<AssessmentAnswers>): AssessmentAnswers {
  const out: AssessmentAnswers = {};
  for (const { item } of flattenItems(def)) out[item.id] = answers[item.id] ?? null;
  return out;
}

/** Answers with nothing scored yet. */
export function emptyAnswers(def: AssessmentDefinition): AssessmentAnswers {
  return normalizeAnswers(def, {});
}

/** Parse what someone typed into a score box: empty is "unanswered" (null), otherwise a whole 0–10 or a message. */
export function parseScoreInput(raw: string): ValidationResult | null {
  return validateNumber(raw, parseNumber(raw), { min: 0, max: ITEM_MAX_SCORE, integer: true, required: false });
}
