import { z } from 'zod';
import * as zm from 'zod/mini';
import { parseJsonWith, readJson } from './json';

describe('parseJsonWith', () => {
  const read = parseJsonWith(z.object({ n: z.number() }));

  it.each<[string, ReturnType<typeof read>['ok'], string | null]>([
    ['{"n":1}', true, null],
    ['{"n":"1"}', false, 'invalid'],
    ['[]', false, 'invalid'],
    ['null', false, 'invalid'],
    ['{"n":1', false, 'not-json'],
    ['', false, 'not-json'],
    ['NaN', false, 'not-json'],
  ])('%j → ok %j (%j)', (text, ok, reason) => {
    const got = read(text);
    expect(got.ok).toBe(ok);
    if (!got.ok) expect(got.reason).toBe(reason);
  });

  it('returns the validated value and passes the schema error on', () => {
    expect(read('{"n":2,"extra":true}')).toEqual({ ok: true, value: { n: 2 } });
    const bad = read('{"n":"x"}');
    expect(bad.ok === false && bad.error instanceof Error).toBe(true);
  });

  it('takes zod/mini schemas too', () => {
    expect(parseJsonWith(zm.object({ s: zm.string() }))('{"s":"a"}')).toEqual({ ok: true, value: { s: 'a' } });
  });
});

describe('readJson', () => {
  it('never throws', () => {
    expect(readJson('{')).toEqual({ ok: false });
    expect(readJson('1')).toEqual({ ok: true, value: 1 });
  });
});
