/**
 * The one thing persistence needs from a schema: `safeParse`. Both `zod` and `zod/mini` schemas fit;
 * client-side code uses `zod/mini` so the tools' bundles stay small. The tools' object schemas are built on
 * first use (`z.lazy`): a page evaluates every schema module it loads, and building them all was the larger
 * part of a tool page's first long task, for values most visits never read back.
 */
export interface Validator<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}
