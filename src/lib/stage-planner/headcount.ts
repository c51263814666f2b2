/**
 * Headcounts as ranges: the playbook gives team sizes like "4-6", which stay ranges
 * all the way to the page instead of being collapsed to a midpoint.
 */

/** A team size, min ≤ max; a single number has min === max. */
export interface Headcount {
  min: number;
  max: number;
}

/** A headcount from one number or a "from–to" pair. */
export function headcount(min: number, max: number = min): Headcount {
  return { min, max };
}

/** Whether a headcount is a usable range: finite, not negative, min ≤ max. */
export function isValidHeadcount(h: Headcount): boolean {
  return Number.isFinite(h.min) && Number.isFinite(h.max) && h.min >= 0 && h.min <= h.max;
}

/** Add two ranges end to end. */
export function addHeadcounts(a: Headcount, b: Headcount): Headcount {
  return { min: a.min + b.min, max: a.max + b.max };
}

/** How a computed range relates to a stated one. */
export type HeadcountRelation = 'equal' | 'within' | 'contains' | 'overlaps' | 'outside';

/** A computed range set against a stated range: the relation and how far each end is off. */
export interface HeadcountComparison {
  relation: HeadcountRelation;
  /** computed.min − stated.min */
  minDelta: number;
  /** computed.max − stated.max */
  maxDelta: number;
}

/** Compare a computed range with a stated one ("equal" only when both ends match). */
export function compareHeadcount(computed: Headcount, stated: Headcount): HeadcountComparison {
  const minDelta = computed.min - stated.min;
  const maxDelta = computed.max - stated.max;
  let relation: HeadcountRelation;
  if (minDelta === 0 && maxDelta === 0) relation = 'equal';
  else if (computed.min >= stated.min && computed.max <= stated.max) relation = 'within';
  else if (computed.min <= stated.min && computed.max >= stated.max) relation = 'contains';
  else if (computed.max < stated.min || computed.min > stated.max) relation = 'outside';
  else relation = 'overlaps';
  return { relation, minDelta, maxDelta };
}
