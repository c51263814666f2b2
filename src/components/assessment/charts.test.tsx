// @vitest-environment jsdom
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { READINESS_ASSESSMENT, STRATEGY_ASSESSMENT, createSnapshot, scoreAssessment, sortSnapshots } from '../../lib/workshop/assessment/index';
import { CategoryRadar } from './CategoryRadar';
import { SnapshotTrend } from './SnapshotTrend';
import { segments, twoLines } from './ChartFigure';
import { formatChange, formatOverall, formatScore } from './format';

const attributes = (el: Element) => [...el.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value)).join(' ');

describe('chart helpers', () => {
  it('break a series where a value is missing, joining the ends of a closed shape', () => {
    expect(segments([1, 2, null, 4])).toEqual([[1, 2], [4]]);
    expect(segments([1, null, 3, 4], true)).toEqual([[3, 4, 1]]);
    expect(segments([null, null])).toEqual([]);
    expect(segments([1, 2, 3], true)).toEqual([[1, 2, 3]]);
  });
  it('split long labels into two lines near the middle', () => {
    expect(twoLines('Organizational Readiness', 12)).toEqual(['Organizational', 'Readiness']);
    expect(twoLines('Product Maturity', 20)).toEqual(['Product Maturity']);
  });
  it('format scores and changes in words where there is no number', () => {
    expect(formatScore(null, 10)).toBe('Not answered');
    expect(formatScore(6.25, 10)).toBe('6.3/10');
    expect(formatOverall(null, 50)).toBe('Not yet');
    expect(formatChange(1.5)).toBe('+1.5');
    expect(formatChange(-2)).toBe('−2');
    expect(formatChange(0.01)).toBe('No change');
    expect(formatChange(null)).toBe('–');
  });
});

describe('drawn charts', () => {
  it('leave an unanswered category as a gap in the radar, not a point at 0', () => {
    const result = scoreAssessment(READINESS_ASSESSMENT, { 'feature-completeness': 6, 'brand-recognition': 8, 'unit-economics': 3 });
    const { container } = render(<CategoryRadar def={READINESS_ASSESSMENT} result={result} latest={null} />);
    const now = container.querySelector('g.as-s0')!;
    expect(now.querySelectorAll('circle')).toHaveLength(3);
    expect(now.querySelector('polygon')).toBeNull();
    expect(container.textContent).toContain('not answered');
  });

  it('never draw NaN, whatever is answered', () => {
    const score = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
    const ids = STRATEGY_ASSESSMENT.categories.flatMap((c) => c.items.map((i) => i.id));
    fc.assert(
      fc.property(fc.array(fc.tuple(...ids.map(() => score)), { minLength: 1, maxLength: 4 }), (sets) => {
        const snaps = sortSnapshots(
          sets.map((s, k) => createSnapshot(STRATEGY_ASSESSMENT, Object.fromEntries(ids.map((id, i) => [id, s[i] ?? null])), new Date(2026, k, 1))),
        );
        const result = scoreAssessment(STRATEGY_ASSESSMENT, snaps[0]!.answers);
        const radar = render(<CategoryRadar def={STRATEGY_ASSESSMENT} result={result} latest={snaps.at(-1) ?? null} />);
        const trend = render(<SnapshotTrend def={STRATEGY_ASSESSMENT} snapshots={snaps} />);
        for (const view of [radar, trend]) {
          expect(attributes(view.container)).not.toMatch(/NaN|Infinity/);
          expect(view.container.textContent).not.toMatch(/NaN|Infinity/);
          view.unmount();
        }
      }),
      { numRuns: 40 },
    );
    // Forty full renders: a property test, not a timed one; allow for a loaded machine.
  }, 60_000);
});
