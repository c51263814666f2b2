/** Where a value in the scale model comes from: the playbook, derived from it, an assumption, or carried in. */
export type ValueBasis = 'seed' | 'derived' | 'assumption';

/** The basis of one value and a sentence on it. */
export interface PresetValueSource {
  basis: ValueBasis;
  note: string;
  /** Words for the tag when they are not the basis's own, e.g. "from the stage planner" for a carried figure. */
  label?: string;
}
