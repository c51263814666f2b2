import { messages } from '../messages';
import { ONBOARDING_EXPORT_KIND, conflictingTrackerIds, exportJson, exportMarkdown, importJson } from './export';
import { samplePlan } from './fixtures/sample-plan';
import { type PlanLookup } from './share';
import { createTracker, emptyOnboardingState, setTaskDone, setTaskNote, upsertTracker } from './tracker';

const findPlan: PlanLookup = (id) => (id === samplePlan.id ? samplePlan : undefined);
let ana = createTracker({ trackerId: 'sample-1', roleId: 'sample', startDate: '2025-03-03', personName: 'Ana Lima', track: 'alpha' });
ana = setTaskDone(ana, 'prep', '2025-02-20');
ana = setTaskDone(ana, 'hello', '2025-02-27');
ana = setTaskDone(ana, 'day-one', '2025-03-03');
ana = setTaskNote(ana, 'first-week', 'Waiting on the laptop.\nAsked IT twice.');
const ben = createTracker({ trackerId: 'sample-2', roleId: 'sample', startDate: '2025-04-07' });
const state = upsertTracker(upsertTracker(emptyOnboardingState(), ana), ben);

describe('exportMarkdown', () => {
  it('lists every task by phase as a checkbox with due date, owner, done date, overdue mark and notes', () => {
    expect(exportMarkdown(samplePlan, ana, '2025-03-18')).toBe(
      [
        '# Sample role: 30/60/90-day onboarding plan',
        '',
        '- Person: Ana Lima',
        '- Track: Alpha',
        '- Start date: 2025-03-03',
        '- Progress on 2025-03-18: 3 of 8 tasks done (37.5%), 2 overdue',
        '',
        '## Before day one (2 of 2 done)',
        '',
        'Goal: Arrive ready.',
        '',
        '- [x] Prepare (due 2025-02-21 · Manager · done 2025-02-20)',
        '- [x] Say hello (due 2025-02-28 · Buddy · done 2025-02-27)',
        '',
        '## Days 1–30 (1 of 4 done)',
        '',
        'Goal: Learn the ropes.',
        '',
        '- [x] Day one (due 2025-03-03 · Manager · done 2025-03-03)',
        '- [ ] First week (due 2025-03-10 · New hire · **overdue**)',
        '  - Note: Waiting on the laptop. Asked IT twice.',
        '- [ ] Alpha task (due 2025-03-17 · New hire · **overdue**)',
        '- [ ] 30-day check-in (due 2025-04-01 · Manager)',
        '',
        '## Days 31–60 (0 of 1 done)',
        '',
        'Goal: Do the work.',
        '',
        '- [ ] Middle (due 2025-04-14 · New hire)',
        '',
        '## Days 61–90 (0 of 1 done)',
        '',
        'Goal: Own the work.',
        '',
        '- [ ] Final review (due 2025-06-02 · Manager)',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the person and track lines when there are none', () => {
    // Ben starts Monday 2025-04-07: only "prep" (due Friday 03-28) is overdue on 04-01.
    const md = exportMarkdown(samplePlan, ben, '2025-04-01');
    expect(md).not.toContain('- Person:');
    expect(md).not.toContain('- Track:');
    expect(md).toContain('- Progress on 2025-04-01: 0 of 7 tasks done (0%), 1 overdue');
  });

  it('writes names and notes as text, never as live HTML or Markdown', () => {
    let eve = createTracker({ trackerId: 'sample-3', roleId: 'sample', startDate: '2025-03-03', personName: '<img src=x onerror=alert(1)>' });
    eve = setTaskNote(eve, 'first-week', '<script>alert(1)</script> **now**');
    const md = exportMarkdown(samplePlan, eve, '2025-03-18')!;
    expect(md).toContain('- Person: \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('Note: \\<script\\>alert(1)\\</script\\> \\*\\*now\\*\\*');
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/);
  });

  it('returns null for an invalid date', () => {
    expect(exportMarkdown(samplePlan, ana, 'today')).toBeNull();
  });
});

describe('JSON export and import', () => {
  it('round-trips every tracker', () => {
    const text = exportJson(state);
    expect(JSON.parse(text)).toMatchObject({ kind: ONBOARDING_EXPORT_KIND, version: 1 });
    expect(importJson(text, findPlan)).toEqual({ ok: true, trackers: state.trackers });
  });

  it('exports only the trackers asked for', () => {
    const result = importJson(exportJson(state, ['sample-2']));
    expect(result.ok && result.trackers.map((t) => t.trackerId)).toEqual(['sample-2']);
  });

  it('finds the trackers an import would overwrite', () => {
    expect(conflictingTrackerIds(upsertTracker(emptyOnboardingState(), ana), state.trackers)).toEqual(['sample-1']);
  });

  const file = (trackers: unknown[], extra: object = {}) =>
    JSON.stringify({ kind: ONBOARDING_EXPORT_KIND, version: 1, trackers, ...extra });

  it.each([
    ['broken JSON', '{"kind":'],
    ['another tool’s export', JSON.stringify({ kind: 'scale-handbook/unit-economics', version: 1, trackers: [] })],
    ['another version', file([ana], { version: 2 })],
    ['a tracker with an impossible date', file([{ ...ana, startDate: '2025-02-30' }])],
    ['a tracker without a role', file([{ ...ana, roleId: undefined }])],
    ['repeated tracker ids', file([ana, ana])],
    ['plain text', 'hello'],
  ])('refuses %s as a whole', (_label, text) => {
    expect(importJson(text, findPlan)).toEqual({ ok: false, message: messages.importInvalid });
  });

  it('refuses a file with no plans, and one for a role the handbook does not have', () => {
    expect(importJson(file([]))).toEqual({ ok: false, message: 'That file holds no onboarding plans. Nothing was changed.' });
    const result = importJson(file([{ ...ana, roleId: 'astronaut' }]), findPlan);
    expect(!result.ok && result.message).toContain('"astronaut"');
  });
});
