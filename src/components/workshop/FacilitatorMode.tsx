import { useCallback, useEffect, useRef, useState } from 'react';
import {
  actOnTimer,
  computeAgenda,
  FACILITATOR_SEGMENTS,
  liveTimer,
  parseClockTime,
  timerAnnouncement,
  timerView,
  workshopMessages,
  type TimerAction,
  type TimerState,
} from '../../presets/workshop';
import { facilitator, facilitatorDefaults, updateFacilitator } from '../../stores/workshop';
import { ToolShell } from '../kit/ToolShell';
import { shouldChime } from '../../lib/workshop/timer-sound';
import { setTimerSound, timerSound, timerSoundDefaults } from '../../stores/timer-sound';
import { playChime, unlockChime } from './chime';
import { useClientStore } from '../kit/useClientStore';
import { ScheduleTable } from './ScheduleTable';
import { TimerPanel } from './TimerPanel';
import './workshop.css';
import './facilitator.css';

type Control = Exclude<TimerAction, { type: 'tick' }>;

/** Keys inside these take typing, not shortcuts. */
const FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * Facilitator mode: the agenda with clock times from a chosen start, and a timer that runs it exercise
 * by exercise. Time comes from the wall clock (so a reload or a sleeping laptop resumes correctly) and is
 * saved on every control; the screen refreshes four times a second while running.
 */
export default function FacilitatorMode() {
  const saved = useClientStore(facilitator.$value, facilitatorDefaults);
  const [now, setNow] = useState(() => Date.now());
  const [startText, setStartText] = useState(saved.startTime);
  const [announcement, setAnnouncement] = useState('');
  const sound = useClientStore(timerSound.$value, timerSoundDefaults);
  const live = liveTimer(saved, now);
  const view = timerView(live, FACILITATOR_SEGMENTS);

  useEffect(() => setStartText(saved.startTime), [saved.startTime]);

  // Drive the display from real elapsed time while running.
  useEffect(() => {
    if (!live.running) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [live.running, saved]);

  // Announce segment changes, the last minute and the end: from ticking or this page's controls only, so
  // reading back a saved timer or following another tab stays quiet.
  const prevLive = useRef<TimerState | null>(null);
  const prevSaved = useRef(saved);
  const acted = useRef(false);
  useEffect(() => {
    const prev = prevLive.current;
    const own = acted.current || saved === prevSaved.current;
    const byClock = !acted.current && saved === prevSaved.current;
    prevLive.current = live;
    prevSaved.current = saved;
    acted.current = false;
    if (!prev || !own) return;
    const a = timerAnnouncement(prev, live, FACILITATOR_SEGMENTS);
    if (a) setAnnouncement(a.text);
    if (sound.soundOn && shouldChime(a, byClock)) playChime();
  });

  const act = useCallback((action: Control) => {
    const at = Date.now();
    acted.current = true;
    setNow(at);
    updateFacilitator((s) => actOnTimer(s, action, at));
  }, []);
  const toggle = useCallback(() => {
    const current = liveTimer(facilitator.$value.get(), Date.now());
    act({ type: current.running ? 'pause' : 'start' });
  }, [act]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(FIELD)) return;
      if (e.key === ' ' || e.key === 'Spacebar') {
        // A focused button or link handles Space itself.
        if (target?.closest('button, a, summary')) return;
        e.preventDefault();
        toggle();
      } else if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        act({ type: 'skip' });
      } else if (e.key === '+') {
        e.preventDefault();
        act({ type: 'addMinute' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [act, toggle]);

  const startOk = parseClockTime(startText) !== null;
  const schedule = computeAgenda(startOk ? startText : saved.startTime);
  const currentId = view.finished ? null : view.segment?.id;

  return (
    <ToolShell label="Facilitator mode" className="ws-facilitator" toolbar={false}>
      <TimerPanel
        view={view}
        announcement={announcement}
        onToggle={toggle}
        onAddMinute={() => act({ type: 'addMinute' })}
        onSkip={() => act({ type: 'skip' })}
        onReset={() => act({ type: 'reset' })}
      />
      <label className="ws-sound-toggle" data-print-hide>
        <input
          type="checkbox"
          checked={sound.soundOn}
          onChange={(e) => {
            // The click that turns sound on is what lets the browser play it later.
            if (e.currentTarget.checked) unlockChime();
            setTimerSound(e.currentTarget.checked);
          }}
        />{' '}
        Play a short sound when a segment’s time is up
      </label>
      <div className="ws-agenda">
        <div className="ws-field ws-start">
          <label htmlFor="ws-start-time">Workshop starts at</label>
          <input
            id="ws-start-time"
            type="time"
            value={startText}
            aria-invalid={startOk ? undefined : true}
            aria-describedby={startOk ? undefined : 'ws-start-time-msg'}
            onChange={(e) => {
              setStartText(e.target.value);
              if (parseClockTime(e.target.value) !== null) updateFacilitator((s) => ({ ...s, startTime: e.target.value }));
            }}
          />
          {!startOk && (
            <p className="kit-message" id="ws-start-time-msg" role="alert">
              {workshopMessages.startTimeInvalid}
            </p>
          )}
        </div>
        {schedule.ok && (
          <>
            <ScheduleTable schedule={schedule} currentId={currentId} />
            {schedule.note && <p className="ws-detail">{schedule.note}</p>}
          </>
        )}
      </div>
    </ToolShell>
  );
}
