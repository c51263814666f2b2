import { useCallback } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { ChartFrame } from '../kit/ChartFrame';
import { NumberField } from '../kit/NumberField';
import type { ChartTheme } from '../kit/chart-theme';
import { formatNumber, formatPct } from '../../lib/format';
import { STAGE_PLAN_RULES as rules } from '../../lib/stage-planner/schema';
import type { CapacityResource, StagePlanInputs, StagePlanResult } from '../../lib/stage-planner/plan';
import { PRESET_CURRENT_USAGE_PCT, PRESET_MONTHLY_GROWTH_PCT } from '../../lib/stage-planner/presets';
import { setPlanValue } from '../../stores/stage-planner';
import { RESOURCE_NAMES, firstLimitText, limitText } from './words';

const RESOURCES: CapacityResource[] = ['users', 'interactions', 'storage'];

/** Props of the capacity forecast. */
export interface CapacityForecastProps {
  inputs: StagePlanInputs;
  result: StagePlanResult;
  validity: (name: string) => (valid: boolean) => void;
}

/** Current usage and growth → the month each capacity limit is reached, as a table and a chart. */
export function CapacityForecast({ inputs, result, validity }: CapacityForecastProps) {
  const num = (key: 'currentUsers' | 'currentInteractionsPerMonth' | 'currentStorageTb' | 'monthlyGrowthPct') => (v: number | null) => v !== null && setPlanValue(key, v);
  const projection = result.projection;
  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'line',
      data: {
        labels: projection.map((p) => String(p.month)),
        datasets: [
          ...RESOURCES.map((r, i) => ({
            label: RESOURCE_NAMES[r],
            data: projection.map((p) => p.usedPct[r]),
            borderColor: theme.series[i],
            backgroundColor: theme.series[i],
            pointRadius: 0,
            // Lines often coincide (the same share of capacity growing at the same rate). chart.js draws the
            // first series on top, so the upper ones are dashed with wide gaps and every series stays visible.
            borderWidth: 3,
            borderDash: i === 0 ? [4, 12] : i === 1 ? [10, 8] : undefined,
          })),
          { label: 'Capacity (100%)', data: projection.map(() => 100), borderColor: theme.series[3], backgroundColor: theme.series[3], pointRadius: 0, borderWidth: 2 },
        ],
      },
      options: {
        scales: {
          x: { title: { display: true, text: 'Months from now' } },
          y: { min: 0, title: { display: true, text: 'Share of capacity used (%)' } },
        },
      },
    }),
    [projection],
  );
  const step = projection.length > 25 ? 3 : 1;
  const rows = projection
    .filter((p) => p.month % step === 0 || result.limits.some((l) => l.limit.month === p.month))
    .map((p) => [`Month ${p.month}`, formatNumber(p.users, 0), formatNumber(p.interactions, 0), formatNumber(p.storageTb, 2), ...RESOURCES.map((r) => formatPct(p.usedPct[r], 0))]);

  return (
    <section className="sp-section" aria-labelledby="sp-capacity">
      <h2 id="sp-capacity">When capacity runs out</h2>
      <p className="kit-hint">
        The presets start at {PRESET_CURRENT_USAGE_PCT}% of each capacity and {PRESET_MONTHLY_GROWTH_PCT}% growth a month, as an example: the playbook gives neither. Enter your own.
      </p>
      <div className="kit-fields">
        <NumberField label="Current users" value={inputs.currentUsers} rule={rules.current} onValue={num('currentUsers')} onValidity={validity('cur-users')} />
        <NumberField label="Current interactions a month" value={inputs.currentInteractionsPerMonth} rule={rules.current} onValue={num('currentInteractionsPerMonth')} onValidity={validity('cur-int')} />
        <NumberField label="Current storage" suffix="TB" value={inputs.currentStorageTb} rule={rules.current} onValue={num('currentStorageTb')} onValidity={validity('cur-storage')} />
        <NumberField label="Growth a month" suffix="%" value={inputs.monthlyGrowthPct} rule={rules.monthlyGrowthPct} onValue={num('monthlyGrowthPct')} onValidity={validity('growth')} hint="Applied to users, interactions and storage alike" />
      </div>
      <p data-first-limit>{firstLimitText(result.firstLimit)}</p>
      <div className="kit-table-scroll">
        <table className="sp-limits">
          <caption>Capacity limits</caption>
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col" className="num">Now</th>
              <th scope="col" className="num">Capacity</th>
              <th scope="col">Reached</th>
            </tr>
          </thead>
          <tbody>
            {result.limits.map((l) => (
              <tr key={l.resource}>
                <th scope="row">{RESOURCE_NAMES[l.resource]}</th>
                <td className="num">{formatNumber(l.current, 2)}</td>
                <td className="num">{formatNumber(l.capacity, 2)}</td>
                <td>{limitText(l)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ChartFrame
        title="Share of capacity used, month by month"
        summary={firstLimitText(result.firstLimit)}
        config={config}
        table={{ columns: ['Month', 'Users', 'Interactions', 'Storage (TB)', 'Users used', 'Interactions used', 'Storage used'], rows }}
      />
    </section>
  );
}
