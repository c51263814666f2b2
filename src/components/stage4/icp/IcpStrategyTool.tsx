import { useMemo } from 'react';
import { ToolShell } from '../../kit/ToolShell';
import { Notice } from '../../kit/Notice';
import { useClientStore } from '../../kit/useClientStore';
import { useValidity } from '../../kit/useValidity';
import { ExampleLoader } from '../shared/ExampleLoader';
import { ExportActions } from '../shared/ExportActions';
import { SegmentEditor } from './SegmentEditor';
import { IcpRule } from './IcpRule';
import { IcpDeliverable } from './IcpDeliverable';
import { IcpDecision } from './IcpDecision';
import { MAX_SEGMENTS } from '../../../lib/stage4/icp/schema';
import { ICP_EXAMPLE, ICP_EXAMPLE_NOTES, STAGE4_EXAMPLE_LABEL } from '../../../data/stage4/examples';
import {
  $icpMarkdown,
  $icpResult,
  $icpSummary,
  addSegment,
  icpStrategy,
  icpStrategyDefaultResult,
  icpStrategyDefaults,
  icpStrategyDefaultSummary,
  loadIcpInputs,
} from '../../../stores/stage4/icp-strategy';
import '../../kit/kit.css';
import '../stage4.css';

/** The ICP strategy tool: segments → the seed's criteria → Primary or Multi-ICP, and the recorded decision. */
export default function IcpStrategyTool() {
  const inputs = useClientStore(icpStrategy.$value, icpStrategyDefaults);
  const result = useClientStore($icpResult, icpStrategyDefaultResult());
  const summary = useClientStore($icpSummary, icpStrategyDefaultSummary());
  const [invalid, report] = useValidity();
  const isExample = useMemo(() => JSON.stringify(inputs.segments) === JSON.stringify(ICP_EXAMPLE.segments), [inputs.segments]);
  const full = inputs.segments.length >= MAX_SEGMENTS;
  return (
    <ToolShell
      label="ICP strategy"
      tool={icpStrategy}
      invalidCount={invalid}
      actions={<ExportActions stem="icp-strategy" markdown={() => $icpMarkdown.get()} json={() => ({ tool: 'icp-strategy', version: icpStrategy.spec.version, inputs: icpStrategy.$value.get(), summary: $icpSummary.get() })} />}
    >
      <div className="s4-tool not-content">
        <ExampleLoader label={STAGE4_EXAMPLE_LABEL} notes={ICP_EXAMPLE_NOTES} isLoaded={isExample} onLoad={() => loadIcpInputs(ICP_EXAMPLE)} />
        <section data-print-hide aria-labelledby="icp-segments">
          <h3 id="icp-segments" className="s4-heading">
            Segments
          </h3>
          <ol className="s4-rows" aria-label="Segments">
            {inputs.segments.map((s, i) => (
              <SegmentEditor key={s.id} segment={s} index={i} report={report} />
            ))}
          </ol>
          <div className="kit-actions">
            <button type="button" className="kit-button" onClick={() => addSegment()} disabled={full}>
              Add a segment
            </button>
            {full && <span className="kit-hint">At most {MAX_SEGMENTS} segments.</span>}
          </div>
        </section>
        <IcpRule inputs={inputs} report={report} />
        {inputs.segments.length === 0 && <Notice tone="info">Add a segment to compare.</Notice>}
        <div aria-live="polite" className="sr-only">{`Recommendation: ${summary.recommendation}.`}</div>
        <IcpDeliverable inputs={inputs} result={result} summary={summary} />
        <IcpDecision inputs={inputs} result={result} recordedText={summary.decision ? `${summary.decision}.` : ''} />
      </div>
    </ToolShell>
  );
}
