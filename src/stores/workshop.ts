import { computed } from 'nanostores';
import { createPersistentTool } from './persistent';
import { emptyWorkshopState, type WorkshopState } from '../lib/workshop/state';
import { workshopStateSchema } from '../lib/workshop/export';
import { computeWorkshopResults } from '../lib/workshop/outputs';

/** Version of the stored Day 29 workshop state. */
export const WORKSHOP_STATE_VERSION = 1;

/** What a participant starts with. */
export const workshopDefaults: WorkshopState = emptyWorkshopState();

/** Everything a participant fills in during Day 29 (worksheets, both assessments, automation inputs), saved per browser. */
export const workshop = createPersistentTool<WorkshopState>({
  tool: 'day-29',
  version: WORKSHOP_STATE_VERSION,
  schema: workshopStateSchema,
  defaults: workshopDefaults,
});

/** Everything computed from the workshop state (scores, sums, ROI). */
export const $workshopResults = computed(workshop.$value, computeWorkshopResults);

/** Replace one part of the workshop state. */
export function updateWorkshop(change: (state: WorkshopState) => WorkshopState): void {
  workshop.$value.set(change(workshop.$value.get()));
}
