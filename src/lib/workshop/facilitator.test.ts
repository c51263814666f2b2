import fc from 'fast-check';
import { actOnTimer, AGENDA, emptyFacilitatorState, FACILITATOR_SEGMENTS, facilitatorStateSchema, liveTimer } from '../../presets/workshop-agenda';
import { MINUTE_MS, reduceTimer } from './timer';

const first = FACILITATOR_SEGMENTS[0]!;
const second = FACILITATOR_SEGMENTS[1]!;

describe('facilitator timer', () => {
  it('has one segment per timed agenda step, with the seed minutes', () => {
    const minutes = AGENDA.flatMap((p) => p.segments.map((s) => s.minutes));
    expect(FACILITATOR_SEGMENTS.map((s) => s.durationMs)).toEqual(minutes.map((m) => m * MINUTE_MS));
  });

  it('stays put while stopped, whatever the clock says', () => {
    const s = emptyFacilitatorState();
    expect(liveTimer(s, 10 ** 12)).toEqual(s.timer);
  });

  it('keeps time from the wall clock: a reload later resumes where real time says', () => {
    const started = actOnTimer(emptyFacilitatorState(), { type: 'start' }, 1_000);
    expect(started.anchorMs).toBe(1_000);
    // Stored and read back later: 90 s have passed.
    const reread = facilitatorStateSchema.parse(JSON.parse(JSON.stringify(started)));
    expect(liveTimer(reread, 91_000).remainingMs).toBe(first.durationMs - 90_000);
  });

  it('carries over into the next segment when a reload comes after a segment ended', () => {
    const started = actOnTimer(emptyFacilitatorState(), { type: 'start' }, 0);
    const live = liveTimer(started, first.durationMs + 30_000);
    expect(live.segmentIndex).toBe(1);
    expect(live.remainingMs).toBe(second.durationMs - 30_000);
  });

  it('pauses at the live time and stops the anchor', () => {
    const started = actOnTimer(emptyFacilitatorState(), { type: 'start' }, 0);
    const paused = actOnTimer(started, { type: 'pause' }, 20_000);
    expect(paused.anchorMs).toBeNull();
    expect(paused.timer.running).toBe(false);
    expect(liveTimer(paused, 10 ** 9).remainingMs).toBe(first.durationMs - 20_000);
  });

  it('adds a minute and skips at the live time', () => {
    let s = actOnTimer(emptyFacilitatorState(), { type: 'start' }, 0);
    s = actOnTimer(s, { type: 'addMinute' }, 10_000);
    expect(liveTimer(s, 10_000).remainingMs).toBe(first.durationMs - 10_000 + MINUTE_MS);
    s = actOnTimer(s, { type: 'skip' }, 15_000);
    expect(liveTimer(s, 15_000)).toMatchObject({ segmentIndex: 1, remainingMs: second.durationMs, running: true });
  });

  it('a clock that moves backwards changes nothing', () => {
    const started = actOnTimer(emptyFacilitatorState(), { type: 'start' }, 50_000);
    expect(liveTimer(started, 10_000).remainingMs).toBe(first.durationMs);
  });

  it('refuses stored junk', () => {
    const good = emptyFacilitatorState();
    expect(facilitatorStateSchema.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, startTime: '25:00' },
      { ...good, timer: { ...good.timer, segmentIndex: FACILITATOR_SEGMENTS.length } },
      { ...good, timer: { ...good.timer, remainingMs: -1 } },
      { ...good, anchorMs: 'soon' },
      null,
    ]) {
      expect(facilitatorStateSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('live time after any split of elapsed time equals one tick of the whole (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 * MINUTE_MS }), { minLength: 1, maxLength: 8 }), (steps) => {
        let s = actOnTimer(emptyFacilitatorState(), { type: 'start' }, 0);
        let now = 0;
        for (const step of steps) {
          now += step;
          // Re-anchoring with a pause and start at each step must not lose or gain time.
          s = actOnTimer(actOnTimer(s, { type: 'pause' }, now), { type: 'start' }, now);
        }
        const whole = reduceTimer({ ...emptyFacilitatorState().timer, running: true }, { type: 'tick', elapsedMs: now }, FACILITATOR_SEGMENTS);
        const live = liveTimer(s, now);
        expect([live.segmentIndex, live.remainingMs, live.finished]).toEqual([whole.segmentIndex, whole.remainingMs, whole.finished]);
      }),
    );
  });
});
