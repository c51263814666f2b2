import { READINESS_ASSESSMENT } from './assessment/definitions';
import { compareSnapshots, createSnapshot } from './assessment/snapshots';
import { changeDirection, comparisonRows, inDateOrder } from './snapshot-view';

describe('snapshot comparison view', () => {
  const jan = createSnapshot(READINESS_ASSESSMENT, { 'feature-completeness': 4 }, new Date('2025-01-10T09:00:00Z'), 'jan');
  const mar = createSnapshot(READINESS_ASSESSMENT, { 'feature-completeness': 6, 'technical-stability': 8 }, new Date('2025-03-10T09:00:00Z'), 'mar');

  it('puts the earlier snapshot first whichever way round they are picked', () => {
    expect(inDateOrder(jan, mar)).toEqual([jan, mar]);
    expect(inDateOrder(mar, jan)).toEqual([jan, mar]);
    expect(inDateOrder(undefined, mar)).toEqual([undefined, mar]);
  });

  it('gives a direction only to changes that do not round to nothing', () => {
    expect(changeDirection(null)).toBeUndefined();
    expect(changeDirection(0.04)).toBeUndefined();
    expect(changeDirection(-0.04)).toBeUndefined();
    expect(changeDirection(0.05)).toBe('up');
    expect(changeDirection(-2)).toBe('down');
  });

  it('lists the categories, then overall, then the answered items with their change', () => {
    const rows = comparisonRows(compareSnapshots(READINESS_ASSESSMENT, jan, mar));
    expect(rows).toHaveLength(READINESS_ASSESSMENT.categories.length + 2);
    expect(rows[0]).toMatchObject({ key: 'product-maturity', kind: 'category', label: 'Product Maturity' });
    expect(rows.at(-2)).toMatchObject({ key: 'overall', kind: 'overall', label: 'Overall' });
    expect(rows.at(-1)).toEqual({ key: 'answered', kind: 'answered', label: 'Answered items', before: 1, after: 2, change: 1 });
  });
});
