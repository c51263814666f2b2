import { NumberField } from '../../kit/NumberField';
import type { IcpInputs, IcpThresholds } from '../../../lib/stage4/icp/schema';
import { MAX_USD } from '../../../lib/stage4/icp/schema';
import { setGrowthTarget, setIcpThreshold, setPrioritizeSimplicity } from '../../../stores/stage4/icp-strategy';

/** The growth target, the simplicity preference and the rule's named thresholds. */
export function IcpRule({ inputs, report }: { inputs: IcpInputs; report: (name: string) => (valid: boolean) => void }) {
  const t = inputs.thresholds;
  const threshold = (key: keyof IcpThresholds, value: number | null) => value !== null && setIcpThreshold(key, value);
  return (
    <fieldset className="kit-fieldset" data-print-hide>
      <legend>Goal and rule</legend>
      <div className="kit-fields">
        <NumberField
          label="Growth target"
          suffix={inputs.growthTargetUnit === 'customers' ? 'customers/month' : '$ ARR/month'}
          value={inputs.growthTargetPerMonth}
          onValue={(v) => setGrowthTarget(v)}
          rule={{ min: 0, max: MAX_USD, required: false }}
          onValidity={report('target')}
        />
        <div className="kit-field">
          <label htmlFor="icp-target-unit">Target counted in</label>
          <select id="icp-target-unit" value={inputs.growthTargetUnit} onChange={(e) => setGrowthTarget(inputs.growthTargetPerMonth, e.target.value as IcpInputs['growthTargetUnit'])}>
            <option value="customers">New customers a month</option>
            <option value="arr-usd">New ARR a month (customers × ARPA × 12)</option>
          </select>
        </div>
      </div>
      <label className="s4-checkbox">
        <input type="checkbox" checked={inputs.prioritizeSimplicity} onChange={(e) => setPrioritizeSimplicity(e.target.checked)} />
        <span>Organizational simplicity is a priority for us</span>
      </label>
      <details>
        <summary>The rule's thresholds</summary>
        <div className="kit-fields">
          <NumberField label="Significantly outperform: at least" suffix="× the next LTV:CAC" value={t.outperformMultiple} onValue={(v) => threshold('outperformMultiple', v)} rule={{ min: 1, max: 100 }} onValidity={report('t-out')} />
          <NumberField label="Acceptable economics: LTV:CAC at least" suffix=":1" value={t.minLtvToCac} onValue={(v) => threshold('minLtvToCac', v)} rule={{ min: 0, max: 100 }} onValidity={report('t-ratio')} />
          <NumberField label="… and payback under" suffix="months" value={t.maxPaybackMonths} onValue={(v) => threshold('maxPaybackMonths', v)} rule={{ min: 0.1, max: 120 }} onValidity={report('t-payback')} />
          <NumberField label="Own team when shared skills are below" suffix="%" value={t.minSharedSkillsPct} onValue={(v) => threshold('minSharedSkillsPct', v)} rule={{ min: 0, max: 100 }} onValidity={report('t-skills')} />
        </div>
      </details>
    </fieldset>
  );
}
