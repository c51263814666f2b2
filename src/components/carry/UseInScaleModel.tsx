import { useState } from 'react';
import type { CarrySource } from '../../lib/scale-plan/carried-source';
import type { CarryOffer } from '../../lib/scale-plan/offers';
import { CARRY_SOURCE_NAMES } from '../../stores/carried-figures';
import { carriedValueText } from './carried-text';

/** "Use in the scale model": shows what would change, asks, then carries the figures with their source. */
export function UseInScaleModel({ from, offers }: { from: CarrySource; offers: () => CarryOffer[] }) {
  const [status, setStatus] = useState<string | null>(null);
  const carry = async () => {
    // Loaded on demand: the scale model's store is not part of this tool's page until it is needed.
    const { carryIntoScaleModel, previewCarry } = await import('../../stores/carry');
    const offered = offers();
    const changes = previewCarry(offered);
    if (changes.length === 0) {
      setStatus('The scale model already uses these figures.');
      return;
    }
    const list = changes.map((c) => `• ${c.label}: ${carriedValueText(c.unit, c.from)} → ${carriedValueText(c.unit, c.to)}`).join('\n');
    if (!window.confirm(`Replace these figures in the scale model with the ones from ${CARRY_SOURCE_NAMES[from]}?\n${list}`)) return;
    const done = carryIntoScaleModel(offered);
    setStatus(done.ok ? `Carried into the scale model: ${changes.map((c) => c.label.replace(/ \(for comparison\)$/, '')).join(', ')}.` : 'These figures are outside what the scale model accepts, so nothing was changed.');
  };
  return (
    <>
      <button type="button" className="kit-button" onClick={() => void carry()}>
        Use in the scale model
      </button>
      {status && (
        <span className="kit-hint" role="status">
          {status} <a href="/tools/scale-model/">Open the scale model</a>
        </span>
      )}
    </>
  );
}
