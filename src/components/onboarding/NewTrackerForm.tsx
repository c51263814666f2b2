import { useId, useRef, useState, type SubmitEvent } from 'react';
import { onboardingMessages, type Plan } from '../../lib/onboarding';
import { PersonNameField } from './PersonNameField';
import { checkStartDate } from './tracker-view';

/** Track value for "none of these": the tasks every track shares. */
export const NO_TRACK = 'none';

/** What the form hands over once everything checks out. */
export interface NewTrackerInput {
  roleId: string;
  track: string | undefined;
  startDate: string;
  personName: string;
}

interface Props {
  plans: readonly Plan[];
  /** Role to preselect (from `?role=`). */
  initialRole?: string | undefined;
  today: string | null;
  /** Shown when other plans are tracked already, so the form can be closed again. */
  onCancel?: (() => void) | undefined;
  onCreate: (input: NewTrackerInput) => void;
  headingLevel?: 'h2' | 'h3';
}

type Field = 'role' | 'track' | 'start';

/** Pick a role (and track), a start date and optionally a name, with a message next to any field that needs fixing. */
export function NewTrackerForm({ plans, initialRole, today, onCancel, onCreate, headingLevel: Heading = 'h2' }: Props) {
  const id = useId();
  const [roleId, setRoleId] = useState(initialRole && plans.some((p) => p.id === initialRole) ? initialRole : '');
  const [track, setTrack] = useState('');
  const [startDate, setStartDate] = useState('');
  const [badDate, setBadDate] = useState(false);
  const [name, setName] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const refs = { role: useRef<HTMLSelectElement>(null), track: useRef<HTMLSelectElement>(null), start: useRef<HTMLInputElement>(null) };

  const plan = plans.find((p) => p.id === roleId);
  const dateCheck = checkStartDate(startDate, badDate, plan, today);
  const errors: Record<Field, string | null> = {
    role: plan ? null : onboardingMessages.roleRequired,
    track: plan && plan.tracks.length > 0 && track === '' ? onboardingMessages.trackRequired : null,
    start: dateCheck.error,
  };
  const shown = (f: Field) => (touched.has(f) ? errors[f] : null);
  const touch = (f: Field) => setTouched((t) => new Set(t).add(f));
  const chosenTrack = plan?.tracks.find((t) => t.id === track);

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setTouched(new Set<Field>(['role', 'track', 'start']));
    const firstBad = (['role', 'track', 'start'] as const).find((f) => errors[f] !== null);
    if (firstBad) {
      refs[firstBad].current?.focus();
      return;
    }
    if (!plan) return;
    onCreate({ roleId: plan.id, track: track === '' || track === NO_TRACK ? undefined : track, startDate, personName: name });
  };

  const describedBy = (f: Field, hint?: string) => [hint, shown(f) ? `${id}-${f}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="onb-new" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="onb-form-heading">
        {onCancel ? 'Track another plan' : 'Start tracking a plan'}
      </Heading>
      <div className="kit-fields">
        <div className="kit-field" data-invalid={shown('role') ? '' : undefined}>
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            ref={refs.role}
            value={roleId}
            onChange={(e) => {
              setRoleId(e.currentTarget.value);
              setTrack('');
            }}
            onBlur={() => touch('role')}
            aria-invalid={shown('role') ? true : undefined}
            aria-describedby={describedBy('role')}
          >
            <option value="">Choose a role…</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
          {shown('role') && (
            <p className="kit-message" id={`${id}-role-error`}>
              {shown('role')}
            </p>
          )}
        </div>

        {plan && plan.tracks.length > 0 && (
          <div className="kit-field" data-invalid={shown('track') ? '' : undefined}>
            <label htmlFor={`${id}-track`}>Track</label>
            <select
              id={`${id}-track`}
              ref={refs.track}
              value={track}
              onChange={(e) => setTrack(e.currentTarget.value)}
              onBlur={() => touch('track')}
              aria-invalid={shown('track') ? true : undefined}
              aria-describedby={describedBy('track', `${id}-track-hint`)}
            >
              <option value="">Choose a track…</option>
              {plan.tracks.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
              <option value={NO_TRACK}>None of these: shared tasks only</option>
            </select>
            <p className="kit-hint" id={`${id}-track-hint`}>
              {chosenTrack
                ? chosenTrack.description
                : track === NO_TRACK
                  ? 'Only the tasks every track shares.'
                  : 'Your specialization decides some of your tasks.'}
            </p>
            {shown('track') && (
              <p className="kit-message" id={`${id}-track-error`}>
                {shown('track')}
              </p>
            )}
          </div>
        )}

        <div className="kit-field" data-invalid={shown('start') ? '' : undefined}>
          <label htmlFor={`${id}-start`}>Start date</label>
          <input
            id={`${id}-start`}
            ref={refs.start}
            type="date"
            value={startDate}
            min="1000-01-01"
            max="9999-12-31"
            onChange={(e) => {
              setStartDate(e.currentTarget.value);
              setBadDate(e.currentTarget.validity?.badInput === true);
            }}
            onBlur={(e) => {
              setBadDate(e.currentTarget.validity?.badInput === true);
              touch('start');
            }}
            aria-invalid={shown('start') ? true : undefined}
            aria-describedby={describedBy('start', `${id}-start-hint`)}
          />
          <p className="kit-hint" id={`${id}-start-hint`}>
            {!shown('start') && dateCheck.warning ? dateCheck.warning : 'The first day of the job: Day 1 of the plan.'}
          </p>
          {shown('start') && (
            <p className="kit-message" id={`${id}-start-error`}>
              {shown('start')}
            </p>
          )}
        </div>

        <PersonNameField id={id} value={name} onChange={setName} hint="Whose plan this is: tells plans apart when you track several." />
      </div>
      <div className="kit-actions">
        <button type="submit" className="kit-button kit-button-primary">
          Start tracking
        </button>
        {onCancel && (
          <button type="button" className="kit-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
