import { NumberField } from '../kit/NumberField';
import { Notice } from '../kit/Notice';
import { formatPct, formatUsd } from '../../lib/format';
import { STAGE_PLAN_RULES as rules, MAX_PLAN_LINES } from '../../lib/stage-planner/schema';
import type { StagePlanInputs, StagePlanResult } from '../../lib/stage-planner/plan';
import { addBudgetLine, removeBudgetLine, setPlanValue, updateBudgetLine } from '../../stores/stage-planner';
import { BUDGET_PROBLEM_TEXT, shareTotalWarning } from './words';
import { LineRow } from './LineRow';

/** Props of the budget part of the planner. */
export interface BudgetEditorProps {
  inputs: StagePlanInputs;
  result: StagePlanResult;
  validity: (name: string) => (valid: boolean) => void;
}

/** The budget total, its lines (shares, amounts a year and a month) and the share-total warning. */
export function BudgetEditor({ inputs, result, validity }: BudgetEditorProps) {
  const budget = result.budget;
  const warning = budget.ok ? shareTotalWarning(budget.total) : null;
  return (
    <section className="sp-section" aria-labelledby="sp-budget">
      <h2 id="sp-budget">Budget</h2>
      <div className="kit-fields">
        <NumberField
          label="Budget for the year"
          prefix="$"
          value={inputs.budgetTotalUsd}
          rule={rules.budgetTotalUsd}
          onValue={(v) => v !== null && setPlanValue('budgetTotalUsd', v)}
          onValidity={validity('total')}
        />
      </div>
      <ul className="sp-lines" aria-label="Budget lines" data-print-hide>
        {inputs.budgetLines.map((line, i) => (
          <LineRow key={line.id} name={line.category} nameLabel={`Budget line ${i + 1}`} onName={(category) => updateBudgetLine(line.id, { category })} onRemove={() => removeBudgetLine(line.id)}>
            <NumberField
              label={`${line.category.trim() || `Line ${i + 1}`} share`}
              suffix="%"
              value={line.sharePct}
              rule={rules.sharePct}
              onValue={(v) => v !== null && updateBudgetLine(line.id, { sharePct: v })}
              onValidity={validity(`share-${line.id}`)}
            />
          </LineRow>
        ))}
      </ul>
      <div className="kit-actions" data-print-hide>
        <button type="button" className="kit-button" onClick={addBudgetLine} disabled={inputs.budgetLines.length >= MAX_PLAN_LINES}>
          Add a budget line
        </button>
      </div>
      {!budget.ok && <Notice tone="warn">{BUDGET_PROBLEM_TEXT[budget.problem]}</Notice>}
      {warning && <Notice tone="warn">{warning}</Notice>}
      {budget.ok && (
        <div className="kit-table-scroll">
          <table className="sp-amounts">
            <caption>Amounts a year and a month</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col" className="num">Share</th>
                <th scope="col" className="num">A year</th>
                <th scope="col" className="num">A month</th>
              </tr>
            </thead>
            <tbody>
              {budget.lines.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.category || 'Unnamed line'}</th>
                  <td className="num">{formatPct(l.sharePct, 2)}</td>
                  <td className="num">{formatUsd(l.yearlyUsd)}</td>
                  <td className="num">{formatUsd(l.monthlyUsd, { cents: true })}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{formatPct(budget.total.sumPct, 2)}</td>
                <td className="num">{formatUsd(budget.total.allocatedYearlyUsd)}</td>
                <td className="num">{formatUsd(budget.total.allocatedMonthlyUsd, { cents: true })}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
