import { shouldChime } from './timer-sound';

describe('timer chime', () => {
  it('chimes when the clock ends a segment or the agenda, not on the last-minute warning or a button press', () => {
    const change = { kind: 'segment-change', segmentId: 's2', text: 'Now: s2' } as const;
    const finished = { kind: 'finished', segmentId: null, text: 'Time is up' } as const;
    const lastMinute = { kind: 'last-minute', segmentId: 's1', text: 'One minute left' } as const;
    expect(shouldChime(change, true)).toBe(true);
    expect(shouldChime(finished, true)).toBe(true);
    expect(shouldChime(lastMinute, true)).toBe(false);
    expect(shouldChime(change, false)).toBe(false);
    expect(shouldChime(null, true)).toBe(false);
  });
});
