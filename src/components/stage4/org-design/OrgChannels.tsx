import { NumberField } from '../../kit/NumberField';
import { TextField } from '../shared/TextField';
import { TagsField } from '../shared/TagsField';
import { formatNumber } from '../../../lib/format';
import type { OrgResult } from '../../../lib/stage4/org-design/compute';
import { MAX_ORG_CHANNELS, MAX_ORG_ICPS, type OrgInputs } from '../../../lib/stage4/org-design/schema';
import { addOrgChannel, addOrgIcp, removeOrgChannel, removeOrgIcp, setOrg, takeFromDecisions, updateOrgChannel, updateOrgIcp } from '../../../stores/stage4/org-design';

const opt = { min: 0, max: 1e9, required: false };

/** The ICP decision this design follows, the ICPs with their skills, and each channel's volume and operator capacity. */
export function OrgChannels({ inputs, result, report }: { inputs: OrgInputs; result: OrgResult; report: (name: string) => (valid: boolean) => void }) {
  const take = () => {
    if (window.confirm('Replace the ICPs and channels here with the ICP strategy and the Tier 1 and 2 channels? Capacities and months you typed for the same channels are kept.')) takeFromDecisions();
  };
  const icpName = (id: string, n: number) => inputs.icps.find((i) => i.id === id)?.name.trim() || `ICP ${n + 1}`;
  return (
    <fieldset className="kit-fieldset" data-print-hide>
      <legend>ICPs and channels</legend>
      <div className="kit-actions">
        <button type="button" className="kit-button" onClick={take}>
          Take them from the ICP strategy and channel tiers
        </button>
      </div>
      <div className="kit-fields">
        <div className="kit-field">
          <label htmlFor="org-strategy">ICP strategy</label>
          <select id="org-strategy" value={inputs.icpStrategy ?? ''} onChange={(e) => setOrg({ icpStrategy: e.target.value === '' ? null : (e.target.value as 'primary' | 'multi') })}>
            <option value="">Not decided yet</option>
            <option value="primary">Primary ICP focus (the first ICP only)</option>
            <option value="multi">Multi-ICP strategy</option>
          </select>
        </div>
      </div>
      <ol className="s4-rows" aria-label="ICPs">
        {inputs.icps.map((icp, n) => (
          <li key={icp.id} className="kit-fields">
            <TextField label={`ICP ${n + 1} name`} value={icp.name} placeholder={`ICP ${n + 1}`} onChange={(v) => updateOrgIcp(icp.id, { name: v })} />
            <TagsField label={`Skills, ${icpName(icp.id, n)}`} value={icp.skills} onChange={(skills) => updateOrgIcp(icp.id, { skills })} />
            <button type="button" className="kit-button kit-button-quiet" onClick={() => removeOrgIcp(icp.id)} aria-label={`Remove ${icpName(icp.id, n)} and its channels`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="kit-actions">
        <button type="button" className="kit-button" onClick={() => addOrgIcp()} disabled={inputs.icps.length >= MAX_ORG_ICPS}>
          Add an ICP
        </button>
      </div>
      <ol className="s4-rows" aria-label="Channels">
        {inputs.channels.map((c, n) => {
          const r = result.channels[n];
          const name = r?.channel ?? `Channel ${n + 1}`;
          return (
            <li key={c.id}>
              <fieldset className="kit-fieldset">
                <legend>
                  {n + 1}. {name}
                </legend>
                <div className="kit-fields">
                  <TextField label="Channel" value={c.channel} placeholder={`Channel ${n + 1}`} onChange={(v) => updateOrgChannel(c.id, { channel: v })} />
                  <div className="kit-field">
                    <label htmlFor={`${c.id}-org-icp`}>For ICP</label>
                    <select id={`${c.id}-org-icp`} value={c.icpId} onChange={(e) => updateOrgChannel(c.id, { icpId: e.target.value })}>
                      {!inputs.icps.some((i) => i.id === c.icpId) && <option value={c.icpId}>Removed ICP</option>}
                      {inputs.icps.map((i, k) => (
                        <option key={i.id} value={i.id}>
                          {icpName(i.id, k)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <NumberField label="Volume" suffix="opportunities/month" value={c.opportunitiesPerMonth} onValue={(v) => updateOrgChannel(c.id, { opportunitiesPerMonth: v })} rule={opt} onValidity={report(`${c.id}:vol`)} />
                  <NumberField
                    label="One operator handles"
                    suffix="opportunities/month"
                    value={c.opportunitiesPerOperatorPerMonth}
                    onValue={(v) => updateOrgChannel(c.id, { opportunitiesPerOperatorPerMonth: v })}
                    rule={opt}
                    onValidity={report(`${c.id}:cap`)}
                    hint="A fully ramped operator's capacity in this channel"
                  />
                  <NumberField
                    label="Needed by plan month"
                    value={c.neededByMonth}
                    onValue={(v) => v !== null && updateOrgChannel(c.id, { neededByMonth: v })}
                    rule={{ min: 1, max: 12, integer: true }}
                    onValidity={report(`${c.id}:month`)}
                    hint="1–12; hire 3–6 months ahead (playbook)"
                  />
                </div>
                <p className="s4-because">
                  {r && r.operators !== null ? `Supports ${r.operators} operator${r.operators === 1 ? '' : 's'} (${formatNumber(r.operatorsFte, 2)} by volume ÷ capacity).` : `Can't tell yet, because ${r?.missing.join(' and ') ?? 'figures'} ${r?.missing.length === 1 ? 'is' : 'are'} missing.`}
                </p>
                <button type="button" className="kit-button kit-button-quiet" onClick={() => removeOrgChannel(c.id)} aria-label={`Remove ${name}`}>
                  Remove
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="kit-actions">
        <button type="button" className="kit-button" onClick={() => inputs.icps[0] && addOrgChannel(inputs.icps[0].id)} disabled={inputs.channels.length >= MAX_ORG_CHANNELS || inputs.icps.length === 0}>
          Add a channel
        </button>
      </div>
    </fieldset>
  );
}
