import { useId } from 'react';
import { DEFAULT_COVERAGE_MULTIPLE, GLOBAL_RULES, type GlobalNumberField } from '../../lib/scale-model';
import type { PresetValueSource } from '../../presets/scale-model';
import type { Draft, DraftCheck } from '../../lib/scale-model/draft';
import { ScaleField } from './fields';

/** Props of the plan-wide inputs. */
export interface GlobalInputsProps {
  draft: Draft;
  check: DraftCheck;
  update: (change: (draft: Draft) => Draft) => void;
  basisOf: (path: string) => PresetValueSource | null;
  /** Unit of the output target (the unit of the roles that count toward it), if they share one. */
  targetUnit: string | null;
}

/** Span of control, target and coverage; cash, costs, ARR, margin and S&M share. */
export function GlobalInputs({ draft, check, update, basisOf, targetUnit }: GlobalInputsProps) {
  const coverageName = useId();
  const field = (name: GlobalNumberField, extra: { prefix?: string; suffix?: string; hint?: string } = {}) => (
    <ScaleField
      label={GLOBAL_RULES[name].label}
      value={draft[name]}
      message={check.fieldErrors[name]}
      source={basisOf(name)}
      onText={(text) => update((d) => ({ ...d, [name]: text }))}
      {...extra}
    />
  );

  return (
    <div className="sm-globals">
      <fieldset className="kit-fieldset">
        <legend>Team, target and pipeline</legend>
        <div className="kit-fields">
          {field('spanOfControl', { suffix: 'reports', hint: 'People per manager; managers needed = headcount ÷ span, rounded up.' })}
          {field('monthlyOutputTarget', {
            prefix: targetUnit !== null && /\$/.test(targetUnit) ? '$' : undefined,
            hint: targetUnit ? `In ${targetUnit}, the unit of the roles that count toward the target.` : 'In the unit of the roles that count toward the target.',
          })}
          <div className="sm-coverage">
            {draft.coverageMode === 'multiple'
              ? field('coverageMultiple', { suffix: '×', hint: `The playbook's sales KPIs use ${DEFAULT_COVERAGE_MULTIPLE}× the target.` })
              : field('winRatePct', { suffix: '%', hint: 'Coverage = 100 ÷ win rate.' })}
            <div className="kit-segmented" role="radiogroup" aria-label="Pipeline coverage from">
              <label>
                <input
                  type="radio"
                  name={coverageName}
                  checked={draft.coverageMode === 'multiple'}
                  onChange={() => update((d) => ({ ...d, coverageMode: 'multiple' }))}
                />{' '}
                As a multiple
              </label>
              <label>
                <input
                  type="radio"
                  name={coverageName}
                  checked={draft.coverageMode === 'winRate'}
                  onChange={() => update((d) => ({ ...d, coverageMode: 'winRate' }))}
                />{' '}
                From win rate
              </label>
            </div>
          </div>
        </div>
      </fieldset>
      <fieldset className="kit-fieldset">
        <legend>Money</legend>
        <div className="kit-fields">
          {field('startingCashUsd', { prefix: '$' })}
          {field('otherMonthlyCostUsd', { prefix: '$', hint: 'Non-headcount costs: infrastructure, programs, rent.' })}
          {field('startingArrUsd', { prefix: '$' })}
          {field('grossMarginPct', { suffix: '%' })}
          {field('salesMarketingCostPct', { suffix: '%', hint: 'For the magic number and CAC payback.' })}
        </div>
      </fieldset>
    </div>
  );
}
