import fc from 'fast-check';
import { agendaSegments, timerSegmentsFromAgenda } from '../../presets/workshop-agenda';
import {
  createTimerReducer,
  initialTimerState,
  isLastMinute,
  MINUTE_MS,
  reduceTimer,
  timerAnnouncement,
  timerView,
  type TimerAction,
  type TimerState,
} from './timer';

const segments = timerSegmentsFromAgenda();
const run = (actions: TimerAction[], from: TimerState = initialTimerState(segments)) => actions.reduce((s, a) => reduceTimer(s, a, segments), from);
const dur = (i: number) => segments[i]?.durationMs ?? 0;
const totalMs = segments.reduce((s, x) => s + x.durationMs, 0);

describe('segments', () => {
  it('are the agenda segments with their minutes', () => {
    expect(segments.map((s) => [s.id, s.durationMs])).toEqual(agendaSegments().map((s) => [s.id, s.minutes * MINUTE_MS]));
  });
});

describe('timer reducer', () => {
  it('starts stopped at the first segment with its full time', () => {
    expect(initialTimerState(segments)).toEqual({ segmentIndex: 0, remainingMs: dur(0), running: false, extraMs: 0, finished: false });
  });

  it('ignores ticks while paused, and invalid ticks', () => {
    const paused = initialTimerState(segments);
    expect(reduceTimer(paused, { type: 'tick', elapsedMs: 5000 }, segments)).toBe(paused);
    const started = run([{ type: 'start' }]);
    for (const elapsedMs of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(reduceTimer(started, { type: 'tick', elapsedMs }, segments)).toBe(started);
  });

  it('counts down while running and stops on pause', () => {
    const s = run([{ type: 'start' }, { type: 'tick', elapsedMs: 1000 }, { type: 'tick', elapsedMs: 250 }, { type: 'pause' }, { type: 'tick', elapsedMs: 9000 }]);
    expect(s).toMatchObject({ remainingMs: dur(0) - 1250, running: false });
  });

  it('moves to the next segment when time runs out, carrying the overflow', () => {
    const s = run([{ type: 'start' }, { type: 'tick', elapsedMs: dur(0) - 10_000 }, { type: 'tick', elapsedMs: 15_000 }]);
    expect(s).toMatchObject({ segmentIndex: 1, remainingMs: dur(1) - 5000, running: true, extraMs: 0 });
  });

  it('moves exactly at zero', () => {
    expect(run([{ type: 'start' }, { type: 'tick', elapsedMs: dur(0) }])).toMatchObject({ segmentIndex: 1, remainingMs: dur(1) });
  });

  it('skips several segments on one long tick (a sleeping tab)', () => {
    const s = run([{ type: 'start' }, { type: 'tick', elapsedMs: dur(0) + dur(1) + 1000 }]);
    expect(s).toMatchObject({ segmentIndex: 2, remainingMs: dur(2) - 1000 });
  });

  it('finishes after the last segment, stopped at zero, and then ignores start and tick', () => {
    const s = run([{ type: 'start' }, { type: 'tick', elapsedMs: totalMs + 5000 }]);
    expect(s).toEqual({ segmentIndex: segments.length - 1, remainingMs: 0, running: false, extraMs: 0, finished: true });
    expect(reduceTimer(s, { type: 'start' }, segments)).toBe(s);
    expect(reduceTimer(s, { type: 'tick', elapsedMs: 1000 }, segments)).toBe(s);
    expect(reduceTimer(s, { type: 'skip' }, segments)).toBe(s);
  });

  it('adds a minute to the current segment, and forgets it on the next segment', () => {
    const s = run([{ type: 'start' }, { type: 'addMinute' }, { type: 'addMinute' }]);
    expect(s).toMatchObject({ remainingMs: dur(0) + 2 * MINUTE_MS, extraMs: 2 * MINUTE_MS });
    expect(reduceTimer(s, { type: 'skip' }, segments)).toMatchObject({ segmentIndex: 1, remainingMs: dur(1), extraMs: 0, running: true });
  });

  it('"add a minute" after the end reopens the last segment, paused', () => {
    const s = run([{ type: 'start' }, { type: 'tick', elapsedMs: totalMs }, { type: 'addMinute' }]);
    expect(s).toEqual({ segmentIndex: segments.length - 1, remainingMs: MINUTE_MS, running: false, extraMs: MINUTE_MS, finished: false });
  });

  it('skip on the last segment finishes; reset goes back to the start', () => {
    const last = run(Array.from({ length: segments.length - 1 }, () => ({ type: 'skip' }) as const));
    expect(last.segmentIndex).toBe(segments.length - 1);
    expect(reduceTimer(last, { type: 'skip' }, segments)).toMatchObject({ finished: true, running: false });
    expect(reduceTimer(last, { type: 'reset' }, segments)).toEqual(initialTimerState(segments));
  });

  it('with no segments is finished from the start', () => {
    expect(initialTimerState([])).toMatchObject({ finished: true, remainingMs: 0 });
    expect(reduceTimer(initialTimerState([]), { type: 'addMinute' }, [])).toMatchObject({ finished: true });
  });

  it('works as a bound reducer', () => {
    const reducer = createTimerReducer(segments);
    expect(reducer(initialTimerState(segments), { type: 'start' }).running).toBe(true);
  });
});

describe('last minute and view', () => {
  const at = (remainingMs: number): TimerState => ({ segmentIndex: 0, remainingMs, running: true, extraMs: 0, finished: false });
  it.each([
    [MINUTE_MS + 1, false],
    [MINUTE_MS, true],
    [1, true],
  ])('%i ms left → last minute %s', (ms, expected) => {
    expect(isLastMinute(at(ms))).toBe(expected);
  });
  it('is never the last minute once finished', () => {
    expect(isLastMinute({ ...at(0), finished: true })).toBe(false);
  });
  it('shows whole seconds rounded up and the share used', () => {
    const v = timerView(at(dur(0) / 2 - 500), segments);
    expect(v.remainingSeconds).toBe(Math.ceil((dur(0) / 2 - 500) / 1000));
    expect(v.progressPct).toBeCloseTo(((dur(0) / 2 + 500) / dur(0)) * 100, 9);
    expect(v.segment?.id).toBe('pre-exercise-setup');
    expect(v.next?.id).toBe('29a-1');
  });
});

describe('announcements', () => {
  const started = run([{ type: 'start' }]);
  it('announce a new segment', () => {
    const next = reduceTimer(started, { type: 'tick', elapsedMs: dur(0) }, segments);
    expect(timerAnnouncement(started, next, segments)).toEqual({
      kind: 'segment-change',
      segmentId: '29a-1',
      text: `Now: ${segments[1]?.label}, ${dur(1) / MINUTE_MS} minutes.`,
    });
  });
  it('announce entering the last minute, once', () => {
    const before = reduceTimer(started, { type: 'tick', elapsedMs: dur(0) - MINUTE_MS - 1000 }, segments);
    const inLast = reduceTimer(before, { type: 'tick', elapsedMs: 1000 }, segments);
    expect(timerAnnouncement(before, inLast, segments)?.kind).toBe('last-minute');
    const later = reduceTimer(inLast, { type: 'tick', elapsedMs: 1000 }, segments);
    expect(timerAnnouncement(inLast, later, segments)).toBeNull();
  });
  it('announce the end', () => {
    const end = reduceTimer(started, { type: 'tick', elapsedMs: totalMs }, segments);
    expect(timerAnnouncement(started, end, segments)?.kind).toBe('finished');
  });
  it('stay quiet for seconds ticking, start, pause and added minutes', () => {
    const ticked = reduceTimer(started, { type: 'tick', elapsedMs: 1000 }, segments);
    expect(timerAnnouncement(started, ticked, segments)).toBeNull();
    expect(timerAnnouncement(initialTimerState(segments), started, segments)).toBeNull();
    expect(timerAnnouncement(started, reduceTimer(started, { type: 'pause' }, segments), segments)).toBeNull();
    expect(timerAnnouncement(started, reduceTimer(started, { type: 'addMinute' }, segments), segments)).toBeNull();
  });
});

describe('properties', () => {
  /** Time used so far across the agenda (no minutes added). */
  const elapsed = (s: TimerState) =>
    s.finished ? totalMs : segments.slice(0, s.segmentIndex).reduce((t, x) => t + x.durationMs, 0) + dur(s.segmentIndex) - s.remainingMs;

  it('the time used is the sum of the ticks, up to the agenda total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 * MINUTE_MS }), { maxLength: 40 }), (ticks) => {
        const s = run([{ type: 'start' }, ...ticks.map((elapsedMs) => ({ type: 'tick', elapsedMs }) as const)]);
        expect(elapsed(s)).toBe(Math.min(totalMs, ticks.reduce((a, b) => a + b, 0)));
        expect(s.remainingMs).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('any sequence of actions keeps a valid state', () => {
    const action: fc.Arbitrary<TimerAction> = fc.oneof(
      fc.constantFrom<TimerAction>({ type: 'start' }, { type: 'pause' }, { type: 'addMinute' }, { type: 'skip' }, { type: 'reset' }),
      fc.double({ min: -1e6, max: 1e7 }).map((elapsedMs): TimerAction => ({ type: 'tick', elapsedMs })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        const s = run(actions);
        expect(s.segmentIndex >= 0 && s.segmentIndex < segments.length).toBe(true);
        expect(Number.isInteger(s.remainingMs) && s.remainingMs >= 0).toBe(true);
        if (s.finished) expect(s.running).toBe(false);
        else expect(s.remainingMs).toBeGreaterThan(0);
      }),
    );
  });
});
