import { useEffect, useRef, useState } from 'react';
import { formatClock } from '../../lib/format';
import { AGENDA, MINUTE_MS, type TimerView } from '../../presets/workshop';

/** Props of the timer's display and controls. */
export interface TimerPanelProps {
  view: TimerView;
  announcement: string;
  onToggle: () => void;
  onAddMinute: () => void;
  onSkip: () => void;
  onReset: () => void;
}

const partOf = (segmentId: string | undefined) => AGENDA.find((p) => p.segments.some((s) => s.id === segmentId));

/**
 * The running exercise, a large clock, the last-minute warning (a word and a symbol, not colour alone)
 * and the controls. The clock itself is not a live region; changes worth hearing go to `announcement`.
 */
export function TimerPanel({ view, announcement, onToggle, onAddMinute, onSkip, onReset }: TimerPanelProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [canFullScreen, setCanFullScreen] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    setCanFullScreen(document.fullscreenEnabled === true);
    const onChange = () => setFullScreen(document.fullscreenElement === rootRef.current && rootRef.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void rootRef.current?.requestFullscreen();
  };
  const part = partOf(view.segment?.id);
  const state = view.finished ? 'finished' : view.isLastMinute ? 'last-minute' : view.running ? 'running' : 'paused';
  // Untouched: first segment, full time (an added minute included), never run.
  const pristine = !view.running && !view.finished && view.segmentIndex === 0 && view.segment !== null && view.remainingSeconds * 1000 === view.segment.durationMs + view.extraSeconds * 1000;
  const started = !pristine;
  const toggleLabel = view.running ? 'Pause' : started && !view.finished ? 'Resume' : 'Start';
  return (
    <div className="ws-timer" data-state={state} ref={rootRef}>
      <p className="ws-timer-where">
        {view.finished ? (
          'Agenda finished'
        ) : (
          <>
            Segment {view.segmentIndex + 1} of {view.segmentCount}
            {part && (
              <>
                {' · '}
                <a href={part.path}>{part.label}</a>
              </>
            )}
          </>
        )}
      </p>
      <p className="ws-timer-segment">{view.finished ? 'Time is up' : view.segment?.label}</p>
      <p className="ws-clock" role="timer" aria-label={`Time left: ${formatClock(view.remainingSeconds)}`}>
        {formatClock(view.remainingSeconds)}
      </p>
      <div className="ws-progress-bar" aria-hidden="true">
        <span style={{ inlineSize: `${view.progressPct}%` }} />
      </div>
      {view.isLastMinute && (
        <p className="ws-last-minute">
          <span aria-hidden="true">⚠ </span>
          <strong>Last minute</strong> of this segment — time to wrap up.
        </p>
      )}
      <p className="ws-timer-meta">
        <span>{view.finished ? 'Finished' : view.running ? 'Running' : started ? 'Paused' : 'Not started'}</span>
        {view.extraSeconds > 0 && !view.finished && <span> · {Math.round((view.extraSeconds * 1000) / MINUTE_MS)} min added</span>}
        {view.next && <span> · Next: {view.next.label}</span>}
      </p>
      <div className="ws-timer-controls">
        <button type="button" className="kit-button kit-button-primary" onClick={onToggle} disabled={view.finished} aria-keyshortcuts="Space">
          {toggleLabel}
        </button>
        <button type="button" className="kit-button" onClick={onAddMinute} aria-keyshortcuts="Plus">
          Add a minute
        </button>
        <button type="button" className="kit-button" onClick={onSkip} disabled={view.finished} aria-keyshortcuts="N">
          Skip to next
        </button>
        <button type="button" className="kit-button kit-button-quiet" onClick={onReset}>
          Reset timer
        </button>
        {canFullScreen && (
          <button type="button" className="kit-button kit-button-quiet" onClick={toggleFullScreen}>
            {fullScreen ? 'Exit full screen' : 'Full screen'}
          </button>
        )}
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
