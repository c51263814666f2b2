/**
 * The Day 29 agenda (`src/data/workshop/agenda.ts`) bound to the schedule, timer and facilitator logic
 * (`src/lib/workshop`). Apart from `workshop.ts` so the facilitator's timer does not pull in the worksheets.
 */
import { AGENDA, STATED_TOTAL_MINUTES } from '../data/workshop/agenda';
import { agendaSegments as segmentsOf, computeAgenda as scheduleOf, type AgendaPart, type AgendaSchedule, type AgendaSegment } from '../lib/workshop/agenda';
import { timerSegmentsFromAgenda as timerSegmentsOf, type TimerAction, type TimerSegment, type TimerState } from '../lib/workshop/timer';
import {
  actOnTimer as act,
  emptyFacilitatorState as emptyFor,
  facilitatorStateSchemaFor,
  liveTimer as liveFor,
  type FacilitatorState,
} from '../lib/workshop/facilitator';
import type { ExerciseId } from '../lib/workshop/worksheets/types';

export { AGENDA, STATED_TOTAL_MINUTES };

/** Every timed segment of the agenda in order, with its part. */
export function agendaSegments(agenda: readonly AgendaPart[] = AGENDA): Array<AgendaSegment & { partId: ExerciseId }> {
  return segmentsOf(agenda);
}

/** Schedule the agenda from a start time "HH:MM". */
export function computeAgenda(startTime: string, agenda: readonly AgendaPart[] = AGENDA, statedTotalMinutes = STATED_TOTAL_MINUTES): AgendaSchedule {
  return scheduleOf(startTime, agenda, statedTotalMinutes);
}

/** The agenda's segments as timer segments. */
export function timerSegmentsFromAgenda(agenda: readonly AgendaPart[] = AGENDA): TimerSegment[] {
  return timerSegmentsOf(agenda);
}

/** The agenda's segments as the facilitator's timer runs them. */
export const FACILITATOR_SEGMENTS: readonly TimerSegment[] = /* @__PURE__ */ timerSegmentsOf(AGENDA);

/** A facilitator view with nothing started. */
export function emptyFacilitatorState(segments: readonly TimerSegment[] = FACILITATOR_SEGMENTS): FacilitatorState {
  return emptyFor(segments);
}

/** Schema of the stored facilitator state; a segment index outside the agenda is refused. */
export const facilitatorStateSchema = /* @__PURE__ */ facilitatorStateSchemaFor(FACILITATOR_SEGMENTS);

/** The facilitator's timer as it is at `nowMs`. */
export function liveTimer(state: FacilitatorState, nowMs: number, segments: readonly TimerSegment[] = FACILITATOR_SEGMENTS): TimerState {
  return liveFor(state, nowMs, segments);
}

/** Apply a timer action at `nowMs` and re-anchor the saved facilitator state. */
export function actOnTimer(
  state: FacilitatorState,
  action: Exclude<TimerAction, { type: 'tick' }>,
  nowMs: number,
  segments: readonly TimerSegment[] = FACILITATOR_SEGMENTS,
): FacilitatorState {
  return act(state, action, nowMs, segments);
}
