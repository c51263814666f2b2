import { hiringChartData } from './hiring-chart';
import { growthTotals, sumFte } from './hiring';
import { phase1, phase2, phase3 } from '../../data/playbook/hiring';

describe('hiring chart data', () => {
  const data = hiringChartData(phase1, [phase2, phase3]);
  it('has one column per phase end', () => {
    expect(data.labels).toEqual([`Month ${phase1.monthsTo}`, `Month ${phase2.monthsTo}`, `Month ${phase3.monthsTo}`]);
  });
  it('sums each column to the phase figures', () => {
    expect(data.totals[0]).toBe(sumFte(phase1.hires));
    expect(data.totals[1]).toBe(growthTotals(phase2.growth).total);
    expect(data.totals[2]).toBe(growthTotals(phase3.growth).total);
  });
  it('keeps Phase 3 at the stated 75 FTE', () => {
    expect(data.totals[2]).toBe(phase3.statedTotal.min);
  });
});
