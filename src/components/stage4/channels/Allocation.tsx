import { NumberField } from '../../kit/NumberField';
import { Notice } from '../../kit/Notice';
import { formatPct } from '../../../lib/format';
import type { ChannelResult } from '../../../lib/stage4/channels/compute';
import { TIER_SHORT } from '../../../lib/stage4/channels/describe';
import type { ChannelInputs } from '../../../lib/stage4/channels/schema';
import { setAllocation } from '../../../stores/stage4/channel-tiers';

const SHARE_KEYS = { 1: 'tier1Pct', 2: 'tier2Pct', 3: 'tier3Pct' } as const;

/** The total to split and each tier's share, with the 100% check. */
export function Allocation({ inputs, result, report }: { inputs: ChannelInputs; result: ChannelResult; report: (name: string) => (valid: boolean) => void }) {
  const a = inputs.allocation;
  const plan = result.allocation;
  return (
    <fieldset className="kit-fieldset" data-print-hide>
      <legend>Resource allocation</legend>
      <div className="kit-fields">
        <div className="kit-field">
          <label htmlFor="ch-alloc-unit">Allocate</label>
          <select id="ch-alloc-unit" value={a.unit} onChange={(e) => setAllocation({ unit: e.target.value as ChannelInputs['allocation']['unit'] })}>
            <option value="usd">Budget (USD)</option>
            <option value="headcount">Headcount (FTE)</option>
          </select>
        </div>
        <NumberField label="Total to allocate" prefix={a.unit === 'usd' ? '$' : undefined} suffix={a.unit === 'usd' ? 'a year' : 'FTE'} value={a.total} onValue={(v) => setAllocation({ total: v })} rule={{ min: 0, max: 1e12, required: false }} onValidity={report('total')} />
        {([1, 2, 3] as const).map((t) => (
          <NumberField
            key={t}
            label={`${TIER_SHORT[t]} share`}
            suffix="%"
            value={a.shares[SHARE_KEYS[t]]}
            onValue={(v) => setAllocation({ shares: { [SHARE_KEYS[t]]: v } })}
            rule={{ min: 0, max: 100, required: false, unit: '%' }}
            onValidity={report(`share-${t}`)}
          />
        ))}
      </div>
      {!plan.sharesBalanced && (
        <Notice tone="warn">
          The tier shares total {formatPct(plan.sharesTotalPct, 2)}, not 100%: the amounts below split only {formatPct(plan.sharesTotalPct, 2)} of the total.
        </Notice>
      )}
      {plan.unplacedTiers.length > 0 && (
        <Notice tone="info">
          {plan.unplacedTiers.map((t) => TIER_SHORT[t]).join(' and ')} {plan.unplacedTiers.length === 1 ? 'has' : 'have'} a share but no channel, so that share is not placed.
        </Notice>
      )}
    </fieldset>
  );
}
