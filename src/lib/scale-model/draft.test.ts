import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { newScaleRole } from '../../presets/scale-model';
import { addRole, checkDraft, draftHiresTotal, numberText, removeRole, rolePath, toDraft, updateHires, updateRole, type Draft } from './draft';
import { GLOBAL_RULES, ROLE_RULES } from './rules';
import { plan, role } from './test-fixtures';
import { validateField } from './validate';

const two = plan([role({ id: 'ae', name: 'AE' }), role({ id: 'sdr', name: 'SDR' })]);
const messageFor = (value: string, rule: Parameters<typeof validateField>[1]) => {
  const checked = validateField(value, rule);
  if (checked === null || !('message' in checked)) throw new Error(`${value} should be refused`);
  return checked.message;
};

describe('toDraft and checkDraft', () => {
  it('round-trips saved inputs: the draft of valid inputs checks back to the same inputs', () => {
    const check = checkDraft(toDraft(two));
    expect(check.inputs).toEqual(two);
    expect(check.invalidCount).toBe(0);
  });

  it('shows no win rate as an empty box and uses the multiple', () => {
    const draft = toDraft(two);
    expect(draft.winRatePct).toBe('');
    expect(draft.coverageMode).toBe('multiple');
    expect(toDraft({ ...two, winRatePct: 25 })).toMatchObject({ winRatePct: 25, coverageMode: 'winRate' });
  });

  it('copies the hires, so editing the draft never changes the saved inputs', () => {
    const draft = updateHires(toDraft(two), 0, 2, '4');
    expect(two.roles[0]?.hiresPerMonth[2]).toBe(0);
    expect(draft.roles[0]?.hiresPerMonth[2]).toBe('4');
  });

  it.each([
    ['empty text', '', messages.required],
    ['junk', 'abc', messages.notANumber],
    ['a negative', '-1', messageFor('-1', ROLE_RULES.rampMonths)],
    ['a huge number', '1e9', messageFor('1e9', ROLE_RULES.rampMonths)],
  ])('refuses %s in a role field with the model’s message and saves nothing', (_, text, message) => {
    const check = checkDraft(updateRole(toDraft(two), 1, { rampMonths: text }));
    expect(check.inputs).toBeNull();
    expect(check.invalidCount).toBe(1);
    expect(check.fieldErrors[rolePath(1, 'rampMonths')]).toBe(message);
  });

  it('refuses junk in a hires cell and in a global field, one message each', () => {
    let draft: Draft = updateHires(toDraft(two), 0, 11, 'x');
    draft = { ...draft, spanOfControl: '0' };
    const check = checkDraft(draft);
    expect(check.fieldErrors[`${rolePath(0, 'hiresPerMonth')}.11`]).toBe(messages.notANumber);
    expect(check.fieldErrors.spanOfControl).toBe(messageFor('0', GLOBAL_RULES.spanOfControl));
    expect(check.invalidCount).toBe(2);
  });

  it('takes typed text that is valid, with thousands separators and decimals', () => {
    const check = checkDraft(updateRole(toDraft(two), 0, { loadedMonthlyCostUsd: '12,500.5', startingHeadcount: ' 3 ' }));
    expect(check.inputs?.roles[0]).toMatchObject({ loadedMonthlyCostUsd: 12500.5, startingHeadcount: 3 });
  });

  it('needs a win rate once it is chosen, and ignores its text while the multiple is used', () => {
    const chosen: Draft = { ...toDraft(two), coverageMode: 'winRate' };
    expect(checkDraft(chosen).fieldErrors.winRatePct).toBe(messages.required);
    expect(checkDraft({ ...chosen, winRatePct: '20' }).inputs?.winRatePct).toBe(20);
    expect(checkDraft({ ...chosen, winRatePct: 'abc', coverageMode: 'multiple' }).inputs?.winRatePct).toBeNull();
  });
});

describe('adding and removing roles', () => {
  it('adds a role made by the given factory with an id not in use', () => {
    const draft = addRole(toDraft(plan([role({ id: 'role-2' })])), newScaleRole);
    expect(draft.roles.map((r) => r.id)).toEqual(['role-2', 'role-3']);
    expect(checkDraft(draft).inputs?.roles).toHaveLength(2);
  });

  it('removes a role together with the messages of its fields', () => {
    const bad = updateRole(toDraft(two), 1, { attainmentPct: '-5' });
    expect(checkDraft(bad).invalidCount).toBe(1);
    const removed = removeRole(bad, 1);
    expect(removed.roles.map((r) => r.id)).toEqual(['ae']);
    expect(checkDraft(removed)).toMatchObject({ invalidCount: 0, inputs: { roles: [{ id: 'ae' }] } });
  });

  it('asks for a role once the last one is removed', () => {
    const check = checkDraft(removeRole(removeRole(toDraft(two), 0), 0));
    expect(check.inputs).toBeNull();
    expect(check.fieldErrors.roles).toBeDefined();
  });

  it('leaves the draft alone for a role index that is not there', () => {
    const draft = toDraft(two);
    expect(updateHires(draft, 5, 0, '1')).toBe(draft);
  });
});

describe('numberText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['typed 1,2', 'typed 1,2'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [1200, '1,200'],
    [3782126.1, '3,782,126.1'],
    [1.23456, '1.23'],
    [0.123456, '0.1235'],
    [-2.5, '-2.5'],
  ])('shows %j as %j', (value, text) => {
    expect(numberText(value)).toBe(text);
  });
});

describe('draftHiresTotal', () => {
  it('adds the months as typed, counting empty cells and junk as 0', () => {
    expect(draftHiresTotal({ hiresPerMonth: [1, '2.5', '', 'abc', null, undefined, '1,000', -1] })).toBe(1002.5);
    expect(draftHiresTotal({ hiresPerMonth: [] })).toBe(0);
  });
});
