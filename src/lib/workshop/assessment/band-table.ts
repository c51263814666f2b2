/**
 * The score bands as the band tables on the assessment pages show them: each overall band's share of
 * the maximum turned into points on that assessment's scale, and where each band ends.
 */
import { LEVEL_BANDS, OVERALL_BANDS, type LevelBand, type OverallBand } from './bands';

/** Points on a scale of `overallMax` that `pct` percent of it stands for. */
export function pointsFromPct(pct: number, overallMax: number): number {
  return (pct / 100) * overallMax;
}

/** One overall band with its bounds in points; the top band runs to the maximum itself (`toPoints` null). */
export interface OverallBandRow {
  band: OverallBand;
  fromPoints: number;
  /** Exclusive upper bound in points, or null for the top band, which includes the maximum. */
  toPoints: number | null;
}

/** The overall bands on a scale of `overallMax`, lowest first. */
export function overallBandRows(overallMax: number): OverallBandRow[] {
  const last = OVERALL_BANDS.length - 1;
  return OVERALL_BANDS.map((band, i) => ({
    band,
    fromPoints: pointsFromPct(band.fromPct, overallMax),
    toPoints: i === last ? null : pointsFromPct(band.toPct, overallMax),
  }));
}

/** One item or category band; the top band runs to the item maximum itself (`top`). */
export interface LevelBandRow {
  band: LevelBand;
  top: boolean;
}

/** The item and category bands, lowest first, with the top one marked. */
export function levelBandRows(): LevelBandRow[] {
  const last = LEVEL_BANDS.length - 1;
  return LEVEL_BANDS.map((band, i) => ({ band, top: i === last }));
}
