/** When the facilitator's timer chimes: only when time ran out on a segment (or the agenda), never on a button press. */
import type { TimerAnnouncement } from './timer';

/** Whether a timer transition should chime: a segment or the agenda ended while the clock was running. */
export function shouldChime(announcement: TimerAnnouncement | null, causedByClock: boolean): boolean {
  return causedByClock && (announcement?.kind === 'segment-change' || announcement?.kind === 'finished');
}
