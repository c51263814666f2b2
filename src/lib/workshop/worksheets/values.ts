/**
 * What a participant fills in: values per worksheet, keyed by the definitions' field ids.
 * Values hold only valid entries (a number within its bounds, an offered option, text); the UI keeps
 * anything invalid in its own input box with the message from `parseFieldInput` until it is fixed.
 * `null` is unanswered; so is text that is empty or only spaces.
 */
import * as z from 'zod/mini';
import { parseNumber } from '../../parse';
import { validateNumber } from '../../messages';
import { workshopMessages } from '../messages';
import type { WorkshopDefinition } from '../definition';
import { fieldSlots, topLevelInputs, worksheetGroups } from './index';
import type { FieldGroup, InputField, WorksheetDefinition, WorksheetId } from './types';

/** One answer: a number, text, an option, or null for unanswered. */
export type FieldValue = number | string | null;

/** One instance of a repeatable group, by field id. */
export type GroupRow = Record<string, FieldValue>;

/** A worksheet's answers: top-level fields by id, and each group's rows in order. */
export interface WorksheetValues {
  fields: Record<string, FieldValue>;
  groups: Record<string, GroupRow[]>;
}

/** Every worksheet's answers. */
export type WorkshopWorksheets = Record<WorksheetId, WorksheetValues>;

/** Longest text answer kept (a paragraph or two; protects storage from pasted documents). */
export const MAX_TEXT_LENGTH = 5000;

/** True when a value counts as answered. */
export function isAnswered(value: FieldValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  return typeof value === 'string' ? value.trim() !== '' : true;
}

/** A group row with every field unanswered. */
export function emptyGroupRow(group: FieldGroup): GroupRow {
  return Object.fromEntries(group.fields.map((f) => [f.id, null]));
}

/** A fresh worksheet: every field unanswered, each group at its default count. */
export function emptyWorksheetValues(def: WorksheetDefinition): WorksheetValues {
  return {
    fields: Object.fromEntries(topLevelInputs(def).map((f) => [f.id, null])),
    groups: Object.fromEntries(worksheetGroups(def).map((g) => [g.id, Array.from({ length: g.defaultCount }, () => emptyGroupRow(g))])),
  };
}

/** Fresh answers for all worksheets. */
export function emptyWorksheets(workshop: Pick<WorkshopDefinition, 'worksheets'>): WorkshopWorksheets {
  return Object.fromEntries(workshop.worksheets.map((w) => [w.id, emptyWorksheetValues(w)])) as WorkshopWorksheets;
}

/** The schema of one field's stored value (null allowed). */
export function fieldValueSchema(field: InputField): z.ZodMiniType<FieldValue> {
  switch (field.kind) {
    case 'text':
      return z.nullable(z.string().check(z.maxLength(MAX_TEXT_LENGTH)));
    case 'choice':
      return z.nullable(z.enum(field.options as [string, ...string[]]));
    case 'month':
      return z.nullable(z.int().check(z.minimum(field.min), z.maximum(field.max)));
    case 'number': {
      const bounds = [
        ...(field.min === null ? [] : [z.minimum(field.min)]),
        ...(field.max === null ? [] : [z.maximum(field.max)]),
      ];
      return z.nullable((field.integer ? z.int() : z.number()).check(...bounds));
    }
  }
}

function rowSchema(fields: InputField[]) {
  const shape = Object.fromEntries(fields.map((f) => [f.id, z.optional(fieldValueSchema(f))]));
  // Absent fields read as unanswered, so the result always lists every field.
  return z.pipe(
    z.strictObject(shape),
    z.transform((row) => Object.fromEntries(fields.map((f) => [f.id, row[f.id] ?? null])) as GroupRow),
  );
}

/** Schema of one worksheet's stored answers; missing fields and groups are filled in as unanswered/default. */
export function worksheetValuesSchema(def: WorksheetDefinition) {
  const groups = worksheetGroups(def);
  const groupShape = Object.fromEntries(
    groups.map((g) => [g.id, z.optional(z.array(rowSchema(g.fields)).check(z.minLength(g.minCount), z.maxLength(g.maxCount)))]),
  );
  return z.pipe(
    z.object({ fields: z.optional(rowSchema(topLevelInputs(def))), groups: z.optional(z.strictObject(groupShape)) }),
    z.transform((raw): WorksheetValues => {
      const empty = emptyWorksheetValues(def);
      const rawGroups = (raw.groups ?? {}) as Record<string, GroupRow[] | undefined>;
      return {
        fields: raw.fields ?? empty.fields,
        groups: Object.fromEntries(groups.map((g) => [g.id, rawGroups[g.id] ?? empty.groups[g.id] ?? []])),
      };
    }),
  );
}

/** Schema of every worksheet's answers; a missing worksheet reads as fresh. */
export function workshopWorksheetsSchemaFor(workshop: Pick<WorkshopDefinition, 'worksheets'>): z.ZodMiniType<WorkshopWorksheets> {
  const worksheets = workshop.worksheets;
  return z.pipe(
    z.strictObject(Object.fromEntries(worksheets.map((w) => [w.id, z.optional(worksheetValuesSchema(w))]))),
    z.transform((raw): WorkshopWorksheets => {
      const r = raw as Partial<Record<WorksheetId, WorksheetValues>>;
      return Object.fromEntries(worksheets.map((w) => [w.id, r[w.id] ?? emptyWorksheetValues(w)])) as WorkshopWorksheets;
    }),
  );
}

/** Result of reading what someone typed into a field. */
export type FieldInputResult = { ok: true; value: FieldValue } | { ok: false; message: string };

/** Read a field's typed text: empty is unanswered (null); otherwise the value or the message to show. */
export function parseFieldInput(field: InputField, raw: string): FieldInputResult {
  if (field.kind === 'text') {
    if (raw.length > MAX_TEXT_LENGTH) return { ok: false, message: workshopMessages.textTooLong(MAX_TEXT_LENGTH) };
    return { ok: true, value: raw.trim() === '' ? null : raw };
  }
  if (raw.trim() === '') return { ok: true, value: null };
  if (field.kind === 'choice') {
    const option = field.options.find((o) => o.toLowerCase() === raw.trim().toLowerCase());
    return option ? { ok: true, value: option } : { ok: false, message: workshopMessages.chooseOption(field.options) };
  }
  const rule =
    field.kind === 'month'
      ? { min: field.min, max: field.max, integer: true }
      : { min: field.min ?? undefined, max: field.max ?? undefined, integer: field.integer };
  const result = validateNumber(raw, parseNumber(raw), rule);
  if (result === null) return { ok: true, value: null };
  return result.ok ? { ok: true, value: result.value } : result;
}

/** A problem with an answer, for the message next to the field. */
export interface FieldIssue {
  fieldId: string;
  groupId?: string;
  index?: number;
  message: string;
}

/** Problems across fields that each look fine alone (a salary range whose minimum is above its maximum). */
export function crossFieldIssues(def: WorksheetDefinition, values: WorksheetValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (def.id === 'hiring') {
    (values.groups['positions'] ?? []).forEach((row, index) => {
      const min = row['salary-min-usd'];
      const max = row['salary-max-usd'];
      if (typeof min === 'number' && typeof max === 'number' && min > max) {
        issues.push({ fieldId: 'salary-max-usd', groupId: 'positions', index, message: workshopMessages.salaryRangeReversed });
      }
    });
  }
  return issues;
}

/** Set a top-level field (returns new values; the input is not changed). */
export function setFieldValue(values: WorksheetValues, fieldId: string, value: FieldValue): WorksheetValues {
  return { ...values, fields: { ...values.fields, [fieldId]: value } };
}

/** Set a field of one group row (returns new values). Out-of-range rows leave the values unchanged. */
export function setGroupValue(values: WorksheetValues, groupId: string, index: number, fieldId: string, value: FieldValue): WorksheetValues {
  const rows = values.groups[groupId];
  const row = rows?.[index];
  if (!rows || !row) return values;
  const next = rows.map((r, i) => (i === index ? { ...r, [fieldId]: value } : r));
  return { ...values, groups: { ...values.groups, [groupId]: next } };
}

/** Result of adding or removing a group row: the new values, or why not. */
export type RowChange = { ok: true; values: WorksheetValues } | { ok: false; message: string };

/** Add an empty row at the end of a group, within its maximum. */
export function addGroupRow(def: WorksheetDefinition, values: WorksheetValues, groupId: string): RowChange {
  const group = worksheetGroups(def).find((g) => g.id === groupId);
  if (!group) return { ok: false, message: `Unknown group "${groupId}".` };
  const rows = values.groups[groupId] ?? [];
  if (rows.length >= group.maxCount) return { ok: false, message: workshopMessages.groupFull(group.maxCount) };
  return { ok: true, values: { ...values, groups: { ...values.groups, [groupId]: [...rows, emptyGroupRow(group)] } } };
}

/** Remove one row of a group, keeping its minimum. Later rows move up (their numbers shift by one). */
export function removeGroupRow(def: WorksheetDefinition, values: WorksheetValues, groupId: string, index: number): RowChange {
  const group = worksheetGroups(def).find((g) => g.id === groupId);
  if (!group) return { ok: false, message: `Unknown group "${groupId}".` };
  const rows = values.groups[groupId] ?? [];
  if (index < 0 || index >= rows.length) return { ok: false, message: `No row ${index + 1}.` };
  if (rows.length <= group.minCount) return { ok: false, message: workshopMessages.groupAtMinimum(group.minCount) };
  return { ok: true, values: { ...values, groups: { ...values.groups, [groupId]: rows.filter((_, i) => i !== index) } } };
}

/** How many of a worksheet's stored inputs are answered (assessment scores and computed fields not included). */
export function worksheetProgress(def: WorksheetDefinition, values: WorksheetValues): { answered: number; total: number } {
  const counts = Object.fromEntries(Object.entries(values.groups).map(([id, rows]) => [id, rows.length]));
  let answered = 0;
  let total = 0;
  for (const slot of fieldSlots(def, counts)) {
    if (slot.field.type !== 'input') continue;
    total += 1;
    const value = slot.group ? values.groups[slot.group.group.id]?.[slot.group.index]?.[slot.field.id] : values.fields[slot.field.id];
    if (isAnswered(value)) answered += 1;
  }
  return { answered, total };
}
