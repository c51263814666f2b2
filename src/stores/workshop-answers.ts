/**
 * The two assessments' answers from the Day 29 workshop's saved state, read on their own: pages that only
 * show scores (the scale plan) need neither the worksheets' definitions nor their schema. Read-only: the
 * workshop store (`./workshop`) is the one that writes. The answers are checked with the assessments' own
 * schemas and anything unreadable reads as unanswered. Answers that pass are used even when another part of
 * the saved state (a worksheet) would not, where the workshop page starts afresh: a plan keeps its scores.
 */
import { atom, onMount, type ReadableAtom } from 'nanostores';
import * as z from 'zod/mini';
import { storageEngine } from './storage';
import { WORKSHOP_STATE_VERSION, WORKSHOP_TOOL } from './workshop-key';
import { storageKey } from '../lib/persist/versioned';
import { parseJsonWith } from '../lib/persist/json';
import { emptyAnswers, READINESS_ASSESSMENT, STRATEGY_ASSESSMENT, type AssessmentAnswers } from '../lib/workshop/assessment/index';
import { readinessAnswersSchema, strategyAnswersSchema } from '../lib/workshop/assessment/schema';

/** Both assessments' saved answers, every item listed (null where unanswered). */
export interface WorkshopAnswers {
  readiness: AssessmentAnswers;
  strategy: AssessmentAnswers;
}

const key = storageKey(WORKSHOP_TOOL, WORKSHOP_STATE_VERSION);

const savedAnswersSchema = z.object({
  assessments: z.object({
    readiness: z.object({ answers: readinessAnswersSchema }),
    strategy: z.object({ answers: strategyAnswersSchema }),
  }),
});

/** What nothing saved, or something unreadable, reads as. */
export function unansweredWorkshop(): WorkshopAnswers {
  return { readiness: emptyAnswers(READINESS_ASSESSMENT), strategy: emptyAnswers(STRATEGY_ASSESSMENT) };
}

/** The answers in a saved workshop state's text (as stored under the workshop's key). */
export function answersFromSaved(raw: string | undefined): WorkshopAnswers {
  if (raw === undefined) return unansweredWorkshop();
  const read = parseJsonWith(savedAnswersSchema)(raw);
  return read.ok ? { readiness: read.value.assessments.readiness.answers, strategy: read.value.assessments.strategy.answers } : unansweredWorkshop();
}

const $answers = atom<WorkshopAnswers>(answersFromSaved(storageEngine[key]));

/** Read the saved answers again (after the workshop store has written them in this tab). */
export function rereadWorkshopAnswers(): void {
  $answers.set(answersFromSaved(storageEngine[key]));
}

// Another tab that saves the workshop updates the answers here.
onMount($answers, () => {
  if (typeof window === 'undefined') return;
  const follow = (e: StorageEvent) => {
    if (e.key === key || e.key === null) rereadWorkshopAnswers();
  };
  window.addEventListener('storage', follow);
  return () => window.removeEventListener('storage', follow);
});

/** The assessments' saved answers, following other tabs. */
export const $workshopAnswers: ReadableAtom<WorkshopAnswers> = $answers;
