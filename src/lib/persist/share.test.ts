import fc from 'fast-check';
import { z } from 'zod';
import { decodeShare, encodeShare, shareFromHash, shareUrl } from './share';

const schema = z.object({ a: z.number().min(0) });

describe('share links', () => {
  it('round-trips inputs through the URL', () => {
    const payload = encodeShare('demo', 1, { a: 3 });
    const url = shareUrl('https://h.example/tools/demo/', payload);
    const back = shareFromHash(new URL(url).hash);
    expect(decodeShare(back!, 'demo', 1, schema)).toEqual({ ok: true, value: { a: 3 } });
  });
  it('refuses a tampered payload', () => {
    const payload = encodeShare('demo', 1, { a: 3 });
    expect(decodeShare(payload.slice(0, -4) + 'AAAA', 'demo', 1, schema).ok).toBe(false);
    expect(decodeShare('garbage!!', 'demo', 1, schema).ok).toBe(false);
  });
  it('refuses values outside the schema, another tool or another version', () => {
    expect(decodeShare(encodeShare('demo', 1, { a: -1 }), 'demo', 1, schema).ok).toBe(false);
    expect(decodeShare(encodeShare('other', 1, { a: 1 }), 'demo', 1, schema).ok).toBe(false);
    expect(decodeShare(encodeShare('demo', 2, { a: 1 }), 'demo', 1, schema).ok).toBe(false);
  });
  it('keeps "+" in payloads (part of the compressed alphabet)', () => {
    expect(shareFromHash('#share=ab+c-d$e')).toBe('ab+c-d$e');
    fc.assert(
      fc.property(fc.record({ a: fc.integer({ min: 0 }) }), (value) => {
        const url = shareUrl('https://h.example/t/', encodeShare('demo', 1, value));
        expect(decodeShare(shareFromHash(new URL(url).hash)!, 'demo', 1, schema)).toEqual({ ok: true, value });
      }),
    );
  });
  it('finds nothing in a hash without a share', () => {
    expect(shareFromHash('#top')).toBeNull();
  });
});
