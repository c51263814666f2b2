import { useEffect, useState } from 'react';
import { RecordForm } from '../shared/RecordForm';
import { STRATEGY_NAMES } from '../../../lib/stage4/icp/describe';
import type { IcpResult } from '../../../lib/stage4/icp/compute';
import type { IcpInputs, IcpStrategy } from '../../../lib/stage4/icp/schema';
import { clearIcpDecision, recordIcpDecision } from '../../../stores/stage4/icp-strategy';

/** Record the ICP strategy: the person's choice (which may differ from the recommendation), segment, rationale, date. */
export function IcpDecision({ inputs, result, recordedText }: { inputs: IcpInputs; result: IcpResult; recordedText: string }) {
  const d = inputs.decision;
  // Until the person picks, the form shows what is recorded, else the recommendation.
  const [picked, setChoice] = useState<IcpStrategy | null>(null);
  const [pickedSegment, setSegmentId] = useState<string | null>(null);
  useEffect(() => {
    setChoice(null);
    setSegmentId(null);
  }, [d.choice, d.primarySegmentId, d.decidedOn]);
  const choice = picked ?? d.choice ?? result.recommendation.strategy;
  const segmentId = pickedSegment ?? d.primarySegmentId ?? result.leaderId ?? '';
  return (
    <RecordForm
      title="Record the ICP strategy"
      rationale={d.rationale}
      decidedOn={d.decidedOn}
      recordedText={recordedText}
      blocked={choice === null ? 'Choose a strategy to record it.' : null}
      onRecord={(rationale, date) => choice && recordIcpDecision(choice, segmentId || null, rationale, date)}
      onWithdraw={clearIcpDecision}
    >
      <fieldset className="s4-choice">
        <legend className="sr-only">Strategy</legend>
        {(['primary', 'multi'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="icp-choice" value={s} checked={choice === s} onChange={() => setChoice(s)} />
            {STRATEGY_NAMES[s]}
            {result.recommendation.strategy === s ? ' (recommended)' : ''}
          </label>
        ))}
      </fieldset>
      <div className="kit-field">
        <label htmlFor="icp-lead-segment">{choice === 'multi' ? 'Lead segment' : 'Segment to focus on'}</label>
        <select id="icp-lead-segment" value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
          <option value="">Not chosen</option>
          {result.segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
    </RecordForm>
  );
}
