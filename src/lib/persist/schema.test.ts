import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

describe('schemas built on first use (z.lazy)', () => {
  it('builds the schema on the first read only, and validates as the schema does', () => {
    const build = vi.fn(() => z.object({ n: z.number() }));
    const v = z.lazy(build);
    expect(build).not.toHaveBeenCalled();
    expect(v.safeParse({ n: 1 })).toMatchObject({ success: true, data: { n: 1 } });
    expect(v.safeParse({ n: 'one' }).success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
