/**
 * The one thing persistence needs from a schema: `safeParse`. Both `zod` and `zod/mini` schemas fit;
 * client-side code uses `zod/mini` so the tools' bundles stay small.
 */
export interface Validator<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}
