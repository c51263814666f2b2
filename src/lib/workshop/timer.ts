/**
 * The workshop timer as a pure reducer: it runs the agenda segment by segment. Time is kept in whole
 * milliseconds so ticks of any length add up exactly (no drift from repeated 0.1 s steps); the view
 * gives whole seconds. The caller measures real elapsed time (e.g. from `performance.now()`) and sends
 * it with `tick`, so a throttled background tab still keeps time.
 *
 * When a segment runs out, the timer moves on to the next one and carries the overflow; after the last
 * segment it is finished and stopped.
 */
import { agendaSegments, type AgendaPart } from './agenda';

/** A segment the timer runs. */
export interface TimerSegment {
  id: string;
  label: string;
  durationMs: number;
}

/** The timer's state. */
export interface TimerState {
  segmentIndex: number;
  /** Time left in the current segment, in ms (0 when finished). */
  remainingMs: number;
  running: boolean;
  /** Time added to the current segment with "add a minute", in ms (resets when the segment changes). */
  extraMs: number;
  finished: boolean;
}

/** What the timer can be told to do. */
export type TimerAction =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'tick'; elapsedMs: number }
  | { type: 'addMinute' }
  | { type: 'skip' }
  | { type: 'reset' };

/** One minute, the unit of "add a minute" and of the last-minute warning. */
export const MINUTE_MS = 60_000;

/** The agenda's timed segments as timer segments. */
export function timerSegmentsFromAgenda(agenda: readonly AgendaPart[]): TimerSegment[] {
  return agendaSegments(agenda).map((s) => ({ id: s.id, label: s.label, durationMs: s.minutes * MINUTE_MS }));
}

/** A stopped timer at the start of the first segment (finished at once when there are no segments). */
export function initialTimerState(segments: readonly TimerSegment[]): TimerState {
  const first = segments[0];
  return { segmentIndex: 0, remainingMs: first ? first.durationMs : 0, running: false, extraMs: 0, finished: !first };
}

/** Apply one action. Invalid ticks (negative, NaN, Infinity) change nothing. */
export function reduceTimer(state: TimerState, action: TimerAction, segments: readonly TimerSegment[]): TimerState {
  switch (action.type) {
    case 'start':
      return state.finished || state.running ? state : { ...state, running: true };
    case 'pause':
      return state.running ? { ...state, running: false } : state;
    case 'reset':
      return initialTimerState(segments);
    case 'skip':
      return state.finished ? state : enterSegment(state, state.segmentIndex + 1, 0, segments);
    case 'addMinute':
      if (state.finished) {
        // "One more minute" at the very end reopens the last segment, paused until started again.
        const last = Math.max(0, segments.length - 1);
        return segments.length === 0 ? state : { segmentIndex: last, remainingMs: MINUTE_MS, running: false, extraMs: MINUTE_MS, finished: false };
      }
      return { ...state, remainingMs: state.remainingMs + MINUTE_MS, extraMs: state.extraMs + MINUTE_MS };
    case 'tick': {
      const elapsed = Math.round(action.elapsedMs);
      if (!state.running || state.finished || !Number.isFinite(elapsed) || elapsed <= 0) return state;
      const remaining = state.remainingMs - elapsed;
      if (remaining > 0) return { ...state, remainingMs: remaining };
      return enterSegment(state, state.segmentIndex + 1, -remaining, segments);
    }
  }
}

/** Move to segment `index`, already `overflowMs` into it (carried over from the previous one). */
function enterSegment(state: TimerState, index: number, overflowMs: number, segments: readonly TimerSegment[]): TimerState {
  let i = index;
  let overflow = overflowMs;
  while (i < segments.length) {
    const duration = segments[i]?.durationMs ?? 0;
    if (overflow < duration) return { segmentIndex: i, remainingMs: duration - overflow, running: state.running, extraMs: 0, finished: false };
    overflow -= duration;
    i += 1;
  }
  return { segmentIndex: Math.max(0, segments.length - 1), remainingMs: 0, running: false, extraMs: 0, finished: true };
}

/** A reducer bound to its segments, for `useReducer`. */
export function createTimerReducer(segments: readonly TimerSegment[]): (state: TimerState, action: TimerAction) => TimerState {
  return (state, action) => reduceTimer(state, action, segments);
}

/** True in the last minute of a segment (not when finished). */
export function isLastMinute(state: TimerState): boolean {
  return !state.finished && state.remainingMs > 0 && state.remainingMs <= MINUTE_MS;
}

/** What the timer shows. */
export interface TimerView {
  segment: TimerSegment | null;
  next: TimerSegment | null;
  segmentIndex: number;
  segmentCount: number;
  /** Whole seconds left, rounded up so 0 only shows when the time is up. */
  remainingSeconds: number;
  extraSeconds: number;
  /** Share of the current segment (with added time) already used, 0–100. */
  progressPct: number;
  isLastMinute: boolean;
  running: boolean;
  finished: boolean;
}

/** Derive what to show from the state. */
export function timerView(state: TimerState, segments: readonly TimerSegment[]): TimerView {
  const segment = segments[state.segmentIndex] ?? null;
  const total = (segment?.durationMs ?? 0) + state.extraMs;
  return {
    segment,
    next: state.finished ? null : (segments[state.segmentIndex + 1] ?? null),
    segmentIndex: state.segmentIndex,
    segmentCount: segments.length,
    remainingSeconds: Math.ceil(state.remainingMs / 1000),
    extraSeconds: Math.round(state.extraMs / 1000),
    progressPct: state.finished ? 100 : total > 0 ? Math.min(100, Math.max(0, ((total - state.remainingMs) / total) * 100)) : 0,
    isLastMinute: isLastMinute(state),
    running: state.running,
    finished: state.finished,
  };
}

/** A change worth announcing to screen-reader users. */
export interface TimerAnnouncement {
  kind: 'segment-change' | 'last-minute' | 'finished';
  segmentId: string | null;
  text: string;
}

/**
 * Which transitions deserve an announcement (for an `aria-live` region): a new segment, entering the
 * last minute, and the end. Never the seconds ticking, starting or pausing (the button says that).
 * Returns null when the change from `prev` to `next` is none of these.
 */
export function timerAnnouncement(prev: TimerState, next: TimerState, segments: readonly TimerSegment[]): TimerAnnouncement | null {
  const segment = segments[next.segmentIndex];
  if (next.finished && !prev.finished) return { kind: 'finished', segmentId: null, text: 'Time is up: the agenda is finished.' };
  if (next.finished || !segment) return null;
  if (next.segmentIndex !== prev.segmentIndex || (prev.finished && !next.finished)) {
    const minutes = Math.ceil(next.remainingMs / MINUTE_MS);
    return { kind: 'segment-change', segmentId: segment.id, text: `Now: ${segment.label}, ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.` };
  }
  if (isLastMinute(next) && !isLastMinute(prev)) return { kind: 'last-minute', segmentId: segment.id, text: `One minute left: ${segment.label}.` };
  return null;
}
