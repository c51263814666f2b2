/** Changing a score with the arrow keys: one point at a time, kept within 0–max. */

/**
 * The score one step up or down from `value`. From unanswered, up gives 0 (the first score) and down
 * leaves it unanswered; at the ends the score stays put.
 */
export function stepScore(value: number | null, direction: 1 | -1, max = 10): number | null {
  if (value === null) return direction === 1 ? 0 : null;
  return Math.min(max, Math.max(0, Math.round(value) + direction));
}
