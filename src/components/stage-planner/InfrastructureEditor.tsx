import { NumberField } from '../kit/NumberField';
import { Notice } from '../kit/Notice';
import { ResultList } from '../kit/ResultList';
import { formatNumber, formatPct, formatUsd } from '../../lib/format';
import { STAGE_PLAN_RULES as rules, MAX_PLAN_LINES } from '../../lib/stage-planner/schema';
import type { StagePlanInputs, StagePlanResult } from '../../lib/stage-planner/plan';
import { addCostLine, removeCostLine, setPlanValue, updateCostLine } from '../../stores/stage-planner';
import { LineRow } from './LineRow';
import { infrastructureCheckText } from './words';

/** Props of the infrastructure part of the planner. */
export interface InfrastructureEditorProps {
  inputs: StagePlanInputs;
  result: StagePlanResult;
  validity: (name: string) => (valid: boolean) => void;
}

/** Capacity, uptime and monthly costs → cost per user, per 1,000 interactions, downtime, and the check against the budget. */
export function InfrastructureEditor({ inputs, result, validity }: InfrastructureEditorProps) {
  const num = (key: 'capacityUsers' | 'capacityInteractionsPerMonth' | 'capacityStorageTb' | 'uptimePct') => (v: number | null) => v !== null && setPlanValue(key, v);
  const check = result.infrastructureCheck;
  const budgetLines = result.budget.ok ? result.budget.lines : [];
  return (
    <section className="sp-section" aria-labelledby="sp-infra">
      <h2 id="sp-infra">Infrastructure</h2>
      <fieldset className="kit-fieldset">
        <legend>Capacity</legend>
        <div className="kit-fields">
          <NumberField label="Users" value={inputs.capacityUsers} rule={rules.capacity} onValue={num('capacityUsers')} onValidity={validity('cap-users')} />
          <NumberField label="Interactions a month" value={inputs.capacityInteractionsPerMonth} rule={rules.capacity} onValue={num('capacityInteractionsPerMonth')} onValidity={validity('cap-int')} />
          <NumberField label="Storage" suffix="TB" value={inputs.capacityStorageTb} rule={rules.capacity} onValue={num('capacityStorageTb')} onValidity={validity('cap-storage')} />
          <NumberField label="Uptime target" suffix="%" value={inputs.uptimePct} rule={rules.uptimePct} onValue={num('uptimePct')} onValidity={validity('uptime')} />
        </div>
      </fieldset>
      <fieldset className="kit-fieldset">
        <legend>Monthly costs</legend>
        <ul className="sp-lines" aria-label="Monthly cost lines">
          {inputs.costLines.map((line, i) => (
            <LineRow key={line.id} name={line.label} nameLabel={`Cost line ${i + 1}`} onName={(label) => updateCostLine(line.id, { label })} onRemove={() => removeCostLine(line.id)}>
              <NumberField
                label={`${line.label.trim() || `Cost ${i + 1}`} a month`}
                prefix="$"
                value={line.monthlyUsd}
                rule={rules.monthlyUsd}
                onValue={(v) => v !== null && updateCostLine(line.id, { monthlyUsd: v })}
                onValidity={validity(`cost-${line.id}`)}
              />
            </LineRow>
          ))}
        </ul>
        <div className="kit-actions" data-print-hide>
          <button type="button" className="kit-button" onClick={addCostLine} disabled={inputs.costLines.length >= MAX_PLAN_LINES}>
            Add a cost line
          </button>
        </div>
      </fieldset>
      <ResultList
        label="Infrastructure results"
        items={[
          { label: 'Infrastructure a month', value: formatUsd(result.infrastructureCostMonthlyUsd), detail: 'Sum of the monthly cost lines' },
          {
            label: 'Cost per user a month',
            value: result.costPerUserMonthlyUsd === null ? '–' : formatUsd(result.costPerUserMonthlyUsd, { cents: true }),
            detail: result.costPerUserMonthlyUsd === null ? 'Set a user capacity' : 'Monthly cost ÷ user capacity',
          },
          {
            label: 'Cost per 1,000 interactions',
            value: result.costPer1000InteractionsUsd === null ? '–' : formatUsd(result.costPer1000InteractionsUsd, { cents: true }),
            detail: result.costPer1000InteractionsUsd === null ? 'Set an interaction capacity' : 'Monthly cost ÷ (interactions ÷ 1,000)',
          },
          {
            label: 'Downtime allowed a month',
            value: result.downtimePerMonth === null ? '–' : `${formatNumber(result.downtimePerMonth.minutes, 1)} minutes`,
            detail: result.downtimePerMonth === null ? undefined : `${formatNumber(result.downtimePerMonth.hours, 2)} hours in a 30-day month at ${formatPct(inputs.uptimePct, 2)} uptime`,
          },
        ]}
      />
      <h3>Against the budget</h3>
      <div className="kit-field sp-select">
        <label htmlFor="sp-infra-line">Budget line that pays for infrastructure</label>
        <select id="sp-infra-line" value={inputs.infrastructureLineId ?? ''} onChange={(e) => setPlanValue('infrastructureLineId', e.target.value === '' ? null : e.target.value)}>
          <option value="">None</option>
          {budgetLines.map((l) => (
            <option key={l.id} value={l.id}>
              {l.category || 'Unnamed line'}
            </option>
          ))}
        </select>
      </div>
      {check ? (
        <Notice tone={check.fits ? 'info' : 'warn'}>
          <p data-check="infrastructure">{infrastructureCheckText(check)}</p>
        </Notice>
      ) : (
        <p className="kit-hint">Choose the budget line that pays for infrastructure to check the bill against it.</p>
      )}
    </section>
  );
}
