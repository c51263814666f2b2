import { useEffect, useId, useState, type ReactNode } from 'react';
import { isoDate, MAX_RATIONALE_CHARS } from '../../../lib/stage4/shared';

/** Props of the form that records a decision with its rationale and date. */
export interface RecordFormProps {
  /** What recording means, e.g. "Record the ICP strategy". */
  title: string;
  rationale: string;
  decidedOn: string | null;
  onRecord: (rationale: string, decidedOn: string) => void;
  onWithdraw: () => void;
  /** Choices recorded with the rationale (the ICP strategy picks one). */
  children?: ReactNode;
  /** Why recording is not possible yet, if it is not. */
  blocked?: string | null;
  /** Text of what is recorded, shown once it is. */
  recordedText: string;
}

/** Record a decision: the person's choice, a rationale and a date (today unless changed). */
export function RecordForm({ title, rationale, decidedOn, onRecord, onWithdraw, children, blocked, recordedText }: RecordFormProps) {
  const id = useId();
  const [text, setText] = useState(rationale);
  const [date, setDate] = useState(decidedOn ?? isoDate(new Date()));
  const [message, setMessage] = useState<string | null>(null);
  // A record replaced from outside (example, reset, share link) replaces the draft.
  useEffect(() => {
    setText(rationale);
    setDate(decidedOn ?? isoDate(new Date()));
  }, [rationale, decidedOn]);
  const record = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setMessage('Enter the date as YYYY-MM-DD.');
    setMessage(null);
    onRecord(text.slice(0, MAX_RATIONALE_CHARS), date);
  };
  return (
    <fieldset className="kit-fieldset s4-record" data-print-hide>
      <legend>{title}</legend>
      {children}
      <div className="kit-field">
        <label htmlFor={`${id}-why`}>Rationale</label>
        <textarea id={`${id}-why`} rows={3} maxLength={MAX_RATIONALE_CHARS} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-why-hint`} />
        <p id={`${id}-why-hint`} className="kit-hint">
          Why this, in a sentence or two: it goes into the deliverable.
        </p>
      </div>
      <div className="kit-field">
        <label htmlFor={`${id}-date`}>Date decided</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-msg` : undefined} />
        {message && (
          <p id={`${id}-msg`} className="kit-message" role="alert">
            {message}
          </p>
        )}
      </div>
      {blocked && <p className="kit-hint">{blocked}</p>}
      <div className="kit-actions">
        <button type="button" className="kit-button kit-button-primary" onClick={record} disabled={!!blocked}>
          {decidedOn ? 'Update the record' : 'Record it'}
        </button>
        {decidedOn && (
          <button type="button" className="kit-button kit-button-quiet" onClick={onWithdraw}>
            Withdraw the record
          </button>
        )}
      </div>
      <p role="status" className="s4-recorded">
        {decidedOn ? `${recordedText} Recorded on ${decidedOn}.` : 'Not recorded yet.'}
      </p>
    </fieldset>
  );
}
