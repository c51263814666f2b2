import { NumberField } from '../../kit/NumberField';
import type { OrgInputs, OrgThresholds } from '../../../lib/stage4/org-design/schema';
import { setOrg, setOrgThreshold } from '../../../stores/stage4/org-design';

/** Specialization inputs, the span of control and the named thresholds. */
export function OrgAssumptions({ inputs, report }: { inputs: OrgInputs; report: (name: string) => (valid: boolean) => void }) {
  const t = inputs.thresholds;
  const th = (key: keyof OrgThresholds) => (v: number | null) => v !== null && setOrgThreshold(key, v);
  return (
    <fieldset className="kit-fieldset" data-print-hide>
      <legend>Specialization and span of control</legend>
      <div className="kit-fields">
        <NumberField label="AE time spent prospecting" suffix="%" value={inputs.aeProspectingPct} onValue={(v) => setOrg({ aeProspectingPct: v })} rule={{ min: 0, max: 100, required: false, unit: '%' }} onValidity={report('prospecting')} />
        <NumberField label="Meetings needed" suffix="/month" value={inputs.meetingsNeededPerMonth} onValue={(v) => setOrg({ meetingsNeededPerMonth: v })} rule={{ min: 0, max: 1e9, required: false }} onValidity={report('meetings')} hint="First meetings the plan needs a month, all AEs together" />
        <NumberField label="SDRs per AE once specialized" value={inputs.sdrsPerAe} onValue={(v) => v !== null && setOrg({ sdrsPerAe: v })} rule={{ min: 0, max: 10 }} onValidity={report('ratio')} hint="0.5 = one SDR for two AEs" />
        <NumberField label="Span of control" suffix="reports per manager" value={inputs.spanOfControl} onValue={(v) => v !== null && setOrg({ spanOfControl: v })} rule={{ min: 1, max: 50, integer: true }} onValidity={report('span')} />
      </div>
      <details>
        <summary>The rule's thresholds</summary>
        <div className="kit-fields">
          <NumberField label="Specialize when prospecting reaches" suffix="% of AE time" value={t.aeProspectingPct} onValue={th('aeProspectingPct')} rule={{ min: 0, max: 100 }} onValidity={report('t-pros')} />
          <NumberField label="… or meetings per AE reach" suffix="/month" value={t.meetingsPerAePerMonth} onValue={th('meetingsPerAePerMonth')} rule={{ min: 1, max: 10000 }} onValidity={report('t-meet')} />
          <NumberField label="Separate team when shared skills are below" suffix="%" value={t.minSharedSkillsPct} onValue={th('minSharedSkillsPct')} rule={{ min: 0, max: 100 }} onValidity={report('t-skill')} />
        </div>
      </details>
    </fieldset>
  );
}
