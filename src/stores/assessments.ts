/**
 * The two Day 29 assessments over the workshop store: one place for reading scores and changing
 * answers and snapshots, so the workshop pages and the tool pages share the same answers.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { updateWorkshop, workshop, workshopDefaults } from './workshop';
import type { PersistentTool } from './persistent';
import { ASSESSMENTS, createSnapshot, emptyAnswers, scoreAssessment, type AssessmentResult, type AssessmentSnapshot } from '../lib/workshop/assessment/index';
import type { AssessmentState, WorkshopState } from '../lib/workshop/state';
import type { AssessmentId } from '../lib/workshop/worksheets/types';
import { MAX_SNAPSHOTS } from '../lib/workshop/export';
import { assessmentStateSchemas } from '../presets/workshop';
import { storeView } from './view';

/** Every assessment id, in workshop order. */
export const ASSESSMENT_IDS: readonly AssessmentId[] = ['readiness', 'strategy'];

/** One assessment's answers and snapshots as a store. */
export const $assessmentState: Record<AssessmentId, ReadableAtom<AssessmentState>> = {
  readiness: /* @__PURE__ */ computed(workshop.$value, (s) => s.assessments.readiness),
  strategy: /* @__PURE__ */ computed(workshop.$value, (s) => s.assessments.strategy),
};

/** Version of an assessment's share payload (its answers and snapshots). */
export const ASSESSMENT_SHARE_VERSION = 1;

/** One assessment's live result as a store. */
export const $assessmentResult: Record<AssessmentId, ReadableAtom<AssessmentResult>> = {
  readiness: /* @__PURE__ */ computed($assessmentState.readiness, (s) => scoreAssessment(ASSESSMENTS.readiness, s.answers)),
  strategy: /* @__PURE__ */ computed($assessmentState.strategy, (s) => scoreAssessment(ASSESSMENTS.strategy, s.answers)),
};

/** What the server renders (and hydration starts from): nothing answered, no snapshots. */
export function assessmentDefaults(id: AssessmentId): AssessmentState {
  return workshopDefaults.assessments[id];
}

const replaceAssessment = (id: AssessmentId, change: (a: AssessmentState) => AssessmentState) =>
  updateWorkshop((s: WorkshopState) => ({ ...s, assessments: { ...s.assessments, [id]: change(s.assessments[id]) } }));

/** Set one item's score (a whole 0–10, already validated) or mark it unanswered with null. */
export function setAnswer(id: AssessmentId, itemId: string, value: number | null): void {
  if (!(itemId in assessmentDefaults(id).answers)) return;
  replaceAssessment(id, (a) => ({ ...a, answers: { ...a.answers, [itemId]: value } }));
}

/** Mark every item of one assessment unanswered; its snapshots stay. */
export function clearAnswers(id: AssessmentId): void {
  replaceAssessment(id, (a) => ({ ...a, answers: emptyAnswers(ASSESSMENTS[id]) }));
}

/** The outcome of saving a snapshot. */
export type SaveSnapshotResult = { ok: true; snapshot: AssessmentSnapshot } | { ok: false; message: string };

/** Messages of the snapshot actions. */
export const snapshotMessages = {
  nothingAnswered: 'Score at least one item before saving a snapshot.',
  full: (max: number) => `This browser keeps at most ${max} snapshots of an assessment. Delete an old one to save another.`,
} as const;

/**
 * Save the current answers as a dated snapshot. Refuses with no answers, and at the stored maximum
 * (a longer list would fail validation when read back and lose everything).
 */
export function saveSnapshot(id: AssessmentId, takenAt: Date = new Date()): SaveSnapshotResult {
  const current = workshop.$value.get().assessments[id];
  if (Object.values(current.answers).every((v) => v === null || v === undefined)) return { ok: false, message: snapshotMessages.nothingAnswered };
  if (current.snapshots.length >= MAX_SNAPSHOTS) return { ok: false, message: snapshotMessages.full(MAX_SNAPSHOTS) };
  const taken = new Set(current.snapshots.map((s) => s.id));
  let snapshotId = `snapshot-${takenAt.getTime()}`;
  for (let n = 2; taken.has(snapshotId); n++) snapshotId = `snapshot-${takenAt.getTime()}-${n}`;
  const snapshot = createSnapshot(ASSESSMENTS[id], current.answers, takenAt, snapshotId);
  replaceAssessment(id, (a) => ({ ...a, snapshots: [...a.snapshots, snapshot] }));
  return { ok: true, snapshot };
}

/** Delete one snapshot. */
export function deleteSnapshot(id: AssessmentId, snapshotId: string): void {
  replaceAssessment(id, (a) => ({ ...a, snapshots: a.snapshots.filter((s) => s.id !== snapshotId) }));
}

/**
 * One assessment as a tool of its own, over the workshop state: its own tool id and share payload (this
 * assessment's answers and snapshots alone), so accepting a shared link replaces this assessment and
 * nothing else; Reset clears its answers only. Stored-value notices are the workshop's (one saved state).
 */
export function assessmentTool(id: AssessmentId): PersistentTool<AssessmentState> {
  return {
    $value: storeView(workshop.$value, (s) => s.assessments[id], (value) => replaceAssessment(id, () => value)),
    $notice: workshop.$notice,
    dismissNotice: workshop.dismissNotice,
    reset: () => clearAnswers(id),
    hasSaved: () => {
      const current = workshop.$value.get().assessments[id];
      return workshop.hasSaved() && (current.snapshots.length > 0 || Object.values(current.answers).some((v) => v !== null && v !== undefined));
    },
    spec: { tool: `day-29-${id}`, version: ASSESSMENT_SHARE_VERSION, schema: assessmentStateSchemas[id], defaults: assessmentDefaults(id) },
  };
}
