import { NumberField } from '../../kit/NumberField';
import { TextField } from '../shared/TextField';
import { EntryCard } from '../shared/EntryCard';
import { formatNumber, formatUsd } from '../../../lib/format';
import type { ChannelRowResult } from '../../../lib/stage4/channels/compute';
import { TIER_NAMES, tierReasonText } from '../../../lib/stage4/channels/describe';
import type { ChannelIcp, ChannelRowInput, ChannelThresholds, Tier } from '../../../lib/stage4/channels/schema';
import { overrideTier, removeChannelRow, updateChannelRow } from '../../../stores/stage4/channel-tiers';

const opt = { min: 0, max: 1e9, required: false };
const IMPROVED = { yes: true, no: false, unknown: null } as const;
const improvedValue = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

/** One channel's results for one ICP, its suggested tier with the reason, and the person's override. */
export function ChannelRow(props: {
  row: ChannelRowInput;
  result: ChannelRowResult;
  index: number;
  icps: readonly ChannelIcp[];
  thresholds: ChannelThresholds | null;
  report: (name: string) => (valid: boolean) => void;
}) {
  const { row, result, index, icps, thresholds, report } = props;
  const set = (patch: Partial<ChannelRowInput>) => updateChannelRow(row.id, patch);
  const at = icps.findIndex((i) => i.id === row.icpId);
  const icpName = at < 0 ? 'a removed ICP' : icps[at]!.name.trim() || `ICP ${at + 1}`;
  const name = `${result.channel} for ${icpName}`;
  const f = (x: string) => report(`${row.id}:${x}`);
  return (
    <EntryCard index={index} name={name} onRemove={() => removeChannelRow(row.id)}>
      <div className="kit-fields">
        <TextField label="Channel" value={row.channel} placeholder={`Channel ${index + 1}`} onChange={(v) => set({ channel: v })} />
        <div className="kit-field">
          <label htmlFor={`${row.id}-icp`}>For ICP</label>
          <select id={`${row.id}-icp`} value={row.icpId} onChange={(e) => set({ icpId: e.target.value })}>
            {!icps.some((i) => i.id === row.icpId) && <option value={row.icpId}>Removed ICP</option>}
            {icps.map((i, n) => (
              <option key={i.id} value={i.id}>
                {i.name.trim() || `ICP ${n + 1}`}
              </option>
            ))}
          </select>
        </div>
        <NumberField label="Opportunities" suffix="/month" value={row.opportunitiesPerMonth} onValue={(v) => set({ opportunitiesPerMonth: v })} rule={opt} onValidity={f('opps')} />
        <NumberField label="Cost per opportunity" prefix="$" value={row.costPerOpportunityUsd} onValue={(v) => set({ costPerOpportunityUsd: v })} rule={opt} onValidity={f('cost')} />
        <NumberField label="Conversion to customer" suffix="%" value={row.conversionPct} onValue={(v) => set({ conversionPct: v })} rule={{ min: 0, max: 100, required: false, unit: '%' }} onValidity={f('conv')} />
        <div className="kit-field">
          <label htmlFor={`${row.id}-improved`}>Improved through optimization?</label>
          <select id={`${row.id}-improved`} value={improvedValue(row.improvedThroughOptimization)} onChange={(e) => set({ improvedThroughOptimization: IMPROVED[e.target.value as keyof typeof IMPROVED] })}>
            <option value="unknown">Not recorded</option>
            <option value="yes">Yes, it improved</option>
            <option value="no">No, it stayed the same</option>
          </select>
        </div>
      </div>
      <p className="s4-because" data-testid="tier-reason">
        {result.customersPerMonth !== null && `${formatNumber(result.customersPerMonth, 1)} customers/month, CAC ${result.noConversions ? 'unbounded' : formatUsd(result.cacUsd)}. `}
        <strong>Suggested: {result.suggested ? TIER_NAMES[result.suggested] : "can't tell yet"}.</strong> {thresholds ? tierReasonText(result, thresholds) : 'Choose an ICP for it.'}
      </p>
      <div className="kit-fields">
        <div className="kit-field">
          <label htmlFor={`${row.id}-tier`}>Tier you assign</label>
          <select id={`${row.id}-tier`} value={row.overrideTier ?? ''} onChange={(e) => overrideTier(row.id, e.target.value === '' ? null : (Number(e.target.value) as Tier))}>
            <option value="">Follow the suggestion</option>
            {([1, 2, 3] as const).map((t) => (
              <option key={t} value={t}>
                {TIER_NAMES[t]}
              </option>
            ))}
          </select>
        </div>
        {row.overrideTier !== null && <TextField label="Why this tier" value={row.overrideReason} onChange={(v) => set({ overrideReason: v.slice(0, 1000) })} />}
      </div>
    </EntryCard>
  );
}
