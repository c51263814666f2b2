/**
 * A readable Markdown copy of everything a participant filled in: the worksheets in seed order under
 * the seed's headings, one line per seed line, "—" for anything unanswered, computed blanks filled in.
 * Numbers go through `src/lib/format.ts`, the one place that rounds.
 */
import { escapeMarkdownText } from '../markdown';
import { formatMonths, formatNumber, formatRatio, formatUsd } from '../format';
import { scoreAssessment, sortSnapshots, type AssessmentDefinition } from './assessment/index';
import type { WorkshopDefinition } from './definition';
import { computeWorkshopResults, OUTPUT_NOTE_TEXT, resolveOutput, type ResolvedOutput, type WorkshopResults } from './outputs';
import type { AssessmentState, WorkshopState } from './state';
import { ASSESSMENT_WORKSHEET, getWorksheet, numbered } from './worksheets/index';
import { isAnswered, type FieldValue, type WorksheetValues } from './worksheets/values';
import type { ComputedField, FieldGroup, InputField, WorksheetDefinition, WorksheetField, WorksheetSection } from './worksheets/types';

/** Shown for anything unanswered. */
export const UNANSWERED = '—';

/** The Markdown export of a participant's workshop. */
export function exportWorkshopMarkdown(workshop: WorkshopDefinition, state: WorkshopState, exportedAt: Date): string {
  const results = computeWorkshopResults(workshop, state);
  const out: string[] = ['# Day 29: Scaling Strategy & Infrastructure Planning', '', `Exported ${utcStamp(exportedAt.toISOString())}`, ''];
  for (const part of workshop.agenda) {
    const defs = workshop.worksheets.filter((w) => w.exercise === part.id);
    if (defs.length === 0) continue;
    out.push(`## ${part.label}`, '');
    for (const def of defs) out.push(...renderWorksheet(def, state, results));
  }
  out.push(...renderSnapshots(workshop, state));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderWorksheet(def: WorksheetDefinition, state: WorkshopState, results: WorkshopResults): string[] {
  const values = state.worksheets[def.id];
  const out = [`### ${def.heading}`, '', `**${def.title}**`, ''];
  for (const section of def.sections) {
    if (section.heading !== null) out.push(`${section.level === 2 ? '#####' : '####'} ${section.heading}`, '');
    const fields: WorksheetField[] = [];
    const flush = () => {
      out.push(...renderFieldLines(fields.splice(0), section, '', (f, more) => renderField(f, values.fields[f.id], state, results, more)));
    };
    for (const entry of section.entries) {
      if (entry.type === 'group') {
        flush();
        out.push(...renderGroup(entry, values, section));
      } else fields.push(entry);
    }
    flush();
    if (section.entries.length > 0) out.push('');
  }
  if (def.id === 'automation') out.push(...renderAutomationInputs(state), '');
  return out;
}

function renderGroup(group: FieldGroup, values: WorksheetValues, section: WorksheetSection): string[] {
  const out: string[] = [];
  (values.groups[group.id] ?? []).forEach((row, index) => {
    const n = index + 1;
    const instance = numbered(group.instanceLabel, n);
    const [first, ...rest] = group.fields;
    // A group whose first field is the instance's name prints as "Bottleneck 1: <name>", like the seed.
    const named = first !== undefined && numbered(first.label, n) === instance;
    out.push(named ? `- ${instance}: ${renderInput(first, row[first.id], '  ')}` : `- ${instance}`);
    out.push(...renderFieldLines(named ? rest : group.fields, section, '  ', (f, more) => renderInput(f as InputField, row[f.id], more), n));
  });
  return out;
}

/** One list line per seed line: two-part lines ("$a–$b", "a → b", "a (+b)") are joined back together. */
function renderFieldLines(
  fields: WorksheetField[],
  section: WorksheetSection,
  indent: string,
  render: (f: WorksheetField, continuation: string) => string,
  n = 1,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as WorksheetField;
    const next = fields[i + 1];
    const label = numbered(field.label, n);
    const isNumbered = /^\d+$/.test(label) && section.heading !== null;
    // Further lines of a multi-line answer line up under the item's text so they stay in the item.
    const continuation = indent + ' '.repeat(isNumbered ? label.length + 2 : 2);
    let value = render(field, continuation);
    if (field.partLabel && next?.partLabel && next.label === field.label) {
      value = joinParts(field.partLabel, value, render(next, continuation));
      i += 1;
    }
    out.push(isNumbered ? `${indent}${label}. ${value}` : `${indent}- ${label}: ${value}`);
  }
  return out;
}

function joinParts(firstPart: string, a: string, b: string): string {
  if (a === UNANSWERED && b === UNANSWERED) return UNANSWERED;
  if (firstPart === 'target') return `${a} (${b})`;
  return firstPart === 'from' ? `${a} → ${b}` : `${a} – ${b}`;
}

function renderField(field: WorksheetField, value: FieldValue | undefined, state: WorkshopState, results: WorkshopResults, continuation: string): string {
  if (field.type === 'input') return renderInput(field, value, continuation);
  if (field.type === 'assessment-score') {
    const score = state.assessments[field.assessment].answers[field.itemId];
    return typeof score === 'number' ? `${formatNumber(score, 0)}/10` : UNANSWERED;
  }
  return renderComputed(field, results);
}

/** A computed blank as text ("5:1", "— (never pays back)"), the same on the page, in print and in the export. */
export function renderComputed(field: ComputedField, results: WorkshopResults): string {
  return renderOutput(field.output.kind === 'automation' ? field.output.metric : field.output.kind, resolveOutput(field.output, results));
}

function renderOutput(what: string, out: ResolvedOutput): string {
  if (out.kind === 'item') {
    return out.item ? `${out.item.label} (${out.item.categoryLabel}, ${out.item.score}/10)` : UNANSWERED;
  }
  if (out.value === null) return out.note ? `${UNANSWERED} (${OUTPUT_NOTE_TEXT[out.note]})` : UNANSWERED;
  switch (what) {
    case 'totalHoursSavedPerWeek':
      return `${formatNumber(out.value, 1)} hours/week`;
    case 'monthlyCostUsd':
    case 'monthlySavingsUsd':
      return `${formatUsd(out.value)}/month`;
    case 'roiRatio':
      return formatRatio(out.value);
    case 'paybackMonths':
      return formatMonths(out.value);
    default:
      return `${formatNumber(out.value, 1)}/${out.max ?? ''}`;
  }
}

/** An answer as text; `continuation` indents the further lines of multi-line text so they stay in the list item. */
export function renderInput(field: InputField, value: FieldValue | undefined, continuation = '  '): string {
  if (!isAnswered(value) || value === undefined || value === null) return UNANSWERED;
  if (typeof value === 'string') {
    const text = escapeMarkdownText(value.trim()).replace(/\r?\n/g, `\n${continuation}`);
    return field.prefix ? `${field.prefix} ${text}` : text;
  }
  if (field.kind === 'month') return `Month ${formatNumber(value, 0)}`;
  if (field.kind !== 'number') return String(value);
  const n = formatNumber(value, 2);
  const word = field.prefix && field.prefix !== '$' && field.prefix !== '+' ? `${field.prefix} ` : '';
  switch (field.unit) {
    case 'usd':
      return word + formatUsd(value);
    case 'usd-per-month':
    case 'usd-per-person-year':
      return `${word}${formatUsd(value)}${field.suffix ?? ''}`;
    case 'pct':
      return `${word}${n}${field.suffix ?? '%'}`;
    case 'months':
      return word + formatMonths(value, 2);
    case 'weeks':
      return `${word}${n} ${value === 1 ? 'week' : 'weeks'}`;
    case 'multiplier':
      return `${word}${n}x current`;
    case 'percentile':
      return `${word}${n}${ordinalSuffix(value)} percentile`;
    case 'count':
      if (field.prefix === '+') return `${value > 0 ? '+' : ''}${n}`;
      return `${word}${n}${field.suffix ? ` ${field.suffix}` : ''}`;
    default:
      return `${word}${n}${field.suffix ? ` ${field.suffix}` : ''}`;
  }
}

/** "st", "nd", "rd" or "th" for a percentile. */
export function ordinalSuffix(value: number): string {
  if (!Number.isInteger(value)) return 'th';
  const mod100 = Math.abs(value) % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[mod100 % 10] ?? 'th';
}

function renderAutomationInputs(state: WorkshopState): string[] {
  const rate = state.automation.loadedHourlyCostUsd;
  const rows = state.worksheets.automation.groups['automations'] ?? [];
  return [
    '_Calculation inputs (not printed on the worksheet):_',
    '',
    `- Loaded hourly cost: ${rate === null ? UNANSWERED : `${formatUsd(rate)}/hour`}`,
    ...rows.map((_, i) => {
      const cost = state.automation.oneTimeCostsUsd[i] ?? null;
      return `- One-time cost, High Impact Automation ${i + 1}: ${cost === null ? UNANSWERED : formatUsd(cost)}`;
    }),
  ];
}

function renderSnapshots(workshop: WorkshopDefinition, state: WorkshopState): string[] {
  const blocks: Array<[AssessmentDefinition, AssessmentState, string]> = [
    [workshop.assessments.readiness, state.assessments.readiness, getWorksheet(workshop, ASSESSMENT_WORKSHEET.readiness).heading],
    [workshop.assessments.strategy, state.assessments.strategy, getWorksheet(workshop, ASSESSMENT_WORKSHEET.strategy).heading],
  ];
  if (blocks.every(([, s]) => s.snapshots.length === 0)) return [];
  const out = ['', '## Saved snapshots', ''];
  for (const [def, s, heading] of blocks) {
    if (s.snapshots.length === 0) continue;
    out.push(`### ${heading}`, '');
    for (const snap of sortSnapshots(s.snapshots)) {
      const r = scoreAssessment(def, snap.answers);
      const overall = r.overall.score === null ? UNANSWERED : `${formatNumber(r.overall.score, 1)}/${r.overall.max}`;
      out.push(`- ${utcStamp(snap.takenAt)}: ${def.overallLabel} ${overall} (${r.answeredItems} of ${r.totalItems} items answered)`);
    }
    out.push('');
  }
  return out;
}

function utcStamp(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}
