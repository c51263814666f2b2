import { computed } from 'nanostores';
import { createPersistentTool } from './persistent';
import type { WorkshopState } from '../lib/workshop/state';
import type { FacilitatorState } from '../lib/workshop/facilitator';
import { computeWorkshopResults, emptyWorkshopState, workshopStateSchema } from '../presets/workshop';
import { emptyFacilitatorState, facilitatorStateSchema } from '../presets/workshop-agenda';

import { WORKSHOP_STATE_VERSION, WORKSHOP_TOOL } from './workshop-key';

export { WORKSHOP_STATE_VERSION };

/** What a participant starts with. */
export const workshopDefaults: WorkshopState = emptyWorkshopState();

/** Everything a participant fills in during Day 29 (worksheets, both assessments, automation inputs), saved per browser. */
export const workshop = createPersistentTool<WorkshopState>({
  tool: WORKSHOP_TOOL,
  version: WORKSHOP_STATE_VERSION,
  schema: workshopStateSchema,
  defaults: workshopDefaults,
});

/** Everything computed from the workshop state (scores, sums, ROI). Marked pure so pages that never read it do not ship the sums. */
export const $workshopResults = /* @__PURE__ */ computed(workshop.$value, computeWorkshopResults);

/** Replace one part of the workshop state. */
export function updateWorkshop(change: (state: WorkshopState) => WorkshopState): void {
  workshop.$value.set(change(workshop.$value.get()));
}

/** Version of the stored facilitator view. */
export const FACILITATOR_STATE_VERSION = 1;

/** What facilitator mode starts with: 09:00, timer at the first segment, stopped. */
export const facilitatorDefaults: FacilitatorState = emptyFacilitatorState();

/**
 * The facilitator's start time and timer, saved apart from the answers so clearing answers never stops
 * a running session (and a participant's export never carries the timer).
 */
// Pure: only facilitator mode reads it, so the other pages leave the timer code out of their bundles.
export const facilitator = /* @__PURE__ */ createPersistentTool<FacilitatorState>({
  tool: 'day-29-facilitator',
  version: FACILITATOR_STATE_VERSION,
  schema: facilitatorStateSchema,
  defaults: facilitatorDefaults,
});

/** Replace the facilitator state. */
export function updateFacilitator(change: (state: FacilitatorState) => FacilitatorState): void {
  facilitator.$value.set(change(facilitator.$value.get()));
}
