import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { ChartFrame } from '../kit/ChartFrame';
import { NumberField } from '../kit/NumberField';
import type { ChartTheme } from '../kit/chart-theme';
import {
  DEFAULT_SENSITIVITY_PCT,
  SENSITIVITY_METRICS,
  SENSITIVITY_PCT_RULE,
  runSensitivity,
  type ScaleModelInputs,
  type SensitivityMetricId,
  type SensitivityRow,
} from '../../lib/scale-model';
import { formatNumber, formatUsdCompact } from '../../lib/format';
import { formatByUnit, formatMetric, isUsdUnit, metricReason } from './format-scale';

/** Bars shown in the tornado; the table lists every assumption. */
const MAX_BARS = 12;

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One-at-a-time sensitivity: move each assumption ±N% and rank the effect on a chosen result in a tornado chart. */
export function Sensitivity({ inputs, targetUnit }: { inputs: ScaleModelInputs; targetUnit: string | null }) {
  const [metric, setMetric] = useState<SensitivityMetricId>('output12');
  const [changePct, setChangePct] = useState(DEFAULT_SENSITIVITY_PCT);
  const selectId = useId();
  // The analysis recomputes the plan about a hundred times: let typing in the form render first.
  const deferredInputs = useDeferredValue(inputs);
  const analysis = useMemo(() => runSensitivity(deferredInputs, { metric, changePct }), [deferredInputs, metric, changePct]);
  const meta = SENSITIVITY_METRICS.find((m) => m.id === metric) ?? SENSITIVITY_METRICS[0]!;
  const resultUnit = meta.unit;
  const outputUnit = targetUnit ?? undefined;
  const fmt = (value: number) => formatByUnit(value, resultUnit, outputUnit);
  const compact = (value: number) =>
    resultUnit === 'usd' || (resultUnit === 'output' && isUsdUnit(outputUnit)) ? formatUsdCompact(value) : formatNumber(value, 2);
  const bars = useMemo(() => analysis.rows.filter((r) => r.swing !== null && r.swing > 0).slice(0, MAX_BARS), [analysis]);
  const base = analysis.base.value;
  const n = analysis.changePct;

  const inputUnitOf = (row: SensitivityRow) =>
    row.field === 'monthlyOutputTarget' ? outputUnit : (deferredInputs.roles.find((r) => r.id === row.roleId)?.outputUnit ?? undefined);
  const fmtInput = (row: SensitivityRow, value: number) => formatByUnit(value, row.unit, inputUnitOf(row));

  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: bars.map((r) => r.label),
        datasets: [
          {
            label: `Assumption −${n}%`,
            data: bars.map((r) => (base === null || r.low.value === null ? null : [base, r.low.value])) as never,
            backgroundColor: theme.series[0],
            grouped: false,
          },
          {
            label: `Assumption +${n}%`,
            data: bars.map((r) => (base === null || r.high.value === null ? null : [base, r.high.value])) as never,
            backgroundColor: theme.series[1],
            grouped: false,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const raw = ctx.raw as [number, number] | null;
                return raw ? `${ctx.dataset.label}: ${fmt(raw[1])}` : '';
              },
            },
          },
        },
        scales: {
          x: {
            // A tornado is read around its base, not from 0: small swings stay visible.
            beginAtZero: false,
            grace: '5%',
            title: { display: true, text: `${meta.label}; base ${base === null ? 'none' : fmt(base)}` },
            ticks: { maxTicksLimit: 6, callback: (v) => compact(Number(v)) },
          },
          y: {
            ticks: {
              autoSkip: false,
              callback(value) {
                const label = this.getLabelForValue(Number(value));
                // On a narrow chart the label wraps onto lines instead of being cut off.
                return this.chart.width < 520 ? wrapWords(label, 22) : truncate(label, 44);
              },
            },
          },
        },
      },
    }),
    // fmt follows resultUnit and outputUnit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [bars, base, n, meta.label, resultUnit, outputUnit],
  );

  const top = bars[0];
  const summary =
    base === null
      ? `${meta.label} has no value for this plan: ${metricReason(analysis.base)}`
      : top
        ? `Base ${meta.label.toLowerCase()}: ${fmt(base)}. The largest swing comes from ${top.label} (${formatMetric(top.low, resultUnit, outputUnit)} to ${formatMetric(top.high, resultUnit, outputUnit)}).`
        : `Base ${meta.label.toLowerCase()}: ${fmt(base)}. No assumption moves it by ±${n}%.`;

  // Assumptions that do not move the result are listed once, by name, instead of a row of zeros each.
  const moving = analysis.rows.filter((r) => r.swing !== 0);
  const still = analysis.rows.filter((r) => r.swing === 0);
  const rows = moving.map((r) => [
    r.label,
    `${fmtInput(r, r.lowInput)} / ${fmtInput(r, r.baseInput)} / ${fmtInput(r, r.highInput)}${r.clamped ? ' (kept within its range)' : ''}`,
    formatMetric(r.low, resultUnit, outputUnit),
    formatMetric(r.high, resultUnit, outputUnit),
    r.swing === null ? 'No value' : fmt(r.swing),
  ]);
  if (still.length > 0) rows.push([`No effect (${still.length})`, still.map((r) => r.label).join('; '), '', '', fmt(0)]);

  return (
    <div className="sm-sensitivity">
      <div className="kit-fields sm-sensitivity-fields" data-print-hide>
        <div className="kit-field">
          <label htmlFor={selectId}>Result to test</label>
          <select id={selectId} value={metric} onChange={(e) => setMetric(e.target.value as SensitivityMetricId)}>
            {SENSITIVITY_METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label="Move each assumption by (±)"
          suffix="%"
          value={changePct}
          rule={{ min: SENSITIVITY_PCT_RULE.min, max: SENSITIVITY_PCT_RULE.max, unit: '%' }}
          onValue={(v) => {
            if (v !== null) setChangePct(v);
          }}
          hint="One assumption at a time; the others stay as entered."
        />
      </div>
      <ChartFrame
        title={`What moves ${meta.label.toLowerCase()} most (±${n}%)`}
        summary={summary}
        config={config}
        height={Math.max(180, bars.length * 30 + 90)}
        table={{ columns: ['Assumption', `Input −${n}% / as entered / +${n}%`, `Result at −${n}%`, `Result at +${n}%`, 'Swing'], rows }}
      />
      {base !== null && (
        <p className="kit-hint">
          {bars.length < moving.length ? `The chart shows the ${bars.length} assumptions with the largest swing; the table lists all ${moving.length} that move it, largest first. ` : ''}
          {still.length > 0 ? `${still.length} of ${analysis.rows.length} assumptions do not move this result.` : ''}
        </p>
      )}
    </div>
  );
}

/** Break a label into lines of at most `max` characters at spaces (a longer word keeps its own line). */
function wrapWords(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
