import { describeDeltas, formatHeadcount, joinRoles, orgChartSummary } from './org-chart-summary';
import { stage1Chart, stage2Chart, stage3Chart } from '../../data/playbook/org-charts';

describe('org chart summaries say plainly whether the counts match', () => {
  it('Stage 1: 9–13 against 8–12 people', () => {
    const s = orgChartSummary(stage1Chart);
    expect(s.consistent).toBe(false);
    expect(s.sumText).toBe('The counts in the chart add up to 9–13. The CEO is not in any count.');
    expect(s.comparisonText).toBe(
      'The playbook states 8–12 people (the Stage 1 team size in the scaling stages). The chart does not match it: it is 1 higher at both ends.',
    );
    expect(s.withUncountedText).toBe('Counting the CEO as well gives 10–14, which does not match it (2 higher at both ends).');
  });

  it('Stage 2: 31–35 inside 30–35 FTE; 33–37 with the CEO and CTO', () => {
    const s = orgChartSummary(stage2Chart);
    expect(s.consistent).toBe(true);
    expect(s.sumText).toBe('The counts in the chart add up to 31–35. The CEO and the CTO are not in any count.');
    expect(s.comparisonText).toBe('The playbook states 30–35 FTE (the Phase 2 hiring total). The chart’s range lies inside it.');
    expect(s.withUncountedText).toBe(
      'Counting the CEO and the CTO as well gives 33–37, which does not match it (3 higher at the low end, 2 higher at the high end).',
    );
  });

  it('Stage 3: 75 equals 75 FTE; 76 with the CEO', () => {
    const s = orgChartSummary(stage3Chart);
    expect(s.consistent).toBe(true);
    expect(s.comparisonText).toBe('The playbook states 75 FTE (the Phase 3 hiring total). The chart matches it exactly.');
    expect(s.withUncountedText).toBe('Counting the CEO as well gives 76, which does not match it (1 higher).');
  });

  it('helpers', () => {
    expect(formatHeadcount({ min: 4, max: 6 })).toBe('4–6');
    expect(formatHeadcount({ min: 12, max: 12 })).toBe('12');
    expect(joinRoles([])).toBe('');
    expect(joinRoles(['CEO', 'CTO', 'COO'])).toBe('the CEO, the CTO and the COO');
    expect(describeDeltas({ relation: 'overlaps', minDelta: -2, maxDelta: 0 }, false)).toBe('2 lower at the low end');
  });
});
