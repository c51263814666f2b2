import { useCallback, useId, useMemo, useState } from 'react';
import { ToolShell } from '../kit/ToolShell';
import { useValidity } from '../kit/useValidity';
import { useRowKeys } from './useRowKeys';
import { NumberField } from '../kit/NumberField';
import { ResultList, type ResultItem } from '../kit/ResultList';
import { Notice } from '../kit/Notice';
import { useClientStore } from '../kit/useClientStore';
import {
  automationMessages,
  paybackText,
  roiText,
  MAX_HOURS_PER_WEEK,
  MAX_PROCESSES,
  MAX_USD,
  type AutomationRoiInputs,
} from '../../lib/automation-roi/index';
import type { NumberRule } from '../../lib/messages';
import { formatNumber, formatUsd } from '../../lib/format';
import { $automationRoiResult, addProcess, automationRoi, automationRoiDefaultResult, automationRoiDefaults, loadInputs, removeProcess, setHourlyCost, updateProcess } from '../../stores/automation-roi';
import { withUndo } from '../../stores/undo';
import { EXAMPLE_INPUTS, EXAMPLE_LABEL } from './example';
import { RoiChart } from './RoiChart';
import { ProcessResult } from './ProcessResult';
import './automation-roi.css';

const hoursRule: NumberRule = { min: 0, max: MAX_HOURS_PER_WEEK, required: false };
const usdRule: NumberRule = { min: 0, max: MAX_USD, required: false };
const same = (a: AutomationRoiInputs, b: AutomationRoiInputs) => JSON.stringify(a) === JSON.stringify(b);

/** The automation ROI calculator: processes, their savings against their cost, ROI and payback, and totals. */
export default function AutomationRoiTool() {
  const inputs = useClientStore(automationRoi.$value, automationRoiDefaults);
  const result = useClientStore($automationRoiResult, automationRoiDefaultResult());
  const [invalidCount, report, forget] = useValidity();
  const validity = { count: invalidCount, report, forget };
  const rows = useRowKeys(inputs.processes.length);
  const [generation, setGeneration] = useState(0);
  const presetHint = useId();
  const names = inputs.processes.map((p, i) => p.name.trim() || `Process ${i + 1}`);

  const { renew } = rows;
  const startOver = useCallback(() => {
    renew();
    forget();
    setGeneration((g) => g + 1);
  }, [renew, forget]);
  const tool = useMemo(() => ({ ...automationRoi, reset: () => (automationRoi.reset(), startOver()) }), [startOver]);
  // Loading a starting point replaces what was typed: ask first, as the scale model does, and offer undo.
  const load = (next: AutomationRoiInputs) => {
    const typed = !same(inputs, automationRoiDefaults) && !same(inputs, EXAMPLE_INPUTS);
    if (typed && !window.confirm('Replace what you entered with this starting point? What is here now will be lost.')) return;
    withUndo(automationRoi, next === EXAMPLE_INPUTS ? 'Loading the example' : 'Loading the blank rows', () => {
      loadInputs(next);
      startOver();
    });
  };
  const remove = (i: number) => {
    validity.forget(`${rows.keys[i]}:`);
    rows.remove(i);
    removeProcess(i);
  };
  const add = () => {
    rows.add();
    if (!addProcess()) rows.remove(rows.keys.length - 1);
  };

  const rateIssue = result.issues.find((i) => i.processIndex === null);
  const t = result.totals;
  const roi = roiText(t);
  const payback = paybackText(t.payback, t);
  const examplePicked = same(inputs, EXAMPLE_INPUTS);
  const blankPicked = same(inputs, automationRoiDefaults);

  const totals: ResultItem[] = [
    {
      label: 'Hours saved',
      value: `${formatNumber(t.hoursSavedPerWeek, 1)} h/week`,
      detail: `${formatNumber(t.hoursSavedPerMonth, 1)} hours a month (× 52 ÷ 12)`,
    },
    {
      label: 'Monthly savings',
      value: formatUsd(t.monthlySavingsUsd),
      detail: t.monthlySavingsUsd === null ? automationMessages.rateMissing : 'Hours a month × loaded hourly cost',
    },
    {
      label: 'Monthly cost',
      // With no process counted yet there is no cost to show either: the same dash as the other totals.
      value: t.countedProcesses > 0 ? formatUsd(t.monthlyCostUsd) : '–',
      detail: 'Running cost of the automations',
    },
    {
      label: 'Net monthly benefit',
      value: formatUsd(t.netMonthlyBenefitUsd),
      detail: t.annualNetBenefitUsd === null ? 'Savings − cost' : `${formatUsd(t.annualNetBenefitUsd)} a year`,
      tone: t.netMonthlyBenefitUsd === null ? undefined : t.netMonthlyBenefitUsd < 0 ? 'bad' : 'ok',
    },
    { label: 'ROI', value: roi.value, detail: roi.detail, tone: t.roiRatio === null ? undefined : t.roiRatio < 1 ? 'bad' : 'ok' },
    {
      label: 'Payback',
      value: payback.value,
      detail: t.oneTimeCostUsd > 0 ? `${payback.detail} (one-time costs ${formatUsd(t.oneTimeCostUsd)})` : payback.detail,
      tone: payback.never ? 'bad' : t.payback ? 'ok' : undefined,
    },
  ];

  return (
    <ToolShell label="Automation ROI calculator" tool={tool} invalidCount={validity.count}>
      <fieldset className="kit-fieldset">
        <legend>Start from</legend>
        <div className="kit-segmented" role="group" aria-describedby={presetHint}>
          <button
            type="button"
            className={blankPicked ? 'kit-button kit-button-primary' : 'kit-button'}
            aria-pressed={blankPicked}
            onClick={() => load(automationRoiDefaults)}
          >
            The worksheet's three blank rows
          </button>
          <button
            type="button"
            className={examplePicked ? 'kit-button kit-button-primary' : 'kit-button'}
            aria-pressed={examplePicked}
            onClick={() => load(EXAMPLE_INPUTS)}
          >
            {EXAMPLE_LABEL}
          </button>
        </div>
        <p id={presetHint} className="kit-hint ar-preset-hint">
          The workshop worksheet has no figures of its own: the example is illustrative, not from the workshop. Loading either asks before replacing what you entered.
        </p>
      </fieldset>

      <div className="kit-fields">
        <NumberField
          key={`rate-${generation}`}
          label="Loaded hourly cost"
          prefix="$"
          suffix="/hour"
          value={inputs.loadedHourlyCostUsd}
          onValue={setHourlyCost}
          rule={usdRule}
          onValidity={validity.report('rate')}
          hint="Pay plus benefits and overhead, per hour, of the people whose time is saved"
        />
      </div>
      {rateIssue && rateIssue.message !== automationMessages.rateMissing && <p className="kit-message">{rateIssue.message}</p>}

      <ol className="ar-processes" aria-label="Processes to automate">
        {inputs.processes.map((p, i) => {
          const key = rows.keys[i] ?? `row-${i}`;
          const name = names[i] ?? `Process ${i + 1}`;
          const r = result.processes[i];
          const issues = result.issues.filter((x) => x.processIndex === i);
          return (
            <li key={`${key}-${generation}`} className="ar-process">
              <fieldset className="kit-fieldset">
                <legend>
                  {i + 1}. {name}
                </legend>
                <div className="kit-fields">
                  <div className="kit-field">
                    <label htmlFor={`${key}-name`}>Process name</label>
                    <input
                      id={`${key}-name`}
                      type="text"
                      maxLength={200}
                      autoComplete="off"
                      value={p.name}
                      placeholder={`Process ${i + 1}`}
                      onChange={(e) => updateProcess(i, { name: e.target.value })}
                    />
                  </div>
                  <NumberField
                    label="Current effort"
                    suffix="h/week"
                    value={p.currentHoursPerWeek}
                    onValue={(v) => updateProcess(i, { currentHoursPerWeek: v })}
                    rule={hoursRule}
                    onValidity={validity.report(`${key}:current`)}
                    hint="Optional: checks the hours saved"
                  />
                  <NumberField
                    label="Hours saved"
                    suffix="h/week"
                    value={p.hoursSavedPerWeek}
                    onValue={(v) => updateProcess(i, { hoursSavedPerWeek: v })}
                    rule={hoursRule}
                    onValidity={validity.report(`${key}:saved`)}
                  />
                  <NumberField
                    label="Monthly cost"
                    prefix="$"
                    suffix="/month"
                    value={p.monthlyCostUsd}
                    onValue={(v) => updateProcess(i, { monthlyCostUsd: v })}
                    rule={usdRule}
                    onValidity={validity.report(`${key}:cost`)}
                    hint="Enter 0 if it has none"
                  />
                  <NumberField
                    label="One-time cost (optional)"
                    prefix="$"
                    value={p.oneTimeCostUsd}
                    onValue={(v) => updateProcess(i, { oneTimeCostUsd: v })}
                    rule={usdRule}
                    onValidity={validity.report(`${key}:once`)}
                    hint="Set-up or build cost"
                  />
                </div>
                {issues.map((x) => (
                  <p key={x.field} className="kit-message" role="alert">
                    {x.message}
                  </p>
                ))}
                {r && <ProcessResult r={r} savedMissing={p.hoursSavedPerWeek === null} costMissing={p.monthlyCostUsd === null} />}
                <div className="kit-actions" data-print-hide>
                  <button type="button" className="kit-button kit-button-quiet" onClick={() => remove(i)} aria-label={`Remove ${name}`}>
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="kit-actions" data-print-hide>
        <button type="button" className="kit-button" onClick={add} disabled={inputs.processes.length >= MAX_PROCESSES}>
          Add a process
        </button>
        {inputs.processes.length >= MAX_PROCESSES && <span className="kit-hint">At most {MAX_PROCESSES} processes.</span>}
      </div>

      {t.uncountedProcesses > 0 && (
        <Notice tone="info">
          {t.uncountedProcesses === 1 ? 'One process is' : `${t.uncountedProcesses} processes are`} left out of the totals until{' '}
          {t.uncountedProcesses === 1 ? 'it is' : 'they are'} complete and valid.
        </Notice>
      )}
      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {`Net monthly benefit ${formatUsd(t.netMonthlyBenefitUsd)}, ROI ${roi.value}, payback ${payback.value}.`}
      </div>
      <h3 className="ar-heading">Totals</h3>
      <ResultList items={totals} label="Automation ROI totals" />
      {payback.never && t.countedProcesses > 0 && <Notice tone="bad">Taken together, these automations never pay back: {payback.detail}</Notice>}
      <RoiChart result={result} names={names} />
    </ToolShell>
  );
}
