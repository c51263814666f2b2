/**
 * Starting points for the tool: what a first visit shows and what "add a role" creates.
 */
import { phase2Inputs } from './presets';
import type { ScaleModelInputs } from '../../lib/scale-model/types';

/** The inputs a first visit (and reset) shows: the Phase 2 preset, the playbook's scaling phase. */
export function defaultScaleModelInputs(): ScaleModelInputs {
  return phase2Inputs();
}

export { newScaleRole } from './new-role';
