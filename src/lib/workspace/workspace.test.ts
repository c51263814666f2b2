import fc from 'fast-check';
import { buildWorkspaceExport, conflictingKeys, describeKey, listSaved, parseWorkspaceImport } from './workspace';

describe('workspace', () => {
  it('describes handbook keys and ignores others', () => {
    expect(describeKey('scale-handbook:unit-economics:v1')).toEqual({ key: 'scale-handbook:unit-economics:v1', tool: 'unit-economics', label: 'Unit economics', version: 1 });
    expect(describeKey('scale-handbook:checklist:stage-1-to-2:v1')?.label).toBe('Checklist: Stage 1 to 2');
    expect(describeKey('starlight-theme')).toBeNull();
    expect(describeKey('scale-handbook:')).toBeNull();
  });

  it('lists entries with their size', () => {
    const list = listSaved([
      ['scale-handbook:unit-economics:v1', '{"a":1}'],
      ['starlight-theme', 'dark'],
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]!.bytes).toBe(('scale-handbook:unit-economics:v1'.length + 7) * 2);
  });

  it('round-trips an export', () => {
    const items: [string, string][] = [['scale-handbook:day-29:v1', '{"x":[1,2]}'], ['other', 'x']];
    const file = JSON.stringify(buildWorkspaceExport(items, new Date('2026-11-22T10:00:00Z')));
    const back = parseWorkspaceImport(file);
    expect(back.ok && back.data.entries).toEqual({ 'scale-handbook:day-29:v1': '{"x":[1,2]}' });
  });

  it.each([
    ['not json', '{'],
    ['another format', JSON.stringify({ format: 'x', version: 1, exportedAt: '', entries: {} })],
    ['a foreign key', JSON.stringify({ format: 'scale-handbook/workspace', version: 1, exportedAt: '', entries: { theme: '1' } })],
    ['a damaged value', JSON.stringify({ format: 'scale-handbook/workspace', version: 1, exportedAt: '', entries: { 'scale-handbook:a:v1': '{' } })],
  ])('refuses %s', (_name, text) => {
    expect(parseWorkspaceImport(text).ok).toBe(false);
  });

  it('names only keys whose value would change', () => {
    const current = new Map([
      ['scale-handbook:a:v1', '1'],
      ['scale-handbook:b:v1', '2'],
    ]);
    const incoming = buildWorkspaceExport([['scale-handbook:a:v1', '1'], ['scale-handbook:b:v1', '3'], ['scale-handbook:c:v1', '4']], new Date());
    expect(conflictingKeys(current, incoming)).toEqual(['scale-handbook:b:v1']);
  });

  it('never throws on arbitrary import text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseWorkspaceImport(s).ok === 'boolean'));
  });
});
