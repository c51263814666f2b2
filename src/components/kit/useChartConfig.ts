import { useCallback } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ChartTheme } from './chart-theme';

/** A chart's config builder, kept until one of `values` (everything the chart draws) changes, so ChartFrame redraws only then. */
export function useChartConfig(values: readonly unknown[], build: (theme: ChartTheme) => ChartConfiguration): (theme: ChartTheme) => ChartConfiguration {
  const key = JSON.stringify(values);
  // The key captures every value the chart draws.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback(build, [key]);
}

/** A bar series filled and outlined in one theme colour. */
export function barSeries<T>(label: string, data: T[], color: string | undefined) {
  return { label, data, backgroundColor: color, borderColor: color };
}
