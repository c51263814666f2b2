/**
 * JSON text → value → schema, once: every import, share link and stored value reads its text through
 * here, and each caller turns the reason into its own message.
 */
import type { Validator } from './schema';

/** Why a text was not accepted: not JSON at all, or JSON of the wrong shape. */
export type JsonRefusal = 'not-json' | 'invalid';

/** The outcome of reading a JSON text with a schema. */
export type JsonRead<T> = { ok: true; value: T } | { ok: false; reason: JsonRefusal; error?: unknown };

/** Parse JSON text without throwing. */
export function readJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A reader of JSON text that validates with `schema`; never throws. The schema's error is passed on for messages. */
export function parseJsonWith<T>(schema: Validator<T>): (text: string) => JsonRead<T> {
  return (text) => {
    const json = readJson(text);
    if (!json.ok) return { ok: false, reason: 'not-json' };
    const checked = schema.safeParse(json.value) as ReturnType<Validator<T>['safeParse']> & { error?: unknown };
    return checked.success ? { ok: true, value: checked.data } : { ok: false, reason: 'invalid', error: checked.error };
  };
}
