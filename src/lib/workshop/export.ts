/**
 * Export and import of everything a participant filled in. JSON for moving between browsers
 * (`{ format: 'scale-handbook/day-29', version: 1, exportedAt, worksheets, assessments, automation }`),
 * Markdown for reading (see `export-markdown.ts`).
 */
import * as z from 'zod/mini';
import { describeIssue } from '../issues';
import { answersSchema, flattenItems, snapshotSchema, type AssessmentDefinition } from './assessment/index';
import type { WorkshopDefinition } from './definition';
import { workshopMessages } from './messages';
import { workshopAutomationSchemaFor, type AssessmentState, type WorkshopState } from './state';
import { ASSESSMENT_WORKSHEET, fieldDisplayLabel, fieldSlots, getWorksheet, worksheetGroups } from './worksheets/index';
import { workshopWorksheetsSchemaFor } from './worksheets/values';
import { readJson } from '../persist/json';

export { exportWorkshopMarkdown } from './export-markdown';

/** The export's format name. */
export const WORKSHOP_EXPORT_FORMAT = 'scale-handbook/day-29';
/** The export's version; bump it (and migrate) when the shape changes. */
export const WORKSHOP_EXPORT_VERSION = 1;
/** Most snapshots kept per assessment in one file. */
export const MAX_SNAPSHOTS = 200;

/** Schema of one assessment's stored answers and snapshots (also what an assessment's share link carries). */
export function assessmentStateSchema(def: AssessmentDefinition): z.ZodMiniType<AssessmentState> {
  return z.object({ answers: answersSchema(def), snapshots: z.array(snapshotSchema(def)).check(z.maxLength(MAX_SNAPSHOTS)) });
}

/** A parsed export: the workshop state plus its header. */
export interface WorkshopExport extends WorkshopState {
  format: typeof WORKSHOP_EXPORT_FORMAT;
  version: typeof WORKSHOP_EXPORT_VERSION;
  exportedAt: string;
}

/** Schema of each assessment's stored answers and snapshots. */
export function assessmentStateSchemasFor(workshop: Pick<WorkshopDefinition, 'assessments'>): Record<'readiness' | 'strategy', z.ZodMiniType<AssessmentState>> {
  return {
    readiness: assessmentStateSchema(workshop.assessments.readiness),
    strategy: assessmentStateSchema(workshop.assessments.strategy),
  };
}

function stateShape(workshop: WorkshopDefinition) {
  return {
    worksheets: workshopWorksheetsSchemaFor(workshop),
    assessments: z.object(assessmentStateSchemasFor(workshop)),
    automation: workshopAutomationSchemaFor(workshop),
  };
}

/** Schema of the workshop state as stored in the browser. */
export function workshopStateSchemaFor(workshop: WorkshopDefinition): z.ZodMiniType<WorkshopState> {
  return z.object(stateShape(workshop));
}

/** Schema of a JSON export; parsing fills anything missing as unanswered. */
export function workshopExportSchemaFor(workshop: WorkshopDefinition): z.ZodMiniType<WorkshopExport> {
  return z.object({
    ...stateShape(workshop),
    format: z.literal(WORKSHOP_EXPORT_FORMAT),
    version: z.literal(WORKSHOP_EXPORT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
  });
}

/** Build the export object for a state at a given time. */
export function buildWorkshopExport(state: WorkshopState, exportedAt: Date): WorkshopExport {
  return {
    format: WORKSHOP_EXPORT_FORMAT,
    version: WORKSHOP_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    worksheets: state.worksheets,
    assessments: state.assessments,
    automation: state.automation,
  };
}

/** The JSON text of an export (indented, so it is readable and diffable). */
export function exportWorkshopJson(state: WorkshopState, exportedAt: Date): string {
  return JSON.stringify(buildWorkshopExport(state, exportedAt), null, 2);
}

/** The result of reading an import. */
export type WorkshopImportResult = { ok: true; data: WorkshopExport } | { ok: false; message: string };

/** Read an exported file's text: corrupt JSON, a foreign file, another version or a bad value each get their own message. */
export function parseWorkshopImport(
  workshop: WorkshopDefinition,
  text: string,
  workshopExportSchema: z.ZodMiniType<WorkshopExport> = workshopExportSchemaFor(workshop),
): WorkshopImportResult {
  const json = readJson(text);
  if (!json.ok) return { ok: false, message: workshopMessages.importNotJson };
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: workshopMessages.importWrongFormat };
  const header = raw as { format?: unknown; version?: unknown };
  if (header.format !== WORKSHOP_EXPORT_FORMAT) return { ok: false, message: workshopMessages.importWrongFormat };
  if (header.version !== WORKSHOP_EXPORT_VERSION) return { ok: false, message: workshopMessages.importWrongVersion(header.version) };
  const parsed = workshopExportSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: workshopMessages.importBadValues(describeIssuePath(workshop, issue?.path ?? []), describeIssue(issue)) };
}

/** The workshop state carried by an import. */
export function stateFromImport(data: WorkshopExport): WorkshopState {
  return { worksheets: data.worksheets, assessments: data.assessments, automation: data.automation };
}

/** Turn a schema path into words people recognise: "Talent Acquisition Strategy › Position 2 › Salary range (minimum)". */
export function describeIssuePath(workshop: WorkshopDefinition, path: ReadonlyArray<PropertyKey>): string {
  const [top, worksheetId, kind, groupOrField, index, groupField] = path;
  if (top === 'worksheets' && typeof worksheetId === 'string') {
    const def = workshop.worksheets.find((w) => w.id === worksheetId);
    if (def) {
      const slots = fieldSlots(def, Object.fromEntries(worksheetGroups(def).map((g) => [g.id, g.maxCount])));
      const slot =
        kind === 'fields'
          ? slots.find((s) => !s.group && s.field.id === groupOrField)
          : slots.find((s) => s.group?.group.id === groupOrField && s.group?.index === index && s.field.id === groupField);
      if (slot) {
        const parts = [def.heading, slot.group?.instanceLabel, fieldDisplayLabel(slot)].filter((p): p is string => Boolean(p));
        return parts.filter((p, i) => p !== parts[i - 1]).join(' › ');
      }
      return def.heading;
    }
  }
  if (top === 'assessments' && (worksheetId === 'readiness' || worksheetId === 'strategy')) {
    const def = workshop.assessments[worksheetId];
    const heading = getWorksheet(workshop, ASSESSMENT_WORKSHEET[def.id]).heading;
    if (kind === 'answers') {
      const item = flattenItems(def).find((x) => x.item.id === groupOrField)?.item;
      return item ? `${heading} › ${item.label}` : heading;
    }
    if (kind === 'snapshots' && typeof groupOrField === 'number') return `${heading} › saved snapshot ${groupOrField + 1}`;
    return heading;
  }
  if (top === 'automation') return 'Automation ROI inputs';
  return path.length > 0 ? path.map(String).join(' › ') : 'the file';
}

/** "day-29-workshop-2025-01-31" for a file exported at that local date. */
export function exportFileStem(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `day-29-workshop-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
