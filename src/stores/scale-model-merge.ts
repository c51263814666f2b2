/**
 * Hiring profiles merged into the saved scale model. Apart from the scale model's store so the scale model
 * page does not ship the merge, which only the organization design uses.
 */
import { mergeProfilesIntoScaleModel, type ScaleModelMerge } from '../lib/stage4/org-design/to-scale-model';
import type { HiringProfile } from '../lib/stage4/org-design/compute';
import { newScaleRole } from '../presets/scale-model/new-role';
import { scaleModel } from './scale-model';

export { applyCarriedPlan } from './scale-model';

/** What merging hiring profiles into the saved plan would give (nothing is changed). */
export function previewProfilesMerge(profiles: readonly HiringProfile[]): ScaleModelMerge {
  return mergeProfilesIntoScaleModel(scaleModel.$value.get(), profiles, newScaleRole);
}
