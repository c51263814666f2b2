import { parseFieldInput, type FieldValue, type InputField } from '../../presets/workshop';
import { usePreHydrationText } from './usePreHydrationText';
import { useParsedText } from '../kit/useParsedText';

/** Props of one worksheet blank. */
export interface WorksheetFieldProps {
  field: InputField;
  /** Unique DOM id of the input. */
  id: string;
  /** Accessible name, e.g. "Salary range (minimum)" or "Core Values 1". */
  name: string;
  /** Visible label when it differs from `name` (the short "minimum", "1"); the rest is read by screen readers only. */
  visibleLabel?: string;
  value: FieldValue;
  onValue: (value: FieldValue) => void;
  /** A message about this field that comes from other fields (a salary minimum above its maximum). */
  crossMessage?: string | null;
  /** Marks inputs that are not seed blanks (calculation inputs), for counting and styling. */
  extra?: boolean;
  /** The label is read by screen readers only (the row's legend already shows it, e.g. "Bottleneck 1"). */
  labelHidden?: boolean;
}

const toText = (value: FieldValue): string => (value === null ? '' : String(value));

/** How the seed's adornments read on screen: "x current" is a multiplication. */
const affix = (text: string | undefined) => (text === 'x current' ? '× current' : text?.replace(/:$/, ''));

/** The label: the visible part, plus what only screen readers need to tell the field apart. */
function Label({ id, name, visibleLabel, hidden }: { id: string; name: string; visibleLabel?: string; hidden?: boolean }) {
  if (hidden) {
    return (
      <label htmlFor={id} className="sr-only">
        {name}
      </label>
    );
  }
  if (!visibleLabel || visibleLabel === name) return <label htmlFor={id}>{name}</label>;
  const at = name.indexOf(visibleLabel);
  if (at < 0) {
    return (
      <label htmlFor={id}>
        <span aria-hidden="true">{visibleLabel}</span>
        <span className="sr-only">{name}</span>
      </label>
    );
  }
  return (
    <label htmlFor={id}>
      {at > 0 && <span className="sr-only">{name.slice(0, at)}</span>}
      {visibleLabel}
      {at + visibleLabel.length < name.length && <span className="sr-only">{name.slice(at + visibleLabel.length)}</span>}
    </label>
  );
}

/**
 * One blank of a worksheet: text (grows as you type), a number or plan month with the seed's unit around
 * it, or a choice. What is typed is checked with `parseFieldInput`; only valid values reach the store,
 * anything else stays in the box with the message beside it.
 */
export function WorksheetField({ field, id, name, visibleLabel, value, onValue, crossMessage, extra, labelHidden }: WorksheetFieldProps) {
  // Only valid values reach the store, and only when they change it.
  const { text, message, change } = useParsedText({ value, toText, parse: (typed) => parseFieldInput(field, typed), onValue, onlyChanges: true });

  const ref = usePreHydrationText<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(text, change);

  const shown = message ?? crossMessage ?? null;
  const msgId = `${id}-msg`;
  const prefixId = `${id}-pre`;
  const suffixId = `${id}-suf`;
  // "(+___)" is a change that may also be negative.
  const prefix = field.prefix === '+' ? '+/−' : affix(field.prefix);
  const suffix = affix(field.suffix);
  const describedBy = [prefix ? prefixId : null, suffix ? suffixId : null, shown ? msgId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    ref,
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': describedBy,
    'data-extra': extra ? '' : undefined,
  } as const;

  let control;
  if (field.kind === 'choice') {
    control = (
      <select {...common} value={text} onChange={(e) => change(e.target.value)}>
        <option value="">—</option>
        {field.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === 'text') {
    control = <textarea {...common} rows={1} value={text} onChange={(e) => change(e.target.value)} spellCheck />;
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={field.kind === 'month' || (field.kind === 'number' && field.integer && (field.min ?? 0) >= 0) ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        onChange={(e) => change(e.target.value)}
      />
    );
  }

  return (
    <div className="ws-field" data-kind={field.kind} data-invalid={shown ? '' : undefined}>
      <Label id={id} name={name} visibleLabel={visibleLabel} hidden={labelHidden} />
      <div className="ws-input">
        {prefix && (
          <span className="kit-affix" id={prefixId}>
            {prefix}
          </span>
        )}
        {control}
        {suffix && (
          <span className="kit-affix" id={suffixId}>
            {suffix}
          </span>
        )}
      </div>
      {shown && (
        <p id={msgId} className="kit-message ws-message" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
