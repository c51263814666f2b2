import LZString from 'lz-string';
import type { Validator } from './schema';
import { messages } from '../messages';
import { readJson } from './json';

export { SHARE_PARAM, shareFromHash, shareUrl } from './share-hash';

/** Compress a tool's inputs into a URL-safe string, tagged with the tool and version. */
export function encodeShare<T>(tool: string, version: number, data: T): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify({ tool, v: version, data }));
}

/** Result of opening a share link. */
export type ShareResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Decompress and validate a share payload; anything tampered with or for another tool is refused. */
export function decodeShare<T>(payload: string, tool: string, version: number, schema: Validator<T>): ShareResult<T> {
  try {
    const text = LZString.decompressFromEncodedURIComponent(payload);
    if (!text) return { ok: false, message: messages.shareInvalid };
    const json = readJson(text);
    if (!json.ok) return { ok: false, message: messages.shareInvalid };
    const parsed = json.value as { tool?: unknown; v?: unknown; data?: unknown } | null;
    if (parsed?.tool !== tool || parsed?.v !== version) return { ok: false, message: messages.shareInvalid };
    const checked = schema.safeParse(parsed.data);
    return checked.success ? { ok: true, value: checked.data } : { ok: false, message: messages.shareInvalid };
  } catch {
    return { ok: false, message: messages.shareInvalid };
  }
}
