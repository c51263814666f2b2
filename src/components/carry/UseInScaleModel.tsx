import { useState } from 'react';
import { formatMonths, formatPct, formatUsd } from '../../lib/format';
import type { CarryChange, CarrySource } from '../../lib/scale-plan/carry';
import { CARRY_SOURCE_NAMES, carryIntoScaleModel, previewCarry } from '../../stores/carry';

/** A carried figure in words. */
export function carriedValueText(unit: CarryChange['unit'], value: number | null): string {
  if (value === null) return 'nothing';
  return unit === 'usd' ? formatUsd(value) : unit === 'pct' ? formatPct(value, 2) : formatMonths(value);
}

/** "Use in the scale model": shows what would change, asks, then carries the figures with their source. */
export function UseInScaleModel({ from }: { from: CarrySource }) {
  const [status, setStatus] = useState<string | null>(null);
  const carry = () => {
    const changes = previewCarry(from);
    if (changes.length === 0) {
      setStatus('The scale model already uses these figures.');
      return;
    }
    const list = changes.map((c) => `• ${c.label}: ${carriedValueText(c.unit, c.from)} → ${carriedValueText(c.unit, c.to)}`).join('\n');
    if (!window.confirm(`Replace these figures in the scale model with the ones from ${CARRY_SOURCE_NAMES[from]}?\n${list}`)) return;
    const done = carryIntoScaleModel(from);
    setStatus(done.ok ? `Carried into the scale model: ${changes.map((c) => c.label.replace(/ \(for comparison\)$/, '')).join(', ')}.` : 'These figures are outside what the scale model accepts, so nothing was changed.');
  };
  return (
    <>
      <button type="button" className="kit-button" onClick={carry}>
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
