import { z } from 'zod';
import { decodeStored, migrateStored, storageKey, type VersionedSpec } from './versioned';

const schema = z.object({ name: z.string(), count: z.number().int().min(0) });
type Shape = z.infer<typeof schema>;
const spec: VersionedSpec<Shape> = {
  tool: 'demo',
  version: 2,
  schema,
  defaults: { name: '', count: 0 },
  migrations: { 1: (old) => ({ name: (old as { title: string }).title, count: 0 }) },
};

describe('versioned storage', () => {
  it('names keys with the tool and version', () => {
    expect(storageKey('unit-economics', 1)).toBe('scale-handbook:unit-economics:v1');
  });
  it('reads a valid value back', () => {
    expect(decodeStored('{"name":"a","count":2}', spec)).toEqual({ value: { name: 'a', count: 2 }, notice: null });
  });
  it('turns corrupt JSON into the defaults with a notice', () => {
    expect(decodeStored('{not json', spec)).toEqual({ value: spec.defaults, notice: 'corrupt' });
  });
  it('turns a wrong shape into the defaults with a notice', () => {
    expect(decodeStored('{"name":3,"count":-1}', spec)).toEqual({ value: spec.defaults, notice: 'corrupt' });
  });
  it('starts from the defaults when nothing is stored', () => {
    expect(decodeStored(undefined, spec)).toEqual({ value: spec.defaults, notice: null });
  });
  it('migrates an old version', () => {
    expect(migrateStored('{"title":"old"}', 1, spec)).toEqual({ value: { name: 'old', count: 0 }, notice: 'migrated' });
  });
  it('discards an old version that cannot be migrated', () => {
    expect(migrateStored('{"nothing":true}', 1, spec)).toEqual({ value: spec.defaults, notice: 'discarded' });
    expect(migrateStored('{"title":"x"}', 0, spec)).toEqual({ value: spec.defaults, notice: 'discarded' });
  });
});
