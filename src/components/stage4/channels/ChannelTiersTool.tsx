import { useMemo } from 'react';
import { ToolShell } from '../../kit/ToolShell';
import { Notice } from '../../kit/Notice';
import { useClientStore } from '../../kit/useClientStore';
import { useValidity } from '../../kit/useValidity';
import { ExampleLoader } from '../shared/ExampleLoader';
import { ExportActions } from '../shared/ExportActions';
import { RecordForm } from '../shared/RecordForm';
import { IcpBars } from './IcpBars';
import { ChannelRow } from './ChannelRow';
import { Allocation } from './Allocation';
import { ChannelDeliverable } from './ChannelDeliverable';
import { thresholdsFor } from '../../../lib/stage4/channels/compute';
import { MAX_CHANNEL_ROWS } from '../../../lib/stage4/channels/schema';
import { CHANNEL_EXAMPLE, CHANNEL_EXAMPLE_NOTES, STAGE4_EXAMPLE_LABEL } from '../../../data/stage4/examples';
import {
  $channelMarkdown,
  $channelResult,
  $channelSummary,
  addChannelRow,
  channelTiers,
  channelTiersDefaultResult,
  channelTiersDefaults,
  loadChannelInputs,
  recordChannelTiers,
} from '../../../stores/stage4/channel-tiers';
import '../../kit/kit.css';
import '../stage4.css';

/** The channel tiers tool: channels × ICPs → suggested tiers with reasons, overrides, the map and the allocation plan. */
export default function ChannelTiersTool() {
  const inputs = useClientStore(channelTiers.$value, channelTiersDefaults);
  const result = useClientStore($channelResult, channelTiersDefaultResult());
  const [invalid, report] = useValidity();
  const isExample = useMemo(() => JSON.stringify(inputs.rows) === JSON.stringify(CHANNEL_EXAMPLE.rows), [inputs.rows]);
  const full = inputs.rows.length >= MAX_CHANNEL_ROWS;
  const firstIcp = inputs.icps[0]?.id;
  return (
    <ToolShell
      label="Channel tiers"
      tool={channelTiers}
      invalidCount={invalid}
      actions={<ExportActions stem="channel-tiers" markdown={() => $channelMarkdown.get()} json={() => ({ tool: 'channel-tiers', version: channelTiers.spec.version, inputs: channelTiers.$value.get(), summary: $channelSummary.get() })} />}
    >
      <div className="s4-tool not-content">
        <ExampleLoader label={STAGE4_EXAMPLE_LABEL} notes={CHANNEL_EXAMPLE_NOTES} isLoaded={isExample} onLoad={() => loadChannelInputs(CHANNEL_EXAMPLE)} />
        <IcpBars inputs={inputs} report={report} />
        <section data-print-hide aria-labelledby="ch-rows">
          <h3 id="ch-rows" className="s4-heading">
            Channels and their results
          </h3>
          <ol className="s4-rows" aria-label="Channels">
            {inputs.rows.map((row, i) => (
              <ChannelRow key={row.id} row={row} result={result.rows[i]!} index={i} icps={inputs.icps} thresholds={thresholdsFor(inputs, row.icpId)} report={report} />
            ))}
          </ol>
          <div className="kit-actions">
            <button type="button" className="kit-button" onClick={() => firstIcp && addChannelRow(firstIcp)} disabled={full || !firstIcp}>
              Add a channel
            </button>
            {!firstIcp && <span className="kit-hint">Add an ICP first.</span>}
            {full && <span className="kit-hint">At most {MAX_CHANNEL_ROWS} rows.</span>}
          </div>
          {result.orphaned.length > 0 && <Notice tone="warn">{`${result.orphaned.join(', ')} ${result.orphaned.length === 1 ? 'is' : 'are'} for an ICP no longer in the list: choose one, or remove ${result.orphaned.length === 1 ? 'it' : 'them'}.`}</Notice>}
        </section>
        <Allocation inputs={inputs} result={result} report={report} />
        <ChannelDeliverable inputs={inputs} result={result} />
        <RecordForm
          title="Record the channel tiers as defined"
          rationale={inputs.record.rationale}
          decidedOn={inputs.record.decidedOn}
          recordedText="Channel tiers defined."
          blocked={inputs.rows.length === 0 ? 'Add a channel first.' : result.undecided > 0 ? `${result.undecided} channel${result.undecided === 1 ? ' has' : 's have'} no tier yet: complete ${result.undecided === 1 ? 'its' : 'their'} results or assign a tier.` : null}
          onRecord={(rationale, date) => recordChannelTiers(rationale, date)}
          onWithdraw={() => recordChannelTiers(inputs.record.rationale, null)}
        />
      </div>
    </ToolShell>
  );
}
