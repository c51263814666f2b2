/** Whether the facilitator's timer plays a sound when a segment's time is up: off until the facilitator turns it on. */
import * as z from 'zod/mini';
import { createPersistentTool } from './persistent';

/** The saved setting. */
export interface TimerSoundSetting {
  soundOn: boolean;
}

/** Off by default: a sound in a quiet room should be the facilitator's choice. */
export const timerSoundDefaults: TimerSoundSetting = { soundOn: false };

/** The timer-sound setting, kept apart from the timer so its saved shape stays as it is. */
export const timerSound = /* @__PURE__ */ createPersistentTool<TimerSoundSetting>({
  tool: 'day-29-timer-sound',
  version: 1,
  schema: z.object({ soundOn: z.boolean() }),
  defaults: timerSoundDefaults,
});

/** Turn the sound on or off. */
export function setTimerSound(soundOn: boolean): void {
  timerSound.$value.set({ soundOn });
}
