/**
 * Figures carried into the scale model from other tools, with their sources. Kept apart from the carry
 * actions so the scale model reads them without loading the tools they came from.
 */
import { createPersistentTool } from './persistent';
import type { CarriedFigure, CarrySource } from '../lib/scale-plan/carried-source';
import { CARRIED_VERSION, carriedFiguresSchema } from '../lib/scale-plan/carry-schema';

/** Figures carried into the scale model, with their sources. */
export const carriedFigures = createPersistentTool<CarriedFigure[]>({
  tool: 'carried-figures',
  version: CARRIED_VERSION,
  schema: carriedFiguresSchema,
  defaults: [],
});

/** Names of the source tools. */
export const CARRY_SOURCE_NAMES: Record<CarrySource, string> = {
  'unit-economics': 'unit economics',
  'stage-planner': 'the stage planner',
};
