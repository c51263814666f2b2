import { useId } from 'react';
import { parseNumber } from '../../lib/parse';
import { formatInputNumber } from '../../lib/format';
import { validateNumber, type NumberRule } from '../../lib/messages';
import { useParsedText, type ParseOutcome } from './useParsedText';

/** Props of a labelled number input with a unit and an inline message for bad input. */
export interface NumberFieldProps {
  label: string;
  value: number | null;
  /** Called with a valid number (or null for an emptied optional field); never with NaN. */
  onValue: (value: number | null) => void;
  rule?: NumberRule;
  /** Shown before the number, e.g. "$". */
  prefix?: string;
  /** Shown after the number, e.g. "%", "months". */
  suffix?: string;
  hint?: string;
  /** Reports whether the field currently holds bad input, so a form can say results are stale. */
  onValidity?: (valid: boolean) => void;
  step?: string;
  id?: string;
}

const toText = (value: number | null) => formatInputNumber(value);

// Text already means the stored value when it reads as that number (or is empty for none), valid or not.
const means = (text: string, value: number | null) => parseNumber(text) === value || (value === null && text.trim() === '');

/** Read typed text against a rule: an emptied optional field is null. */
function parseWith(rule: NumberRule): (text: string) => ParseOutcome<number | null> {
  return (text) => {
    const result = validateNumber(text, parseNumber(text), rule);
    return result === null ? { ok: true, value: null } : result;
  };
}

/** A number field that parses to `number | null`, validates against min/max and explains problems next to itself. */
export function NumberField({ label, value, onValue, rule = {}, prefix, suffix, hint, onValidity, id }: NumberFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const { text, message, change } = useParsedText({ value, toText, parse: parseWith(rule), onValue, onValidity, means });

  const hintId = `${inputId}-hint`;
  const msgId = `${inputId}-msg`;
  const describedBy = [hint ? hintId : null, message ? msgId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="kit-field" data-invalid={message ? '' : undefined}>
      <label htmlFor={inputId}>{label}</label>
      <div className="kit-input-wrap">
        {prefix && <span className="kit-affix" aria-hidden="true">{prefix}</span>}
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => change(e.target.value)}
        />
        {suffix && <span className="kit-affix" aria-hidden="true">{suffix}</span>}
      </div>
      {hint && <p id={hintId} className="kit-hint">{hint}</p>}
      {message && (
        <p id={msgId} className="kit-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
