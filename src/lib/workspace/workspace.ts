import * as z from 'zod/mini';
import { messages } from '../messages';
import { parseJsonWith, readJson } from '../persist/json';
import type { Validator } from '../persist/schema';

/** Every key the handbook writes starts with this. */
export const KEY_PREFIX = 'scale-handbook:';

/** Names of the tools as people know them, by storage id. */
export const toolNames: Record<string, string> = {
  'unit-economics': 'Unit economics',
  'scale-model': 'Scale model',
  'scale-model-scenarios': 'Scale model scenarios',
  'stage-planner': 'Stage planner',
  'carried-figures': 'Figures carried into the scale model',
  'scale-model-carried': 'Scale model: where carried figures came from',
  'icp-strategy': 'ICP strategy',
  'channel-tiers': 'Channel tiers',
  'org-design': 'Organization design',
  'day-29': 'Day 29 workshop (worksheets and assessments)',
  'automation-roi': 'Automation ROI',
  onboarding: 'Onboarding tracker',
  checklist: 'Checklist',
  'day-29-facilitator': 'Day 29 workshop timer',
};

/** One saved item, as found in storage. */
export interface SavedEntry {
  key: string;
  tool: string;
  /** What the entry is, for people: "Scale model", "Checklist: Stage 1 to 2". */
  label: string;
  version: number | null;
  bytes: number;
}

/** Split a key such as `scale-handbook:checklist:stage-1-to-2:v1` into its parts. */
export function describeKey(key: string): Omit<SavedEntry, 'bytes'> | null {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const parts = key.slice(KEY_PREFIX.length).split(':');
  const versionPart = parts.at(-1) ?? '';
  const version = /^v\d+$/.test(versionPart) ? Number(versionPart.slice(1)) : null;
  const nameParts = version === null ? parts : parts.slice(0, -1);
  const tool = nameParts[0] ?? '';
  if (!tool) return null;
  const detail = nameParts.slice(1).join(':');
  const base = toolNames[tool] ?? tool;
  // A slug reads as words: "stage-4-pitfalls" → "Stage 4 pitfalls".
  const words = detail.replace(/[-_]+/g, ' ').trim();
  const readable = words ? words[0]!.toUpperCase() + words.slice(1) : '';
  return { key, tool, label: readable ? `${base}: ${readable}` : base, version };
}

/** List the handbook's saved entries with their size (UTF-16 code units × 2, as browsers count quota). */
export function listSaved(items: Iterable<[string, string]>): SavedEntry[] {
  const out: SavedEntry[] = [];
  for (const [key, value] of items) {
    const described = describeKey(key);
    if (described) out.push({ ...described, bytes: (key.length + value.length) * 2 });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

/** Format and version of a whole-workspace export file. */
export const WORKSPACE_FORMAT = 'scale-handbook/workspace';
export const WORKSPACE_VERSION = 1;

const exportSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  exportedAt: z.string(),
  entries: z.record(z.string().check(z.startsWith(KEY_PREFIX)), z.string()),
});

/** A parsed workspace export. */
export type WorkspaceExport = z.infer<typeof exportSchema>;

/** Everything saved, as one JSON document. */
export function buildWorkspaceExport(items: Iterable<[string, string]>, exportedAt: Date): WorkspaceExport {
  const entries: Record<string, string> = {};
  for (const [key, value] of items) if (describeKey(key)) entries[key] = value;
  return { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exportedAt: exportedAt.toISOString(), entries };
}

/** Read an export file: valid JSON of the right format, each entry itself valid JSON under a handbook key. */
export function parseWorkspaceImport(text: string): { ok: true; data: WorkspaceExport } | { ok: false; message: string } {
  const checked = parseJsonWith(exportSchema)(text);
  if (!checked.ok) return { ok: false, message: messages.importInvalid };
  for (const [key, value] of Object.entries(checked.value.entries)) {
    if (!describeKey(key)) return { ok: false, message: messages.importInvalid };
    if (!readJson(value).ok) return { ok: false, message: `${messages.importInvalid} (The saved value for “${key}” is damaged.)` };
  }
  return { ok: true, data: checked.value };
}

/** Keys an import would overwrite with a different value (ask before replacing these). */
export function conflictingKeys(current: ReadonlyMap<string, string>, incoming: WorkspaceExport): string[] {
  return Object.entries(incoming.entries)
    .filter(([key, value]) => current.has(key) && current.get(key) !== value)
    .map(([key]) => key);
}

/** Saved checklist ticks (`scale-handbook:checklist:<id>:v1`): the ids of the ticked items. */
export const checklistEntrySchema = z.object({ checked: z.array(z.string()) });
/** Keys of saved checklists at the version the checklists read. */
export const CHECKLIST_ENTRY_KEY = /^scale-handbook:checklist:[a-z0-9]+(?:-[a-z0-9]+)*:v1$/;

/** The schema an import entry must pass, or null for a key this handbook doesn't know. */
export type EntryCheck = (key: string) => Validator<unknown> | null;

/** What an import holds that can't simply be written: entries of the wrong shape, and unknown keys. */
export interface ImportReview {
  /** Entries whose value fails their tool's schema: the import is refused, naming them. */
  invalid: Array<{ key: string; label: string }>;
  /** Keys no tool of this version reads (older versions, other sites): asked about, by name. */
  unknown: Array<{ key: string; label: string }>;
}

/** Check every entry with its tool's schema before anything is written. */
export function reviewImport(data: WorkspaceExport, checkFor: EntryCheck): ImportReview {
  const review: ImportReview = { invalid: [], unknown: [] };
  for (const [key, value] of Object.entries(data.entries)) {
    const label = describeKey(key)?.label ?? key;
    const schema = checkFor(key);
    if (!schema) {
      review.unknown.push({ key, label });
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      review.invalid.push({ key, label });
      continue;
    }
    if (!schema.safeParse(parsed).success) review.invalid.push({ key, label });
  }
  return review;
}

/** The message refusing an import with entries of the wrong shape, naming each. */
export function invalidEntriesMessage(invalid: ImportReview['invalid']): string {
  return `${messages.importInvalid} These entries don't match what their tool saves: ${invalid.map((e) => `“${e.label}”`).join(', ')}.`;
}
