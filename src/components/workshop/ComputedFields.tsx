import { OUTPUT_NOTE_TEXT, fieldDisplayLabel, renderComputed, resolveOutput, type ComputedField, type WorkshopResults, type WorksheetSection } from '../../presets/workshop';

/** A computed blank as the page shows it: the figure, or in words why there is none ("Never pays back"). */
export function computedText(field: ComputedField, results: WorkshopResults): string {
  const r = resolveOutput(field.output, results);
  if (r.kind === 'number' && r.value === null && r.note) {
    const text = OUTPUT_NOTE_TEXT[r.note];
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return renderComputed(field, results);
}

/** The computed blanks of a section, as label–value pairs that are read, never typed. */
export function ComputedFields({ fields, section, results }: { fields: ComputedField[]; section: WorksheetSection; results: WorkshopResults }) {
  return (
    <dl className="ws-computed">
      {fields.map((f) => (
        <div key={f.id} data-field={f.id}>
          <dt>{fieldDisplayLabel({ field: f, label: f.label, section })}</dt>
          <dd>{computedText(f, results)}</dd>
        </div>
      ))}
    </dl>
  );
}
