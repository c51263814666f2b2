import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { messages } from '../messages';
import { samplePlan } from './fixtures/sample-plan';
import { progress } from './progress';
import { decodeProgress, encodeProgress, sharedAsSubject, type PlanLookup } from './share';
import { createTracker, setTaskDone } from './tracker';

const findPlan: PlanLookup = (id) => (id === samplePlan.id ? samplePlan : undefined);
const tracker = ['prep', 'hello', 'day-one'].reduce(
  (t, id) => setTaskDone(t, id, '2025-03-01'),
  createTracker({ trackerId: 'sample-1', roleId: 'sample', startDate: '2025-03-03', personName: 'Ana Lima', track: 'alpha' }),
);
const encode = (payload: unknown) => compressToEncodedURIComponent(JSON.stringify(payload));

describe('share payload', () => {
  it('round-trips role, start date, track and done ids, leaving the name out by default', () => {
    const result = decodeProgress(encodeProgress(tracker), findPlan);
    expect(result).toEqual({
      ok: true,
      value: { roleId: 'sample', startDate: '2025-03-03', track: 'alpha', doneTaskIds: ['day-one', 'hello', 'prep'] },
      ignoredTaskIds: [],
    });
  });

  it('carries the name only when asked to', () => {
    const result = decodeProgress(encodeProgress(tracker, { includeName: true }));
    expect(result.ok && result.value.personName).toBe('Ana Lima');
  });

  it('never carries notes or done dates', () => {
    const noted = { ...tracker, notes: { prep: 'private note' } };
    const json = decompressFromEncodedURIComponent(encodeProgress(noted, { includeName: true }));
    expect(json).not.toContain('private note');
    expect(json).not.toContain('2025-03-01');
  });

  it('is URL-safe', () => {
    expect(encodeProgress(tracker, { includeName: true })).toMatch(/^[A-Za-z0-9+\-$]*$/);
  });

  it('gives the manager the same progress the new hire sees', () => {
    const result = decodeProgress(encodeProgress(tracker), findPlan);
    if (!result.ok) throw new Error(result.message);
    expect(progress(samplePlan, sharedAsSubject(result.value), '2025-03-18')).toEqual(progress(samplePlan, tracker, '2025-03-18'));
  });

  it('drops done ids the plan no longer has and reports them', () => {
    const stale = setTaskDone(setTaskDone(tracker, 'retired-task', '2025-03-02'), 'hello', null);
    const result = decodeProgress(encodeProgress(stale), findPlan);
    expect(result).toMatchObject({ ok: true, value: { doneTaskIds: ['day-one', 'prep'] }, ignoredTaskIds: ['retired-task'] });
  });

  it('without a plan lookup, passes every well-formed id through', () => {
    const result = decodeProgress(encodeProgress(setTaskDone(tracker, 'retired-task', '2025-03-02')));
    expect(result.ok && result.value.doneTaskIds).toEqual(['day-one', 'hello', 'prep', 'retired-task']);
  });
});

describe('tampered share payloads', () => {
  const good = encodeProgress(tracker);

  it.each([
    ['empty', '', 'empty'],
    ['blank', '   ', 'empty'],
    ['not lz-string', '!!!', 'not-compressed'],
    ['truncated', good.slice(0, 8), 'not-compressed'],
    ['far too long', 'A'.repeat(9000), 'too-long'],
    ['compressed non-JSON', compressToEncodedURIComponent('{"v":1,'), 'not-json'],
    ['wrong version', encode({ v: 2, r: 'sample', s: '2025-03-03', d: [] }), 'invalid'],
    ['impossible date', encode({ v: 1, r: 'sample', s: '2025-02-30', d: [] }), 'invalid'],
    ['script in an id', encode({ v: 1, r: 'sample', s: '2025-03-03', d: ['<script>'] }), 'invalid'],
    ['extra field', encode({ v: 1, r: 'sample', s: '2025-03-03', d: [], admin: true }), 'invalid'],
    ['done is not a list', encode({ v: 1, r: 'sample', s: '2025-03-03', d: 'prep' }), 'invalid'],
    ['a JSON array', encode([1, 2, 3]), 'invalid'],
  ])('refuses %s with a message', (_label, payload, reason) => {
    expect(decodeProgress(payload, findPlan)).toEqual({ ok: false, reason, message: messages.shareInvalid });
  });

  it('refuses a payload whose checksum does not match, e.g. a start date edited by hand', () => {
    const json = decompressFromEncodedURIComponent(good);
    const edited = compressToEncodedURIComponent(json.replace('2025-03-03', '2025-03-10'));
    expect(decodeProgress(edited, findPlan)).toEqual({ ok: false, reason: 'checksum', message: messages.shareInvalid });
  });

  it('refuses a role the handbook has no plan for, naming it', () => {
    const result = decodeProgress(encodeProgress({ ...tracker, roleId: 'astronaut' }), findPlan);
    expect(result).toMatchObject({ ok: false, reason: 'unknown-role' });
    expect(!result.ok && result.message).toContain('"astronaut"');
  });

  it('refuses every single-character edit, or decodes it to exactly the original', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    const original = decodeProgress(good, findPlan);
    for (let i = 0; i < good.length; i += 1) {
      for (const ch of alphabet) {
        if (ch === good[i]) continue;
        const result = decodeProgress(good.slice(0, i) + ch + good.slice(i + 1), findPlan);
        // The last character can carry unused bits, so an edit there may decode to the same payload.
        if (result.ok) expect(result).toEqual(original);
        else expect(result.message.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('share date', () => {
  it('carries the day the link was made, covered by the checksum', () => {
    const payload = encodeProgress(tracker, { sharedOn: '2025-03-18' });
    const result = decodeProgress(payload, findPlan);
    expect(result.ok && result.value.sharedOn).toBe('2025-03-18');
    const edited = compressToEncodedURIComponent(decompressFromEncodedURIComponent(payload).replace('2025-03-18', '2025-03-19'));
    expect(decodeProgress(edited, findPlan)).toMatchObject({ ok: false, reason: 'checksum' });
  });

  it('leaves out a share date that is not a calendar date', () => {
    const result = decodeProgress(encodeProgress(tracker, { sharedOn: '2025-02-30' }), findPlan);
    expect(result.ok && result.value).not.toHaveProperty('sharedOn');
  });

  it('still opens links made before share dates were carried', () => {
    const fields = { v: 1, r: 'sample', s: '2025-03-03', d: ['prep'] };
    const older = decompressFromEncodedURIComponent(encodeProgress(createTracker({ trackerId: 'x', roleId: 'sample', startDate: '2025-03-03' })));
    expect(JSON.parse(older)).not.toHaveProperty('a');
    const withPrep = encodeProgress(setTaskDone(createTracker({ trackerId: 'x', roleId: 'sample', startDate: '2025-03-03' }), 'prep', '2025-03-01'));
    expect(decodeProgress(withPrep, findPlan)).toMatchObject({ ok: true, value: { roleId: fields.r, startDate: fields.s, doneTaskIds: fields.d } });
  });
});
