import { messages } from '../messages';
import {
  NOTE_MAX_CHARS,
  ONBOARDING_STORAGE_KEY,
  PERSON_NAME_MAX_CHARS,
  ONBOARDING_VERSION,
  createTracker,
  emptyOnboardingState,
  nextTrackerId,
  onboardingStateSchema,
  readOnboardingState,
  removeTracker,
  setTaskDone,
  setTaskNote,
  setTrackerDetails,
  upsertTracker,
} from './tracker';

const ana = createTracker({ trackerId: 'sales-1', roleId: 'sales', startDate: '2025-03-03', personName: '  Ana Lima ', track: 'ae' });
const ben = createTracker({ trackerId: 'engineering-1', roleId: 'engineering', startDate: '2025-04-07' });

describe('tracker state', () => {
  it('is versioned, in the value and in the storage key', () => {
    expect(ONBOARDING_VERSION).toBe(1);
    expect(emptyOnboardingState()).toEqual({ version: 1, trackers: [] });
    expect(ONBOARDING_STORAGE_KEY).toBe('scale-handbook:onboarding:v1');
  });

  it('creates trackers with trimmed names and no empty optional fields', () => {
    expect(ana).toEqual({
      trackerId: 'sales-1',
      roleId: 'sales',
      startDate: '2025-03-03',
      personName: 'Ana Lima',
      track: 'ae',
      done: {},
      notes: {},
    });
    const blank = createTracker({ trackerId: 'x-1', roleId: 'x', startDate: '2025-03-03', personName: '  ', track: '' });
    expect(blank).not.toHaveProperty('personName');
    expect(blank).not.toHaveProperty('track');
  });

  it('holds several plans at once', () => {
    const state = upsertTracker(upsertTracker(emptyOnboardingState(), ana), ben);
    expect(state.trackers.map((t) => t.trackerId)).toEqual(['sales-1', 'engineering-1']);
    expect(onboardingStateSchema.safeParse(state).success).toBe(true);
    expect(nextTrackerId(state, 'sales')).toBe('sales-2');
    expect(nextTrackerId(state, 'marketing')).toBe('marketing-1');
  });

  it('replaces a tracker with the same id in place', () => {
    const state = upsertTracker(upsertTracker(emptyOnboardingState(), ana), ben);
    const moved = upsertTracker(state, { ...ana, startDate: '2025-03-10' });
    expect(moved.trackers.map((t) => [t.trackerId, t.startDate])).toEqual([
      ['sales-1', '2025-03-10'],
      ['engineering-1', '2025-04-07'],
    ]);
  });

  it('removes a tracker and forgets it as the open one', () => {
    const state = { ...upsertTracker(upsertTracker(emptyOnboardingState(), ana), ben), activeTrackerId: 'sales-1' };
    const after = removeTracker(state, 'sales-1');
    expect(after.trackers.map((t) => t.trackerId)).toEqual(['engineering-1']);
    expect(after).not.toHaveProperty('activeTrackerId');
    expect(removeTracker(state, 'engineering-1').activeTrackerId).toBe('sales-1');
  });

  it('ticks, unticks and annotates tasks without touching the original', () => {
    const done = setTaskDone(ana, 'bant', '2025-03-07');
    expect(done.done).toEqual({ bant: '2025-03-07' });
    expect(ana.done).toEqual({});
    expect(setTaskDone(done, 'bant', null).done).toEqual({});
    const noted = setTaskNote(done, 'bant', 'Practised with Sam.');
    expect(noted.notes).toEqual({ bant: 'Practised with Sam.' });
    expect(setTaskNote(noted, 'bant', '   ').notes).toEqual({});
  });

  it('refuses duplicate tracker ids and bad dates in the schema', () => {
    const state = { version: 1, trackers: [ana, ana] };
    expect(onboardingStateSchema.safeParse(state).success).toBe(false);
    const badDone = { version: 1, trackers: [{ ...ana, done: { bant: 'yesterday' } }] };
    expect(onboardingStateSchema.safeParse(badDone).success).toBe(false);
  });
});

describe('readOnboardingState', () => {
  it('reads a valid state back unchanged', () => {
    const state = { ...upsertTracker(emptyOnboardingState(), setTaskDone(ana, 'bant', '2025-03-07')), activeTrackerId: 'sales-1' };
    expect(readOnboardingState(JSON.parse(JSON.stringify(state)))).toEqual({ state, status: 'ok', message: null });
  });

  it('treats a missing value as empty', () => {
    expect(readOnboardingState(undefined)).toEqual({ state: emptyOnboardingState(), status: 'empty', message: null });
    expect(readOnboardingState(null).status).toBe('empty');
  });

  it.each([['a string'], [42], [[1, 2]], [{ version: 1 }], [{ trackers: 'nope' }]])('discards corrupt value %j with a message', (raw) => {
    expect(readOnboardingState(raw)).toEqual({ state: emptyOnboardingState(), status: 'corrupt', message: messages.storageCorrupt });
  });

  it('discards another version with a message', () => {
    expect(readOnboardingState({ version: 2, trackers: [] })).toEqual({
      state: emptyOnboardingState(),
      status: 'discarded',
      message: messages.storageDiscarded,
    });
  });

  it('keeps every readable tracker and drops only the broken or repeated ones', () => {
    const raw = {
      version: 1,
      activeTrackerId: 'broken',
      trackers: [ana, { ...ben, startDate: '2025-02-30' }, ben, { ...ana, personName: 'Duplicate' }, 'junk'],
    };
    const read = readOnboardingState(raw);
    expect(read.status).toBe('repaired');
    expect(read.state.trackers).toEqual([ana, ben]);
    expect(read.state).not.toHaveProperty('activeTrackerId');
    expect(read.message).toBe('3 saved onboarding plans could not be read and were left out. Everything else was kept.');
  });
});

describe('limits and details', () => {
  it('cuts notes and names to what the schema keeps, so saved state always reads back', () => {
    const long = setTaskNote(ana, 'bant', 'x'.repeat(NOTE_MAX_CHARS + 50));
    expect(long.notes.bant).toHaveLength(NOTE_MAX_CHARS);
    const named = createTracker({ trackerId: 'y-1', roleId: 'sales', startDate: '2025-03-03', personName: 'n'.repeat(PERSON_NAME_MAX_CHARS + 5) });
    expect(named.personName).toHaveLength(PERSON_NAME_MAX_CHARS);
    const state = upsertTracker(upsertTracker(emptyOnboardingState(), long), named);
    expect(onboardingStateSchema.safeParse(state).success).toBe(true);
  });

  it('changes start date and name, keeping ticks and notes, and ignores an invalid date', () => {
    const worked = setTaskNote(setTaskDone(ana, 'bant', '2025-03-07'), 'bant', 'Done with Sam.');
    const moved = setTrackerDetails(worked, { startDate: '2025-03-10', personName: ' Ana L. ' });
    expect(moved).toEqual({ ...worked, startDate: '2025-03-10', personName: 'Ana L.' });
    expect(setTrackerDetails(worked, { startDate: '2025-02-30' }).startDate).toBe('2025-03-03');
    expect(setTrackerDetails(worked, { personName: '  ' })).not.toHaveProperty('personName');
    expect(setTrackerDetails(worked, {})).toEqual(worked);
  });
});
