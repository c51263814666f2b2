import {
  AGENDA,
  WORKSHEETS,
  fieldDisplayLabel,
  fieldSlots,
  renderInput,
  UNANSWERED,
  type FieldSlot,
  type WorkshopResults,
  type WorkshopState,
  type WorksheetDefinition,
  type WorksheetValues,
} from '../../presets/workshop';
import { computedText } from './ComputedFields';

/** The label as printed: numbered lines as "1.", a group's name field as "Name", others as on the form. */
function printLabel(slot: FieldSlot): string {
  if (/^\d+$/.test(slot.label)) return `${slot.label}.`;
  if (slot.group && slot.label === slot.group.instanceLabel) return 'Name';
  return fieldDisplayLabel(slot);
}

function answerText(slot: FieldSlot, values: WorksheetValues, state: WorkshopState, results: WorkshopResults): string {
  const f = slot.field;
  if (f.type === 'computed') return computedText(f, results);
  if (f.type === 'assessment-score') {
    const score = state.assessments[f.assessment].answers[f.itemId];
    return typeof score === 'number' ? `${score}/10` : UNANSWERED;
  }
  const raw = slot.group ? values.groups[slot.group.group.id]?.[slot.group.index]?.[f.id] : values.fields[f.id];
  return renderInput(f, raw ?? null);
}

function WorksheetAnswers({ def, state, results }: { def: WorksheetDefinition; state: WorkshopState; results: WorkshopResults }) {
  const values = state.worksheets[def.id];
  const counts = Object.fromEntries(Object.entries(values.groups).map(([id, rows]) => [id, rows.length]));
  const slots = fieldSlots(def, counts);
  return (
    <section className="ws-print-sheet">
      <h3>{def.heading}</h3>
      <p className="ws-title">{def.title}</p>
      {def.sections.map((section) => {
        const own = slots.filter((s) => s.section === section);
        if (section.heading === null && own.length === 0) return null;
        // One list per run of slots: the section's own fields, then one per group instance ("Bottleneck 2").
        const runs: Array<{ title: string | null; slots: FieldSlot[] }> = [];
        for (const slot of own) {
          const title = slot.group?.instanceLabel ?? null;
          const last = runs[runs.length - 1];
          if (last && last.title === title) last.slots.push(slot);
          else runs.push({ title, slots: [slot] });
        }
        return (
          <div key={section.id} className="ws-print-section">
            {section.heading && <p className="ws-print-heading">{section.heading}</p>}
            {runs.map((run, i) => (
              <div key={i} className={run.title ? 'ws-print-row' : undefined}>
                {run.title && <p className="ws-print-instance">{run.title}</p>}
                {/* Numbered lines ("1.", "2.") read down one column, as on the worksheet. */}
                <dl className={run.slots.every((s) => /^\d+$/.test(s.label)) ? 'ws-print-numbered' : undefined}>
                  {run.slots.map((slot) => (
                    <div key={`${slot.group?.index ?? ''}-${slot.field.id}`}>
                      <dt>{printLabel(slot)}</dt>
                      <dd>{answerText(slot, values, state, results)}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}

/**
 * Every worksheet with its answers, for printing the whole workshop from the overview page. Hidden on
 * screen (the forms are the screen view); shown only in print.
 */
export function WorkshopPrintout({ state, results }: { state: WorkshopState; results: WorkshopResults }) {
  return (
    // Search should land on the worksheet pages, not on this print-only copy.
    <div className="ws-printout" data-pagefind-ignore="all">
      <h2>Day 29 worksheets: answers</h2>
      {AGENDA.map((part) => {
        const defs = WORKSHEETS.filter((w) => w.exercise === part.id);
        if (defs.length === 0) return null;
        return (
          <div key={part.id}>
            <p className="ws-print-part">{part.label}</p>
            {defs.map((def) => (
              <WorksheetAnswers key={def.id} def={def} state={state} results={results} />
            ))}
          </div>
        );
      })}
    </div>
  );
}
