import { NumberField } from '../../kit/NumberField';
import { TextField } from '../shared/TextField';
import { EntryCard } from '../shared/EntryCard';
import { TagsField } from '../shared/TagsField';
import type { IcpSegmentInput } from '../../../lib/stage4/icp/schema';
import { MAX_USD, MAX_VOLUME } from '../../../lib/stage4/icp/schema';
import type { NumberRule } from '../../../lib/messages';
import { removeSegment, takeUnitEconomicsFor, updateSegment } from '../../../stores/stage4/icp-strategy';

const usd: NumberRule = { min: 0, max: MAX_USD, required: false };
const pct: NumberRule = { min: 0, max: 100, required: false, unit: '%' };
const volume: NumberRule = { min: 0, max: MAX_VOLUME, required: false };
const SOURCE_WORDS = { entered: 'Entered here', 'unit-economics': 'Taken from the unit economics tool', example: 'From the example' } as const;

/** One segment's inputs: name, economics, reach, skills and channels. */
export function SegmentEditor({ segment, index, report }: { segment: IcpSegmentInput; index: number; report: (name: string) => (valid: boolean) => void }) {
  const name = segment.name.trim() || `Segment ${index + 1}`;
  const set = (patch: Partial<IcpSegmentInput>) => updateSegment(segment.id, patch);
  const f = (field: string) => report(`${segment.id}:${field}`);
  return (
    <EntryCard index={index} name={name} onRemove={() => removeSegment(segment.id)}>
      <div className="kit-fields">
        <TextField label="Segment name" value={segment.name} placeholder={`Segment ${index + 1}`} onChange={(v) => set({ name: v })} />
      </div>
      <p className="kit-hint">
        Unit economics: {SOURCE_WORDS[segment.economicsSource]}.{' '}
        <button type="button" className="kit-button kit-button-quiet" onClick={() => takeUnitEconomicsFor(segment.id)} data-print-hide>
          Use the unit economics tool's figures<span className="sr-only"> for {name}</span>
        </button>
      </p>
      <div className="kit-fields">
        <NumberField label="ARPA" prefix="$" suffix="/month" value={segment.arpaMonthlyUsd} onValue={(v) => set({ arpaMonthlyUsd: v })} rule={usd} onValidity={f('arpa')} />
        <NumberField label="Gross margin" suffix="%" value={segment.grossMarginPct} onValue={(v) => set({ grossMarginPct: v })} rule={pct} onValidity={f('margin')} />
        <NumberField label="Monthly churn" suffix="%" value={segment.monthlyChurnPct} onValue={(v) => set({ monthlyChurnPct: v })} rule={pct} onValidity={f('churn')} />
        <NumberField label="CAC" prefix="$" value={segment.cacUsd} onValue={(v) => set({ cacUsd: v })} rule={usd} onValidity={f('cac')} />
        <NumberField
          label="Reachable new customers"
          suffix="/month"
          value={segment.reachableNewCustomersPerMonth}
          onValue={(v) => set({ reachableNewCustomersPerMonth: v })}
          rule={volume}
          onValidity={f('reach')}
          hint="What the segment can supply a month: qualified pipeline × win rate, or measured"
        />
        <NumberField label="Win rate" suffix="%" value={segment.winRatePct} onValue={(v) => set({ winRatePct: v })} rule={pct} onValidity={f('win')} />
        <NumberField label="Sales cycle" suffix="days" value={segment.salesCycleDays} onValue={(v) => set({ salesCycleDays: v })} rule={{ min: 0, max: 3650, required: false }} onValidity={f('cycle')} />
      </div>
      <div className="kit-fields">
        <TagsField label="Skills it needs" value={segment.skills} onChange={(skills) => set({ skills })} hint="Separate with commas, e.g. discovery, procurement" />
        <TagsField label="Channels that reach it" value={segment.channels} onChange={(channels) => set({ channels })} hint="Separate with commas, e.g. inbound, outbound" />
      </div>
    </EntryCard>
  );
}
