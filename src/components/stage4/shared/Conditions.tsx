import type { Judgement } from '../../../lib/stage4/shared';

const WORDS: Record<Judgement, string> = { holds: 'Holds', fails: 'Does not hold', unknown: "Can't tell yet" };
const TONE: Record<Judgement, 'ok' | 'bad' | 'warn'> = { holds: 'ok', fails: 'bad', unknown: 'warn' };

/** A list of judged conditions, each with its figures. */
export function Conditions({ label, items }: { label: string; items: readonly { id: string; label: string; judgement: Judgement; because: string }[] }) {
  return (
    <ul className="s4-conditions" aria-label={label}>
      {items.map((c) => (
        <li key={c.id} data-tone={TONE[c.judgement]}>
          <span className="s4-judgement">{WORDS[c.judgement]}</span>
          <span className="s4-condition-label">{c.label}</span>
          <span className="s4-because">{c.because}</span>
        </li>
      ))}
    </ul>
  );
}
