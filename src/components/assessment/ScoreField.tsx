import { useId } from 'react';
import { useParsedText, type ParseOutcome } from '../kit/useParsedText';
import { levelBand, parseScoreInput } from '../../lib/workshop/assessment/index';
import { stepScore } from '../../lib/workshop/assessment/step';

/** Props of one "___/10" score box. */
export interface ScoreFieldProps {
  label: string;
  /** A whole 0–10, or null for unanswered. */
  value: number | null;
  /** Called with a valid score, or null when the box is emptied; never with bad input. */
  onValue: (value: number | null) => void;
  /** Reports whether the box holds bad input, so the frame can say results use the last valid score. */
  onValidity?: (valid: boolean) => void;
  max?: number;
}

const toText = (value: number | null) => (value === null ? '' : String(value));

/** A typed score: empty is unanswered (null), otherwise a whole 0–10 or the message. */
function parseScore(text: string): ParseOutcome<number | null> {
  return parseScoreInput(text) ?? { ok: true, value: null };
}

/**
 * A score from 0 to 10 typed into a box with a "/10" suffix. Empty means unanswered, and says so in
 * words next to the box, so an unanswered item never looks like a 0.
 */
export function ScoreField({ label, value, onValue, onValidity, max = 10 }: ScoreFieldProps) {
  const id = useId();
  const { text, message, change } = useParsedText({ value, toText, parse: parseScore, onValue, onValidity });

  const band = levelBand(value);
  const statusId = `${id}-status`;
  const msgId = `${id}-msg`;
  const unanswered = value === null;

  return (
    <div className="kit-field as-score" data-invalid={message ? '' : undefined} data-unanswered={unanswered ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      <div className="as-score-row">
        <div className="kit-input-wrap as-score-input">
          <input
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            placeholder="–"
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? `${statusId} ${msgId}` : statusId}
            onChange={(e) => change(e.target.value)}
            aria-keyshortcuts="ArrowUp ArrowDown"
            onKeyDown={(e) => {
              // Up and down change the score by one, as on a number box; bad input is left for the person to fix.
              if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || message) return;
              e.preventDefault();
              const next = stepScore(value, e.key === 'ArrowUp' ? 1 : -1, max);
              if (next !== value) change(toText(next));
            }}
          />
          <span className="kit-affix" aria-hidden="true">
            /{max}
          </span>
        </div>
        <span id={statusId} className="as-score-status" data-band={band?.id}>
          {unanswered ? 'Not answered' : band ? band.label : ''}
        </span>
      </div>
      {message && (
        <p id={msgId} className="kit-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
