import { useId, type ReactNode } from 'react';
import type { RawNumberInput } from '../../lib/scale-model';
import type { PresetValueSource, ValueBasis } from '../../presets/scale-model';
import { numberText } from '../../lib/scale-model/draft';
import { useParsedText, type ParseOutcome } from '../kit/useParsedText';

/** Words for where a preset value comes from. */
export const BASIS_WORDS: Record<ValueBasis, string> = {
  seed: 'playbook',
  derived: 'derived',
  assumption: 'assumed',
};

/** A small tag saying where a preset value comes from; assumptions stand out. */
export function BasisTag({ source, id }: { source: PresetValueSource | null; id?: string }) {
  if (!source) return null;
  return (
    <span className="sm-basis" data-basis={source.basis} id={id} title={source.note}>
      {source.label ?? BASIS_WORDS[source.basis]}
    </span>
  );
}

// The draft keeps what is typed and the model's validation gives the messages, so any text is taken as is.
const asTyped = (text: string): ParseOutcome<RawNumberInput> => ({ ok: true, value: text });
const shows = (text: string, value: RawNumberInput) => numberText(value) === text;

/** The text of a draft cell: as typed while editing, the loaded number's text after a reset, preset or scenario. */
function useDraftText(value: RawNumberInput, onText: (text: string) => void) {
  return useParsedText({ value, toText: numberText, parse: asTyped, onValue: (v) => onText(numberText(v)), means: shows });
}

/** Props of a labelled number field whose message comes from the model's validation. */
export interface ScaleFieldProps {
  label: string;
  value: RawNumberInput;
  onText: (text: string) => void;
  /** The validation message for this field, if any. */
  message?: string;
  hint?: ReactNode;
  prefix?: string;
  suffix?: string;
  source?: PresetValueSource | null;
  disabled?: boolean;
}

/** A number field for the plan's global inputs, with its message and value basis next to it. */
export function ScaleField({ label, value, onText, message, hint, prefix, suffix, source = null, disabled }: ScaleFieldProps) {
  const id = useId();
  const { text, change } = useDraftText(value, onText);
  const describedBy = [hint ? `${id}-hint` : null, source ? `${id}-basis` : null, message ? `${id}-msg` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="kit-field sm-field" data-invalid={message ? '' : undefined} data-basis={source?.basis}>
      <label htmlFor={id}>{label}</label>
      <div className="kit-input-wrap">
        {prefix && (
          <span className="kit-affix" aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={disabled}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => change(e.target.value)}
        />
        {suffix && (
          <span className="kit-affix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
      {message && (
        <p id={`${id}-msg`} className="kit-message sm-message" role="alert">
          {message}
        </p>
      )}
      <BasisTag source={source} id={`${id}-basis`} />
      {hint && (
        <p id={`${id}-hint`} className="kit-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Props of a number input inside an editing table (its label names the role and the column). */
export interface CellInputProps {
  label: string;
  value: RawNumberInput;
  onText: (text: string) => void;
  message?: string;
  source?: PresetValueSource | null;
  className?: string;
}

/** A compact number input for a table cell, with its value basis and message under it in the same cell. */
export function CellInput({ label, value, onText, message, source = null, className }: CellInputProps) {
  const id = useId();
  const { text, change } = useDraftText(value, onText);
  const describedBy = [source ? `${id}-basis` : null, message ? `${id}-msg` : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        className={className ? `sm-cell-input ${className}` : 'sm-cell-input'}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        data-basis={source?.basis}
        value={text}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => change(e.target.value)}
      />
      <BasisTag source={source} id={`${id}-basis`} />
      {message && (
        <span id={`${id}-msg`} className="kit-message sm-message" role="alert">
          {message}
        </span>
      )}
    </>
  );
}

/** One row of a `DataTable`: the first cell is the row header. */
export interface DataRow {
  key: string;
  cells: ReactNode[];
  /** Marks the row, e.g. `late` or `current`, as a data attribute for styling. */
  mark?: string;
}

/** A captioned table that scrolls sideways inside its own focusable region, first column fixed. */
export function DataTable({ caption, columns, rows, className }: { caption: ReactNode; columns: ReactNode[]; rows: DataRow[]; className?: string }) {
  const id = useId();
  return (
    <div className={`kit-table-scroll sm-scroll ${className ?? ''}`} tabIndex={0} role="region" aria-labelledby={id}>
      <table className="sm-grid">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-mark={row.mark}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
