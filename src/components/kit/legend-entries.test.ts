import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { legendEntries } from './ChartFrame';

describe('legendEntries', () => {
  it('takes a bar series by its fill, not by the border that separates stacked bars', () => {
    const config = {
      type: 'bar',
      data: { labels: ['a'], datasets: [{ label: 'Sales', data: [1], backgroundColor: '#1d4ed8', borderColor: '#ffffff' }] },
    } as ChartConfiguration;
    expect(legendEntries(config)).toEqual([{ label: 'Sales', color: '#1d4ed8', dashed: false, marker: false }]);
  });
  it('takes a line by its stroke, also as a line in a bar chart', () => {
    const config = {
      type: 'bar',
      data: {
        labels: ['a'],
        datasets: [
          { type: 'line', label: 'Target', data: [1], borderColor: '#b45309', backgroundColor: '#00000000', borderDash: [6, 4] },
          { type: 'bar', label: 'Output', data: [1], backgroundColor: '#047857' },
        ],
      },
    } as unknown as ChartConfiguration;
    expect(legendEntries(config).map((e) => [e.label, e.color, e.dashed])).toEqual([
      ['Target', '#b45309', true],
      ['Output', '#047857', false],
    ]);
  });
  it('leaves out datasets without a label', () => {
    const config = { type: 'line', data: { labels: [], datasets: [{ data: [], borderColor: '#000' }] } } as unknown as ChartConfiguration;
    expect(legendEntries(config)).toEqual([]);
  });
});
