import { checklistStorageKey, itemIdFromLabel, olderChecklistKeys, parseChecklistState, progressText, readChecklistState, serializeChecklistState } from './checklist-state';

const known = new Set(['a', 'b', 'c']);

describe('checklist state', () => {
  it('uses a versioned key per checklist', () => {
    expect(checklistStorageKey('stage-4-exit-criteria')).toBe('scale-handbook:checklist:stage-4-exit-criteria:v1');
  });

  it('round-trips ticked items in list order', () => {
    const raw = serializeChecklistState(new Set(['c', 'a']), ['a', 'b', 'c']);
    expect(raw).toBe('{"checked":["a","c"]}');
    expect([...parseChecklistState(raw, known)]).toEqual(['a', 'c']);
  });

  it.each([
    ['nothing stored', null],
    ['broken JSON', '{"checked": ['],
    ['a bare array', '["a"]'],
    ['a number', '42'],
    ['null', 'null'],
    ['checked not an array', '{"checked": "a"}'],
  ])('ignores %s', (_label, raw) => {
    expect(parseChecklistState(raw, known).size).toBe(0);
  });

  it('keeps known ids and drops unknown ids and non-strings', () => {
    expect([...parseChecklistState('{"checked":["a",7,"zzz",null,"b"]}', known)]).toEqual(['a', 'b']);
  });

  it('makes stable ids from labels', () => {
    expect(itemIdFromLabel('$4.5M ARR achieved')).toBe('4-5m-arr-achieved');
    expect(itemIdFromLabel('Infrastructure scaled for 75K users')).toBe('infrastructure-scaled-for-75k-users');
    expect(itemIdFromLabel('Over-optimizing strong areas while ignoring leaks')).toBe('over-optimizing-strong-areas-while-ignoring-leaks');
  });

  it('says how many are done', () => {
    expect(progressText(3, 8)).toBe('3 of 8 done');
  });
});

describe('reading saved ticks back', () => {
  const store = (entries: Record<string, string>) => {
    const map = new Map(Object.entries(entries));
    return { map, getItem: (k: string) => map.get(k) ?? null, removeItem: (k: string) => void map.delete(k) };
  };
  const key = checklistStorageKey('exit');

  it('says so when the saved value is damaged', () => {
    for (const raw of ['{"checked": [', '42', '{"checked":"a"}']) {
      expect(readChecklistState(store({ [key]: raw }), key, known).notice).toBe('corrupt');
    }
  });

  it('restores a good value without a notice', () => {
    const read = readChecklistState(store({ [key]: '{"checked":["b"]}' }), key, known);
    expect([...read.checked]).toEqual(['b']);
    expect(read.notice).toBeNull();
  });

  it('removes a value saved under an older version key, with a notice', () => {
    const s = store({ 'scale-handbook:checklist:exit:v0': '{"checked":["a"]}' });
    expect(olderChecklistKeys(key)).toEqual(['scale-handbook:checklist:exit:v0']);
    expect(readChecklistState(s, key, known).notice).toBe('discarded');
    expect(s.map.size).toBe(0);
  });
});
