import { numbered, type FieldValue, type InputField } from '../../presets/workshop';
import { WorksheetField } from './WorksheetField';

/** Props of a run of input fields, laid out one seed line at a time. */
export interface FieldLinesProps {
  fields: InputField[];
  /** Instance number inside a repeatable group (fills `{n}` in labels). */
  n?: number;
  idFor: (field: InputField) => string;
  nameFor: (field: InputField) => string;
  valueFor: (field: InputField) => FieldValue;
  onValue: (field: InputField, value: FieldValue) => void;
  issueFor: (field: InputField) => string | null;
}

/** What stands between the two blanks of a two-part line, as the seed prints it. */
const JOINER: Record<string, string> = { target: '', minimum: '–', from: '→' };

/**
 * Input fields in seed order. Two-part lines ("Salary range: $___-$___", "Team size: ___ → ___",
 * "Engineering: ___ (+___)") show the line's label once with both blanks under it; numbered lines
 * show "1", "2" … under their section's heading. Each input still has its full name for screen readers.
 */
export function FieldLines({ fields, n = 1, idFor, nameFor, valueFor, onValue, issueFor }: FieldLinesProps) {
  const out = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as InputField;
    const next = fields[i + 1];
    const render = (f: InputField, visibleLabel?: string) => (
      <WorksheetField
        key={f.id}
        field={f}
        id={idFor(f)}
        name={nameFor(f)}
        visibleLabel={visibleLabel}
        value={valueFor(f)}
        onValue={(v) => onValue(f, v)}
        crossMessage={issueFor(f)}
      />
    );
    if (field.partLabel && next?.partLabel && next.label === field.label) {
      const joiner = JOINER[field.partLabel] ?? '';
      out.push(
        <div className="ws-pair" key={field.id}>
          <span className="ws-line-label" aria-hidden="true">
            {numbered(field.label, n)}
          </span>
          <div className="ws-pair-fields">
            {render(field, field.partLabel)}
            {joiner && (
              <span className="ws-joiner" aria-hidden="true">
                {joiner}
              </span>
            )}
            {render(next, next.partLabel)}
          </div>
        </div>,
      );
      i += 1;
      continue;
    }
    const label = numbered(field.label, n);
    out.push(render(field, /^\d+$/.test(label) ? label : undefined));
  }
  return <div className="ws-fields">{out}</div>;
}
