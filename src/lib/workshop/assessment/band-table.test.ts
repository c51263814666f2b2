import { describe, expect, it } from 'vitest';
import { ASSESSMENTS } from './definitions';
import { LEVEL_BANDS, OVERALL_BANDS } from './bands';
import { levelBandRows, overallBandRows, pointsFromPct } from './band-table';

describe('band tables', () => {
  it('turns a share of the maximum into points on each scale', () => {
    expect(pointsFromPct(50, 50)).toBe(25);
    expect(pointsFromPct(85, 100)).toBe(85);
    expect(pointsFromPct(70, 50)).toBe(35);
    expect(pointsFromPct(0, 50)).toBe(0);
  });

  it.each(Object.values(ASSESSMENTS).map((a) => [a.overallMax]))('gives every overall band its points on a scale of %i, bands meeting edge to edge', (max) => {
    const rows = overallBandRows(max);
    expect(rows.map((r) => r.band)).toEqual(OVERALL_BANDS);
    expect(rows[0]?.fromPoints).toBe(0);
    rows.slice(0, -1).forEach((row, i) => expect(row.toPoints).toBe(rows[i + 1]?.fromPoints));
    expect(rows.at(-1)?.toPoints).toBeNull();
  });

  it('marks only the top item band as running to the maximum', () => {
    const rows = levelBandRows();
    expect(rows.map((r) => r.band)).toEqual(LEVEL_BANDS);
    expect(rows.map((r) => r.top)).toEqual(LEVEL_BANDS.map((_, i) => i === LEVEL_BANDS.length - 1));
  });
});
