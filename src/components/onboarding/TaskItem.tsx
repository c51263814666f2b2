import { useEffect, useId, useRef, useState } from 'react';
import { NOTE_MAX_CHARS, OWNER_LABELS, dueDayLabel, type Link, type ScheduledTask } from '../../lib/onboarding';
import { shortDate } from './tracker-view';

/** Links of a task (every one is checked to exist when the page is built). */
export function TaskLinks({ links }: { links: readonly Link[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="onb-task-links" aria-label="Read">
      {links.map((l) => (
        <li key={l.href + l.label}>
          <a href={l.href}>{l.label}</a>
        </li>
      ))}
    </ul>
  );
}

/** Due date, day, owner and state of a task in words ("Due Mon 14 Apr 2025 (Day 12) · Manager · Overdue"). */
export function TaskMeta({
  task,
  overdue,
  doneOn,
  id,
}: {
  task: ScheduledTask;
  overdue: boolean;
  doneOn?: string | undefined;
  id?: string;
}) {
  return (
    <p className="onb-task-meta" id={id}>
      <span>
        Due {shortDate(task.dueDate)} ({dueDayLabel(task.dueOffsetDays)})
        {task.movedOffWeekend ? `, moved off the weekend of ${shortDate(task.nominalDate)}` : ''}
      </span>
      <span>Owner: {OWNER_LABELS[task.owner]}</span>
      {doneOn && <span>Done {shortDate(doneOn)}</span>}
      {overdue && <strong className="onb-overdue">Overdue</strong>}
    </p>
  );
}

interface TaskItemProps {
  task: ScheduledTask;
  doneOn: string | undefined;
  note: string;
  overdue: boolean;
  onDone: (done: boolean) => void;
  onNote: (note: string) => void;
}

/** One task of a tracked plan: a checkbox labelled with its title, its dates and owner, links and a private note. */
export function TaskItem({ task, doneOn, note, overdue, onDone, onNote }: TaskItemProps) {
  const id = useId();
  const done = doneOn !== undefined;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // The note is edited locally and saved on every keystroke; a change made in another tab shows
  // here unless this box is being typed in.
  const [draft, setDraft] = useState(note);
  // Open when there is a note to read; afterwards the person opens and closes it.
  const [noteOpen, setNoteOpen] = useState(note !== '');
  const [focusNote, setFocusNote] = useState(false);
  useEffect(() => {
    if (document.activeElement !== noteRef.current) setDraft(note);
  }, [note]);
  useEffect(() => {
    if (focusNote && noteOpen) noteRef.current?.focus();
    setFocusNote(false);
  }, [focusNote, noteOpen]);

  return (
    <li className="onb-task" data-done={done ? '' : undefined} data-overdue={overdue ? '' : undefined}>
      <div className="onb-task-head">
        <input
          id={`${id}-done`}
          type="checkbox"
          checked={done}
          onChange={(e) => onDone(e.currentTarget.checked)}
          aria-describedby={`${id}-meta`}
        />
        <label htmlFor={`${id}-done`} className="onb-task-title">
          {task.title}
        </label>
      </div>
      <div className="onb-task-body">
        <TaskMeta task={task} overdue={overdue} doneOn={doneOn} id={`${id}-meta`} />
        <p className="onb-task-detail">{task.detail}</p>
        <div className="onb-task-row">
          <TaskLinks links={task.links} />
          <button
            type="button"
            className="onb-note-toggle"
            aria-expanded={noteOpen}
            aria-controls={`${id}-note-box`}
            onClick={() => {
              setNoteOpen(!noteOpen);
              setFocusNote(!noteOpen);
            }}
            data-print-hide
          >
            {noteOpen ? 'Hide note' : note !== '' ? 'Show note' : 'Add a note'}
            <span className="sr-only"> on “{task.title}”</span>
          </button>
        </div>
        <div className="onb-note" id={`${id}-note-box`} hidden={!noteOpen}>
          <label htmlFor={`${id}-note`}>Note on “{task.title}”</label>
          <textarea
            id={`${id}-note`}
            ref={noteRef}
            rows={3}
            maxLength={NOTE_MAX_CHARS}
            value={draft}
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              onNote(e.currentTarget.value);
            }}
            aria-describedby={`${id}-note-hint`}
          />
          <span id={`${id}-note-hint`} className="kit-hint">
            Saved as you type, in this browser only. Notes never go in the link for your manager.
          </span>
        </div>
        {note !== '' && <p className="onb-note-print">Note: {note}</p>}
      </div>
    </li>
  );
}
