/**
 * The facilitator's room view: several participants' exported files read together. Each file is
 * checked like an import (anything that is not a Day 29 export is refused by name); the same file
 * twice, under any name, counts once. Averages and spreads use answered items only: an unanswered item
 * is never a 0.
 */
import { flattenItems, scoreAssessment, type AssessmentDefinition } from './assessment/index';
import type { WorkshopDefinition } from './definition';
import { parseWorkshopImport, workshopExportSchemaFor, type WorkshopExport } from './export';
import type { AssessmentId, InputField, WorksheetId } from './worksheets/types';
import { ASSESSMENT_WORKSHEET, fieldDisplayLabel, fieldSlots, getWorksheet, worksheetGroups } from './worksheets/index';
import { isAnswered, type FieldValue } from './worksheets/values';

/** A dropped file: its name and its text. */
export interface RoomFile {
  name: string;
  text: string;
}

/** One participant: the first file name their export came in under, and the export. */
export interface RoomParticipant {
  /** The file name without ".json": how the room view names the participant. */
  label: string;
  fileName: string;
  data: WorkshopExport;
}

/** A file that was not read, and why. */
export interface RefusedFile {
  name: string;
  message: string;
}

/** A file skipped because the same export was already read under another (or the same) name. */
export interface DuplicateFile {
  name: string;
  sameAs: string;
}

/** The outcome of reading dropped files. */
export interface RoomFiles {
  participants: RoomParticipant[];
  refused: RefusedFile[];
  duplicates: DuplicateFile[];
}

/** min, median and max of a list of answered scores, and how many there are; null stats with none. */
export interface Spread {
  answered: number;
  min: number | null;
  median: number | null;
  max: number | null;
  mean: number | null;
}

/** The room's view of one assessment item. */
export interface RoomItem {
  itemId: string;
  label: string;
  categoryId: string;
  categoryLabel: string;
  spread: Spread;
  /** Participants whose score is a critical gap (below 5). */
  criticalCount: number;
  /** Participants whose score is a strength (7 or more). */
  strongCount: number;
  seedIndex: number;
}

/** The room's view of one category: the mean of participants' category scores (those with one). */
export interface RoomCategory {
  categoryId: string;
  label: string;
  mean: number | null;
  /** Participants with at least one answered item in the category. */
  participants: number;
}

/** The room's view of one assessment. */
export interface RoomAssessment {
  assessmentId: AssessmentId;
  title: string;
  overallMax: number;
  /** Mean of the participants' overall scores, over those who have one. */
  overallMean: number | null;
  /** Participants with an overall score. */
  overallParticipants: number;
  /** Each participant's overall score, in participant order (null while theirs is pending). */
  overallByParticipant: Array<number | null>;
  categories: RoomCategory[];
  items: RoomItem[];
  /** Items most often scored a critical gap, most often first (at most 3, never a count of 0). */
  commonGaps: RoomItem[];
  /** Items most often scored a strength, most often first (at most 3, never a count of 0). */
  commonStrengths: RoomItem[];
}

/** One worksheet question with every participant's answer, in participant order (null unanswered). */
export interface RoomQuestion {
  key: string;
  label: string;
  /** "Bottleneck 2" for a question inside a repeated group. */
  groupLabel: string | null;
  field: InputField;
  answers: FieldValue[];
}

/** One worksheet's questions side by side. */
export interface RoomWorksheet {
  worksheetId: WorksheetId;
  heading: string;
  questions: RoomQuestion[];
}

/** Everything the room view shows. */
export interface RoomSummary {
  participants: RoomParticipant[];
  assessments: RoomAssessment[];
  worksheets: RoomWorksheet[];
}

/** A key that is the same for two copies of one export, whatever their file names or key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Read dropped files in order: each becomes a participant, a refusal with its reason, or a duplicate. */
export function readRoomFiles(workshop: WorkshopDefinition, files: readonly RoomFile[]): RoomFiles {
  const workshopExportSchema = workshopExportSchemaFor(workshop);
  const participants: RoomParticipant[] = [];
  const refused: RefusedFile[] = [];
  const duplicates: DuplicateFile[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const result = parseWorkshopImport(workshop, file.text, workshopExportSchema);
    if (!result.ok) {
      refused.push({ name: file.name, message: result.message });
      continue;
    }
    const key = canonical(result.data);
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ name: file.name, sameAs: first });
      continue;
    }
    seen.set(key, file.name);
    participants.push({ label: file.name.replace(/\.json$/i, ''), fileName: file.name, data: result.data });
  }
  return { participants, refused, duplicates };
}

/** min, median, mean and max of the numbers given (the answered scores). */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { answered: 0, min: null, median: null, max: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return { answered: sorted.length, min: sorted[0]!, median, max: sorted[sorted.length - 1]!, mean };
}

const meanOf = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length);

function roomAssessment(workshop: WorkshopDefinition, def: AssessmentDefinition, participants: readonly RoomParticipant[]): RoomAssessment {
  const results = participants.map((p) => scoreAssessment(def, p.data.assessments[def.id].answers));
  const categories = def.categories.map((category, i) => {
    const scores = results.map((r) => r.categories[i]?.score ?? null).filter((s): s is number => s !== null);
    return { categoryId: category.id, label: category.label, mean: meanOf(scores), participants: scores.length };
  });
  const items = flattenItems(def).map(({ item, category, seedIndex }) => {
    const scores = participants
      .map((p) => p.data.assessments[def.id].answers[item.id])
      .filter((s): s is number => typeof s === 'number' && Number.isInteger(s) && s >= 0 && s <= def.itemMax);
    return {
      itemId: item.id,
      label: item.label,
      categoryId: category.id,
      categoryLabel: category.label,
      spread: spreadOf(scores),
      criticalCount: scores.filter((s) => s < 5).length,
      strongCount: scores.filter((s) => s >= 7).length,
      seedIndex,
    };
  });
  const overallByParticipant = results.map((r) => r.overall.score);
  const overalls = overallByParticipant.filter((s): s is number => s !== null);
  const commonGaps = items
    .filter((i) => i.criticalCount > 0)
    .sort((a, b) => b.criticalCount - a.criticalCount || (a.spread.mean ?? 0) - (b.spread.mean ?? 0) || a.seedIndex - b.seedIndex)
    .slice(0, 3);
  const commonStrengths = items
    .filter((i) => i.strongCount > 0)
    .sort((a, b) => b.strongCount - a.strongCount || (b.spread.mean ?? 0) - (a.spread.mean ?? 0) || a.seedIndex - b.seedIndex)
    .slice(0, 3);
  return {
    assessmentId: def.id,
    title: getWorksheet(workshop, ASSESSMENT_WORKSHEET[def.id]).heading,
    overallMax: def.overallMax,
    overallMean: meanOf(overalls),
    overallParticipants: overalls.length,
    overallByParticipant,
    categories,
    items,
    commonGaps,
    commonStrengths,
  };
}

function roomWorksheets(workshop: WorkshopDefinition, participants: readonly RoomParticipant[]): RoomWorksheet[] {
  return workshop.worksheets.map((def) => {
    // Show each repeated group as many times as the participant with the most rows has it.
    const counts = Object.fromEntries(
      worksheetGroups(def).map((g) => [g.id, Math.max(0, ...participants.map((p) => p.data.worksheets[def.id].groups[g.id]?.length ?? 0))]),
    );
    const questions: RoomQuestion[] = [];
    for (const slot of fieldSlots(def, counts)) {
      if (slot.field.type !== 'input') continue;
      const field = slot.field;
      const answers = participants.map((p) => {
        const values = p.data.worksheets[def.id];
        const value = slot.group ? values.groups[slot.group.group.id]?.[slot.group.index]?.[field.id] : values.fields[field.id];
        return isAnswered(value) ? (value ?? null) : null;
      });
      questions.push({
        key: slot.group ? `${slot.group.group.id}.${slot.group.index}.${field.id}` : field.id,
        label: fieldDisplayLabel(slot),
        groupLabel: slot.group?.instanceLabel ?? null,
        field,
        answers,
      });
    }
    return { worksheetId: def.id, heading: def.heading, questions };
  }).filter((w) => w.questions.length > 0);
}

/** The room view of the participants read: both assessments and every worksheet question side by side. */
export function summarizeRoom(workshop: WorkshopDefinition, participants: readonly RoomParticipant[]): RoomSummary {
  return {
    participants: [...participants],
    assessments: [roomAssessment(workshop, workshop.assessments.readiness, participants), roomAssessment(workshop, workshop.assessments.strategy, participants)],
    worksheets: roomWorksheets(workshop, participants),
  };
}
