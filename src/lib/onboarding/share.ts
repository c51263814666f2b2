/**
 * The read-only share link a new hire sends their manager: role, start date, track, the ids of the
 * tasks done, the day the link was made and, if they choose, their name. Notes and done dates stay
 * in the browser.
 */
// lz-string is CommonJS: only its default export works both in the browser bundle and in Node at build time.
import LZString from 'lz-string';
import * as z from 'zod/mini';
import { messages } from '../messages';
import { isIsoDate } from './dates';
import { onboardingMessages } from './messages';
import type { ProgressSubject } from './progress';
import { idSchema, type Plan } from './schema';
import { isoDateSchema, type TrackedPlan } from './tracker';
import { parseJsonWith } from '../persist/json';

/** Version of the share payload, inside the payload (`v`). */
export const SHARE_VERSION = 1;

/**
 * The payload with short keys, as it travels in the link. `k` is a checksum of the rest: it does
 * not stop a determined editor, but it stops a link mangled in transit or edited by hand from
 * quietly showing someone else's dates.
 */
export const sharePayloadSchema = z.lazy(() =>
  z.strictObject({
    v: z.literal(SHARE_VERSION),
    r: idSchema,
    s: isoDateSchema,
    t: z.optional(idSchema),
    d: z.array(idSchema).check(z.maxLength(500)),
    n: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
    /** The day the link was made, so the reader knows how fresh the ticks are. */
    a: z.optional(isoDateSchema),
    k: z.string().check(z.regex(/^[0-9a-z]{1,8}$/)),
  }),
);

type SharePayload = z.output<typeof sharePayloadSchema>;

/** What a share link says about someone's onboarding. */
export interface SharedProgress {
  roleId: string;
  startDate: string;
  track?: string;
  doneTaskIds: string[];
  personName?: string;
  /** The day the link was made (`YYYY-MM-DD`), when the link says. */
  sharedOn?: string;
}

/** Why a link was refused; the person sees `message`, `reason` is for tests and diagnostics. */
export type ShareFailure = 'empty' | 'too-long' | 'not-compressed' | 'not-json' | 'invalid' | 'checksum' | 'unknown-role';

/** The outcome of reading a share link. `ignoredTaskIds` lists done ids the plan no longer has. */
export type DecodeResult =
  | { ok: true; value: SharedProgress; ignoredTaskIds: string[] }
  | { ok: false; message: string; reason: ShareFailure };

/** Finds a plan by role id (the data registry's `getPlan`). */
export type PlanLookup = (roleId: string) => Plan | undefined;

const MAX_LENGTH = 8000;

/** FNV-1a (32-bit) of the payload's fields in a fixed order, in base 36. */
function checksum(p: Omit<SharePayload, 'k'>): string {
  // The share date joins the list only when present, so links made without one keep their checksum.
  const text = JSON.stringify([p.v, p.r, p.s, p.t ?? null, p.d, p.n ?? null, ...(p.a !== undefined ? [p.a] : [])]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The share payload for a tracker. The name is left out unless `includeName` is true; `sharedOn`
 * (`YYYY-MM-DD`, usually today) is carried when it is a valid date.
 */
export function encodeProgress(tracker: TrackedPlan, options: { includeName?: boolean; sharedOn?: string } = {}): string {
  const fields: Omit<SharePayload, 'k'> = {
    v: SHARE_VERSION,
    r: tracker.roleId,
    s: tracker.startDate,
    ...(tracker.track ? { t: tracker.track } : {}),
    d: Object.keys(tracker.done).sort(),
    ...(options.includeName && tracker.personName ? { n: tracker.personName.trim() } : {}),
    ...(options.sharedOn !== undefined && isIsoDate(options.sharedOn) ? { a: options.sharedOn } : {}),
  };
  return LZString.compressToEncodedURIComponent(JSON.stringify({ ...fields, k: checksum(fields) }));
}

const fail = (reason: ShareFailure, message: string = messages.shareInvalid): DecodeResult => ({ ok: false, reason, message });

/**
 * Read a share payload. Anything damaged or edited (bad compression, JSON, shape or checksum) is
 * refused with a message, never applied in part. With `findPlan`, an unknown role is refused and
 * done ids the plan lacks are dropped.
 */
export function decodeProgress(payload: string, findPlan?: PlanLookup): DecodeResult {
  const text = payload.trim();
  if (text === '') return fail('empty');
  if (text.length > MAX_LENGTH) return fail('too-long');
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(text);
  } catch {
    json = null;
  }
  if (!json) return fail('not-compressed');
  const parsed = parseJsonWith(sharePayloadSchema)(json);
  if (!parsed.ok) return fail(parsed.reason);
  const { k, ...fields } = parsed.value;
  if (checksum(fields) !== k) return fail('checksum');
  const { r: roleId, s: startDate, t: track, d, n: personName, a: sharedOn } = fields;
  let doneTaskIds = [...new Set(d)];
  let ignoredTaskIds: string[] = [];
  if (findPlan) {
    const plan = findPlan(roleId);
    if (!plan) return fail('unknown-role', onboardingMessages.unknownRole(roleId));
    const known = new Set(plan.tasks.map((t) => t.id));
    ignoredTaskIds = doneTaskIds.filter((id) => !known.has(id));
    doneTaskIds = doneTaskIds.filter((id) => known.has(id));
  }
  const value: SharedProgress = {
    roleId,
    startDate,
    ...(track !== undefined ? { track } : {}),
    doneTaskIds,
    ...(personName !== undefined ? { personName } : {}),
    ...(sharedOn !== undefined ? { sharedOn } : {}),
  };
  return { ok: true, value, ignoredTaskIds };
}

/** A shared payload in the shape `progress` and the schedule take. */
export function sharedAsSubject(shared: SharedProgress): ProgressSubject {
  return {
    startDate: shared.startDate,
    track: shared.track,
    done: Object.fromEntries(shared.doneTaskIds.map((id) => [id, true])),
  };
}
