/**
 * Score bands and what to do next. The seed gives no bands; these are the handbook's own, set on
 * the share of the maximum so both assessments read the same way (a readiness of 35/50 and a
 * strategy score of 70/100 land in the same band).
 */
import { LINKS, type HandbookLink } from '../links';

/** Overall band ids, lowest first. */
export type OverallBandId = 'not-ready' | 'building' | 'ready-with-gaps' | 'scale-ready';

/** A band of the overall score. */
export interface OverallBand {
  id: OverallBandId;
  label: string;
  /** Lower bound as a percentage of the maximum, inclusive. */
  fromPct: number;
  /** Upper bound as a percentage of the maximum, exclusive (the top band includes 100). */
  toPct: number;
  next: string;
  link: HandbookLink;
}

/** Overall bands, lowest first. */
export const OVERALL_BANDS: readonly OverallBand[] = [
  {
    id: 'not-ready',
    label: 'Not ready to scale',
    fromPct: 0,
    toPct: 50,
    next: 'Fix the foundations before adding people or spend. Start with the lowest category and its critical gaps.',
    link: LINKS.stage4Strategic,
  },
  {
    id: 'building',
    label: 'Building the foundations',
    fromPct: 50,
    toPct: 70,
    next: 'Close the critical gaps below before the next growth push, one owner and one date per gap.',
    link: LINKS.stageTransitions,
  },
  {
    id: 'ready-with-gaps',
    label: 'Ready to scale, with gaps',
    fromPct: 70,
    toPct: 85,
    next: 'Scale, and put the remaining gaps on the 12-month roadmap with owners and dates.',
    link: LINKS.stage4ExitCriteria,
  },
  {
    id: 'scale-ready',
    label: 'Scale-ready',
    fromPct: 85,
    toPct: 100,
    next: 'Keep the operating rhythm, protect the strengths and assess again each quarter.',
    link: LINKS.operatingRhythm,
  },
];

/** Category and item band ids, lowest first. */
export type LevelBandId = 'critical' | 'developing' | 'strong';

/** A band of a category's mean or an item's score (out of 10). */
export interface LevelBand {
  id: LevelBandId;
  label: string;
  /** Lower bound out of 10, inclusive. */
  from: number;
  /** Upper bound out of 10, exclusive (the top band includes 10). */
  to: number;
  next: string;
}

/** Category and item bands, lowest first. */
export const LEVEL_BANDS: readonly LevelBand[] = [
  { id: 'critical', label: 'Critical gap', from: 0, to: 5, next: 'Work on this first: read the linked section and set one concrete action.' },
  { id: 'developing', label: 'Developing', from: 5, to: 7, next: 'Plan the next improvement and review it at the next assessment.' },
  { id: 'strong', label: 'Strong', from: 7, to: 10, next: 'A strength to build on: document what works so it survives growth.' },
];

/** The overall band for a score out of `max`; null for a missing score or a non-positive max. */
export function overallBand(score: number | null, max: number): OverallBand | null {
  if (score === null || !Number.isFinite(score) || !(max > 0)) return null;
  const pct = (score / max) * 100;
  return pickBand(OVERALL_BANDS, pct, (b) => b.fromPct);
}

/** The band of a score out of 10; null for a missing score. */
export function levelBand(scoreOutOf10: number | null): LevelBand | null {
  if (scoreOutOf10 === null || !Number.isFinite(scoreOutOf10)) return null;
  return pickBand(LEVEL_BANDS, scoreOutOf10, (b) => b.from);
}

function pickBand<B>(bands: readonly B[], value: number, lower: (b: B) => number): B {
  // Highest band whose lower bound the value reaches; values below the first band get the first.
  let found = bands[0] as B;
  for (const band of bands) if (value >= lower(band)) found = band;
  return found;
}
