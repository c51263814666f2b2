/** Helpers to walk the Day 29 worksheets' fields (the worksheets themselves are in `src/data/workshop`). */
import type { WorkshopDefinition } from '../definition';
import type { AssessmentId, FieldGroup, InputField, WorksheetDefinition, WorksheetField, WorksheetId, WorksheetSection } from './types';

export * from './types';
export { MAX_PLAIN_NUMBER, UNIT_DEFAULTS } from './build';

/** The worksheet that holds each assessment's block. */
export const ASSESSMENT_WORKSHEET: Record<AssessmentId, WorksheetId> = { readiness: 'readiness', strategy: 'strategy-assessment' };

/** The worksheet with this id. */
export function getWorksheet(workshop: Pick<WorkshopDefinition, 'worksheets'>, id: WorksheetId): WorksheetDefinition {
  const def = workshop.worksheets.find((w) => w.id === id);
  // Unreachable for a WorksheetId; a failure here is a definition bug, so fail loudly in tests and builds.
  if (!def) throw new Error(`Unknown worksheet "${id}".`);
  return def;
}

/** Replace `{n}` in a group label with the instance number (1-based). */
export function numbered(label: string, n: number): string {
  return label.replaceAll('{n}', String(n));
}

/** The fields outside groups, in seed order (inputs, assessment scores and computed fields). */
export function topLevelFields(def: WorksheetDefinition): WorksheetField[] {
  return def.sections.flatMap((s) => s.entries.filter((e): e is WorksheetField => e.type !== 'group'));
}

/** The stored input fields outside groups. */
export function topLevelInputs(def: WorksheetDefinition): InputField[] {
  return topLevelFields(def).filter((f): f is InputField => f.type === 'input');
}

/** The repeatable groups of a worksheet. */
export function worksheetGroups(def: WorksheetDefinition): FieldGroup[] {
  return def.sections.flatMap((s) => s.entries.filter((e): e is FieldGroup => e.type === 'group'));
}

/** A field as it appears on the page: group fields once per instance, with `{n}` filled in. */
export interface FieldSlot {
  field: WorksheetField;
  section: WorksheetSection;
  /** The seed label with the instance number filled in. */
  label: string;
  /** Set for fields inside a repeatable group. */
  group?: { group: FieldGroup; index: number; n: number; instanceLabel: string };
}

/**
 * Every field slot of a worksheet in seed order, with each group repeated `groupCounts[groupId]` times
 * (its default count when not given).
 */
export function fieldSlots(def: WorksheetDefinition, groupCounts: Partial<Record<string, number>> = {}): FieldSlot[] {
  const slots: FieldSlot[] = [];
  for (const section of def.sections) {
    for (const entry of section.entries) {
      if (entry.type !== 'group') {
        slots.push({ field: entry, section, label: entry.label });
        continue;
      }
      const count = groupCounts[entry.id] ?? entry.defaultCount;
      for (let index = 0; index < count; index++) {
        const n = index + 1;
        const instanceLabel = numbered(entry.instanceLabel, n);
        for (const field of entry.fields) {
          slots.push({ field, section, label: numbered(field.label, n), group: { group: entry, index, n, instanceLabel } });
        }
      }
    }
  }
  return slots;
}

/** How a worksheet's blanks are covered, with groups at the given (or default) counts. */
export interface BlankCoverage {
  /** Inputs stored with the worksheet that stand for a seed blank. */
  inputs: number;
  /** Inputs the seed offers as a list of options instead of a blank (no blank to count). */
  optionInputs: number;
  /** `___/10` blanks stored with an assessment. */
  assessmentScores: number;
  /** Blanks shown as computed values. */
  computed: number;
  /** Seed blanks covered: inputs + assessment scores + computed. */
  blanks: number;
}

/** Count how a worksheet covers the seed's blanks. */
export function blankCoverage(def: WorksheetDefinition, groupCounts: Partial<Record<string, number>> = {}): BlankCoverage {
  const c = { inputs: 0, optionInputs: 0, assessmentScores: 0, computed: 0 };
  for (const { field } of fieldSlots(def, groupCounts)) {
    if (field.type === 'computed') c.computed += 1;
    else if (field.type === 'assessment-score') c.assessmentScores += 1;
    else if (field.kind === 'choice' && !field.fromBlank) c.optionInputs += 1;
    else c.inputs += 1;
  }
  return { ...c, blanks: c.inputs + c.assessmentScores + c.computed };
}

/** A readable name for a field: "Salary range (minimum)", numbered list items as "Core Values 1". */
export function fieldDisplayLabel(slot: Pick<FieldSlot, 'field' | 'label' | 'section'>): string {
  const base = /^\d+$/.test(slot.label) && slot.section.heading ? `${slot.section.heading} ${slot.label}` : slot.label;
  return slot.field.partLabel ? `${base} (${slot.field.partLabel})` : base;
}
