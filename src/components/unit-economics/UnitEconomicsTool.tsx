import { useCallback, useId } from 'react';
import { withUndo } from '../../stores/undo';
import { ToolShell } from '../kit/ToolShell';
import { NumberField } from '../kit/NumberField';
import { ResultList, type ResultItem } from '../kit/ResultList';
import { Notice } from '../kit/Notice';
import { useClientStore } from '../kit/useClientStore';
import { useValidity } from '../kit/useValidity';
import { unitEconomics, unitEconomicsDefaults } from '../../stores/unit-economics';
import { computeUnitEconomics, ltvToCacBand, paybackBand, unitEconomicsRules as rules, type UnitEconomicsInputs } from '../../lib/unit-economics';
import { unitEconomicsPresets } from '../../presets/unit-economics';
import { formatMonths, formatRatio, formatUsd } from '../../lib/format';
import { ContributionChart } from './ContributionChart';
import { UnitEconomicsCarry } from '../carry/UnitEconomicsCarry';

const sameInputs = (a: UnitEconomicsInputs, b: UnitEconomicsInputs) => JSON.stringify(a) === JSON.stringify(b);

/** The unit economics (LTV:CAC) calculator with the playbook's stage presets. */
export default function UnitEconomicsTool() {
  const inputs = useClientStore(unitEconomics.$value, unitEconomicsDefaults);
  const [invalidCount, validity] = useValidity();
  const presetGroup = useId();
  const result = computeUnitEconomics(inputs);
  const set = useCallback(
    <K extends keyof UnitEconomicsInputs>(key: K, value: UnitEconomicsInputs[K]) => unitEconomics.$value.set({ ...unitEconomics.$value.get(), [key]: value }),
    [],
  );
  const num = (key: keyof UnitEconomicsInputs) => (v: number | null) => {
    if (v !== null || key === 'lifetimeCapMonths') set(key, v as never);
  };
  const activePreset = unitEconomicsPresets.find((p) => sameInputs(p.inputs, inputs));
  const ratioBand = ltvToCacBand(result.ltvToCac);
  const payBand = paybackBand(result.paybackMonths);

  const items: ResultItem[] = [
    { label: 'Contribution per month', value: formatUsd(result.contributionMonthlyUsd), detail: 'ARPA × gross margin' },
    {
      label: 'Customer lifetime',
      value: result.lifetimeMonths === null ? 'Unbounded' : formatMonths(result.lifetimeMonths),
      detail: result.lifetimeCapped ? 'Capped by your lifetime limit' : '1 ÷ monthly churn',
    },
    { label: 'LTV', value: result.ltvUsd === null ? 'Unbounded' : formatUsd(result.ltvUsd), detail: 'Contribution × lifetime' },
    { label: 'CAC', value: result.cacUsd === null ? '–' : formatUsd(result.cacUsd), detail: inputs.cacMode === 'derived' ? 'S&M spend ÷ new customers' : 'As entered' },
    {
      label: 'LTV:CAC',
      value: result.ltvToCac === null ? '–' : formatRatio(result.ltvToCac),
      tone: ratioBand?.tone,
      detail: ratioBand ? `${ratioBand.label}. ${ratioBand.advice}` : undefined,
    },
    {
      label: 'CAC payback',
      // "Never" only when CAC can't be recovered; without a CAC there is no payback to state.
      value: result.paybackMonths !== null ? formatMonths(result.paybackMonths) : result.reasons.payback === 'no-contribution' ? 'Never' : 'Not available',
      tone: result.reasons.payback === 'no-contribution' ? 'bad' : payBand?.tone,
      detail: payBand ? `${payBand.label}. ${payBand.advice}` : result.reasons.payback === 'no-contribution' ? 'Contribution is zero or negative, so CAC is never recovered.' : undefined,
    },
  ];

  return (
    <ToolShell label="Unit economics calculator" tool={unitEconomics} invalidCount={invalidCount} actions={<UnitEconomicsCarry />}>
      <fieldset className="kit-fieldset">
        <legend>Start from the playbook's figures</legend>
        <div className="kit-segmented" role="group" aria-labelledby={presetGroup}>
          <span id={presetGroup} className="kit-hint">
            Presets reproduce each stage's CAC, LTV and payback:
          </span>
          {unitEconomicsPresets.map((p) => (
            <button
              key={p.id}
              type="button"
              className={activePreset?.id === p.id ? 'kit-button kit-button-primary' : 'kit-button'}
              aria-pressed={activePreset?.id === p.id}
              onClick={() => withUndo(unitEconomics, 'Loading the preset', () => unitEconomics.$value.set(p.inputs))}
            >
              {p.label}
            </button>
          ))}
        </div>
        {activePreset && (
          <ul className="kit-hint" aria-label={`Notes on the ${activePreset.label} figures`}>
            {activePreset.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </fieldset>

      <div className="kit-fields">
        <NumberField label="ARPA per month" prefix="$" value={inputs.arpaMonthlyUsd} onValue={num('arpaMonthlyUsd')} rule={rules.arpaMonthlyUsd} onValidity={validity('arpa')} hint="Average revenue per account" />
        <NumberField label="Gross margin" suffix="%" value={inputs.grossMarginPct} onValue={num('grossMarginPct')} rule={rules.grossMarginPct} onValidity={validity('margin')} />
        <NumberField label="Monthly churn" suffix="%" value={inputs.monthlyChurnPct} onValue={num('monthlyChurnPct')} rule={rules.monthlyChurnPct} onValidity={validity('churn')} hint="Share of customers lost each month" />
        <NumberField
          label="Lifetime cap (optional)"
          suffix="months"
          value={inputs.lifetimeCapMonths}
          onValue={num('lifetimeCapMonths')}
          rule={rules.lifetimeCapMonths}
          onValidity={validity('cap')}
          hint="Bounds LTV, e.g. when churn is zero"
        />
      </div>

      <fieldset className="kit-fieldset">
        <legend>Customer acquisition cost</legend>
        <div className="kit-segmented">
          <label>
            <input type="radio" name="cac-mode" checked={inputs.cacMode === 'direct'} onChange={() => set('cacMode', 'direct')} /> Enter CAC
          </label>
          <label>
            <input type="radio" name="cac-mode" checked={inputs.cacMode === 'derived'} onChange={() => set('cacMode', 'derived')} /> Work it out from spend
          </label>
        </div>
        <div className="kit-fields">
          {inputs.cacMode === 'direct' ? (
            <NumberField label="CAC" prefix="$" value={inputs.cacUsd} onValue={num('cacUsd')} rule={rules.cacUsd} onValidity={validity('cac')} />
          ) : (
            <>
              <NumberField label="Sales & marketing spend" prefix="$" value={inputs.salesMarketingSpendUsd} onValue={num('salesMarketingSpendUsd')} rule={rules.salesMarketingSpendUsd} onValidity={validity('spend')} hint="For the period" />
              <NumberField label="New customers" value={inputs.newCustomers} onValue={num('newCustomers')} rule={rules.newCustomers} onValidity={validity('customers')} hint="Won in the same period" />
            </>
          )}
        </div>
      </fieldset>

      {result.reasons.ltv === 'zero-churn' && (
        <Notice tone="warn">With zero churn a customer never leaves, so LTV has no upper bound. Set a lifetime cap to get a finite LTV and LTV:CAC.</Notice>
      )}
      {result.reasons.cac === 'no-customers' && <Notice tone="warn">Enter at least one new customer to work out CAC from spend.</Notice>}

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {`LTV to CAC ${result.ltvToCac === null ? 'not available' : formatRatio(result.ltvToCac)}, payback ${result.paybackMonths !== null ? formatMonths(result.paybackMonths) : result.reasons.payback === 'no-contribution' ? 'never' : 'not available'}.`}
      </div>
      <ResultList items={items} label="Unit economics results" />
      <ContributionChart inputs={inputs} result={result} />
    </ToolShell>
  );
}
