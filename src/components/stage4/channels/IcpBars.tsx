import { NumberField } from '../../kit/NumberField';
import { TextField } from '../shared/TextField';
import type { ChannelInputs } from '../../../lib/stage4/channels/schema';
import { MAX_ICPS } from '../../../lib/stage4/channels/schema';
import { addChannelIcp, removeChannelIcp, setWeakCacMultiple, takeIcpsFromStrategy, updateChannelIcp } from '../../../stores/stage4/channel-tiers';

/** The target ICPs with their own bars, and the shared weak-channel multiple. */
export function IcpBars({ inputs, report }: { inputs: ChannelInputs; report: (name: string) => (valid: boolean) => void }) {
  const take = () => {
    if (window.confirm('Replace the ICP list with the segments of the ICP strategy tool? Channels of ICPs that are not there any more are flagged.')) takeIcpsFromStrategy();
  };
  return (
    <fieldset className="kit-fieldset" data-print-hide>
      <legend>Target ICPs and what good looks like for each</legend>
      <ol className="s4-rows" aria-label="Target ICPs">
        {inputs.icps.map((icp, i) => {
          const name = icp.name.trim() || `ICP ${i + 1}`;
          return (
            <li key={icp.id}>
              <div className="kit-fields">
                <TextField label={`ICP ${i + 1} name`} value={icp.name} placeholder={`ICP ${i + 1}`} onChange={(v) => updateChannelIcp(icp.id, { name: v })} />
                <NumberField
                  label={`Target CAC, ${name}`}
                  prefix="$"
                  value={icp.targetCacUsd}
                  onValue={(v) => v !== null && updateChannelIcp(icp.id, { targetCacUsd: v })}
                  rule={{ min: 1, max: 1e9 }}
                  onValidity={report(`${icp.id}:cac`)}
                  hint="At or under this a channel performs well (e.g. LTV ÷ 3)"
                />
                <NumberField
                  label={`Tier 1 volume, ${name}`}
                  suffix="customers/month"
                  value={icp.tier1MinCustomersPerMonth}
                  onValue={(v) => v !== null && updateChannelIcp(icp.id, { tier1MinCustomersPerMonth: v })}
                  rule={{ min: 0, max: 1e9 }}
                  onValidity={report(`${icp.id}:vol`)}
                  hint="Least a channel must bring to be worth scaling aggressively"
                />
              </div>
              <button type="button" className="kit-button kit-button-quiet" onClick={() => removeChannelIcp(icp.id)} aria-label={`Remove ${name} and its channels`}>
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <div className="kit-actions">
        <button type="button" className="kit-button" onClick={() => addChannelIcp()} disabled={inputs.icps.length >= MAX_ICPS}>
          Add an ICP
        </button>
        <button type="button" className="kit-button" onClick={take}>
          Take the ICPs from the ICP strategy
        </button>
      </div>
      <div className="kit-fields">
        <NumberField
          label="Weak: CAC above"
          suffix="× the target"
          value={inputs.weakCacMultiple}
          onValue={(v) => v !== null && setWeakCacMultiple(v)}
          rule={{ min: 1, max: 100 }}
          onValidity={report('weak')}
          hint="A weak channel that stayed weak through optimization is Tier 3"
        />
      </div>
    </fieldset>
  );
}
