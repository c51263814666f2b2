import { useEffect, useRef, useState } from 'react';
import { fieldDisplayLabel, numbered, type FieldGroup, type FieldIssue, type FieldValue, type GroupRow, type WorksheetSection } from '../../presets/workshop';
import { FieldLines } from './FieldLines';
import { ONE_TIME_COST_FIELD } from './AutomationRoi';
import { WorksheetField } from './WorksheetField';

/** Props of a repeatable block (Bottleneck, Position, High Impact Automation). */
export interface GroupRowsProps {
  worksheetId: string;
  group: FieldGroup;
  section: WorksheetSection;
  rows: GroupRow[];
  issues: FieldIssue[];
  onValue: (index: number, fieldId: string, value: FieldValue) => void;
  /** Adds a row; returns a message when it cannot. */
  onAdd: () => string | null;
  /** Removes row `index`; returns a message when it cannot. */
  onRemove: (index: number) => string | null;
  /** Automation rows carry a one-time cost for the payback period. */
  oneTimeCosts?: { values: Array<number | null>; onValue: (index: number, value: number | null) => void };
}

/**
 * The rows of a repeatable block, each a fieldset named like the seed ("Bottleneck 2"), with labelled
 * add and remove buttons. Focus goes to the new row's first field after adding, and to the row that
 * takes the removed one's place (or the add button) after removing; a polite message says what happened.
 */
export function GroupRows({ worksheetId, group, section, rows, issues, onValue, onAdd, onRemove, oneTimeCosts }: GroupRowsProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState('');
  // Rows have no ids of their own: remount them after a removal so no half-typed text lands in the wrong row.
  const [generation, setGeneration] = useState(0);
  const focusAfter = useRef<number | 'add' | null>(null);
  const [first, ...rest] = group.fields;
  const named = first !== undefined && numbered(first.label, 1) === numbered(group.instanceLabel, 1);
  const idFor = (index: number, fieldId: string) => `ws-${worksheetId}-${group.id}-${index}-${fieldId}`;

  useEffect(() => {
    const target = focusAfter.current;
    if (target === null) return;
    focusAfter.current = null;
    if (target === 'add') addRef.current?.focus();
    else rootRef.current?.querySelector<HTMLElement>(`[data-row="${target}"] :is(input, textarea, select)`)?.focus();
  });

  const add = () => {
    const message = onAdd();
    if (message) return setStatus(message);
    focusAfter.current = rows.length;
    setStatus(`${numbered(group.instanceLabel, rows.length + 1)} added.`);
  };
  const remove = (index: number) => {
    const message = onRemove(index);
    if (message) return setStatus(message);
    setGeneration((g) => g + 1);
    const remaining = rows.length - 1;
    focusAfter.current = remaining === 0 ? 'add' : Math.min(index, remaining - 1);
    const later = index < remaining ? ' Later ones moved up a number.' : '';
    setStatus(`${numbered(group.instanceLabel, index + 1)} removed.${later}`);
  };

  const atMax = rows.length >= group.maxCount;
  const atMin = rows.length <= group.minCount;
  const nextLabel = numbered(group.instanceLabel, rows.length + 1);

  return (
    <div className="ws-group" ref={rootRef}>
      {rows.map((row, index) => {
        const n = index + 1;
        const instance = numbered(group.instanceLabel, n);
        const issueFor = (fieldId: string) => issues.find((i) => i.groupId === group.id && i.index === index && i.fieldId === fieldId)?.message ?? null;
        return (
          <fieldset className="ws-row" key={`${generation}-${index}`} data-row={index}>
            <legend>{instance}</legend>
            {named && first && (
              <div className="ws-row-name">
                <WorksheetField
                  field={first}
                  id={idFor(index, first.id)}
                  name={`${instance} name`}
                  value={row[first.id] ?? null}
                  onValue={(v) => onValue(index, first.id, v)}
                  crossMessage={issueFor(first.id)}
                />
              </div>
            )}
            <FieldLines
              fields={named ? rest : group.fields}
              n={n}
              idFor={(f) => idFor(index, f.id)}
              nameFor={(f) => fieldDisplayLabel({ field: f, label: numbered(f.label, n), section })}
              valueFor={(f) => row[f.id] ?? null}
              onValue={(f, v) => onValue(index, f.id, v)}
              issueFor={(f) => issueFor(f.id)}
            />
            {oneTimeCosts && (
              <div className="ws-fields">
                <WorksheetField
                  field={ONE_TIME_COST_FIELD}
                  id={idFor(index, ONE_TIME_COST_FIELD.id)}
                  name={ONE_TIME_COST_FIELD.label}
                  value={oneTimeCosts.values[index] ?? null}
                  onValue={(v) => oneTimeCosts.onValue(index, typeof v === 'number' ? v : null)}
                  extra
                />
              </div>
            )}
            <div className="ws-row-actions" data-print-hide>
              <button type="button" className="kit-button kit-button-quiet" onClick={() => remove(index)} disabled={atMin}>
                Remove {instance}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="ws-group-actions" data-print-hide>
        <button type="button" className="kit-button" ref={addRef} onClick={add} disabled={atMax}>
          Add {nextLabel}
        </button>
        {atMax && <span className="kit-hint">At most {group.maxCount}.</span>}
        <span className="sr-only" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
