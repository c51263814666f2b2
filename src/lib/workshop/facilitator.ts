/**
 * The facilitator's saved timer. The timer state is kept as it was at `anchorMs` (wall-clock time);
 * while it runs, the live state is that snapshot ticked by the real time since, so a reload, a sleeping
 * laptop or a throttled tab resumes at the right place without saving every second.
 */
import * as z from 'zod/mini';
import { parseClockTime } from './agenda';
import { initialTimerState, reduceTimer, type TimerAction, type TimerSegment, type TimerState } from './timer';

/** Start time a fresh facilitator view proposes. */
export const DEFAULT_START_TIME = '09:00';

/** What facilitator mode keeps across reloads. */
export interface FacilitatorState {
  /** The chosen start, "HH:MM" (24-hour). */
  startTime: string;
  /** The timer as it was at `anchorMs`. */
  timer: TimerState;
  /** Wall-clock milliseconds (Date.now()) at which `timer` was taken; null while stopped. */
  anchorMs: number | null;
}

/** A facilitator view with nothing started. */
export function emptyFacilitatorState(segments: readonly TimerSegment[]): FacilitatorState {
  return { startTime: DEFAULT_START_TIME, timer: initialTimerState(segments), anchorMs: null };
}

const ms = z.number().check(z.minimum(0), z.maximum(24 * 60 * 60 * 1000));

/** Schema of the stored facilitator state; a segment index outside the agenda is refused. */
export function facilitatorStateSchemaFor(segments: readonly TimerSegment[]): z.ZodMiniType<FacilitatorState> {
  return z.object({
    startTime: z.string().check(z.refine((t) => parseClockTime(t) !== null)),
    timer: z.object({
      segmentIndex: z.int().check(z.minimum(0), z.maximum(Math.max(0, segments.length - 1))),
      remainingMs: ms,
      running: z.boolean(),
      extraMs: ms,
      finished: z.boolean(),
    }),
    anchorMs: z.nullable(z.number().check(z.minimum(0))),
  });
}

/** The timer as it is at `nowMs`. A clock that moved backwards changes nothing (the reducer ignores negative ticks). */
export function liveTimer(state: FacilitatorState, nowMs: number, segments: readonly TimerSegment[]): TimerState {
  if (!state.timer.running || state.anchorMs === null) return state.timer;
  return reduceTimer(state.timer, { type: 'tick', elapsedMs: nowMs - state.anchorMs }, segments);
}

/** Apply a timer action at `nowMs` and re-anchor: the saved snapshot is the live state after the action. */
export function actOnTimer(
  state: FacilitatorState,
  action: Exclude<TimerAction, { type: 'tick' }>,
  nowMs: number,
  segments: readonly TimerSegment[],
): FacilitatorState {
  const next = reduceTimer(liveTimer(state, nowMs, segments), action, segments);
  return { ...state, timer: next, anchorMs: next.running ? nowMs : null };
}
