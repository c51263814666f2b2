/** The room view as Markdown, for the facilitator's notes or the follow-up email. Numbers round here, through `format.ts`. */
import { formatNumber } from '../format';
import { renderInput, UNANSWERED } from './export-markdown';
import type { RoomAssessment, RoomSummary, Spread } from './room';

/** Table cells must not break the table: no pipes, no line breaks. */
function cell(text: string): string {
  // A pipe already escaped as Markdown text stays escaped once.
  return text.replace(/(?<!\\)\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}

const score = (value: number | null, digits = 1) => (value === null ? UNANSWERED : formatNumber(value, digits));
const spreadText = (s: Spread) => (s.answered === 0 ? UNANSWERED : `${score(s.min, 0)} / ${score(s.median)} / ${score(s.max, 0)}`);

function renderAssessment(a: RoomAssessment, people: number): string[] {
  const out = [`## ${a.title}`, ''];
  out.push(
    a.overallMean === null
      ? `Room overall: ${UNANSWERED} (no participant has an overall score yet)`
      : `Room overall: ${score(a.overallMean)}/${a.overallMax} (average of ${a.overallParticipants} of ${people} participants)`,
    '',
    '| Category | Room average (out of 10) | Participants |',
    '| --- | --- | --- |',
    ...a.categories.map((c) => `| ${cell(c.label)} | ${score(c.mean)} | ${c.participants} |`),
    '',
    '| Item | Category | Min / median / max | Answered |',
    '| --- | --- | --- | --- |',
    ...a.items.map((i) => `| ${cell(i.label)} | ${cell(i.categoryLabel)} | ${spreadText(i.spread)} | ${i.spread.answered} |`),
    '',
    '**Most common critical gaps** (scored below 5):',
    '',
    ...(a.commonGaps.length === 0 ? ['- none'] : a.commonGaps.map((i) => `- ${i.label} (${i.categoryLabel}): ${i.criticalCount} of ${people}`)),
    '',
    '**Most common strengths** (scored 7 or more):',
    '',
    ...(a.commonStrengths.length === 0 ? ['- none'] : a.commonStrengths.map((i) => `- ${i.label} (${i.categoryLabel}): ${i.strongCount} of ${people}`)),
    '',
  );
  return out;
}

/** The whole room view as Markdown: participants, both assessments, then each worksheet's answers side by side. */
export function exportRoomMarkdown(room: RoomSummary, exportedAt: Date): string {
  const people = room.participants.length;
  const out = ['# Day 29 room view', '', `${people} participants · made ${exportedAt.toISOString().slice(0, 10)}`, ''];
  out.push(...room.participants.map((p, i) => `${i + 1}. ${p.label}`), '');
  for (const a of room.assessments) out.push(...renderAssessment(a, people));
  out.push('## Worksheet answers', '');
  const header = `| Question | ${room.participants.map((p) => cell(p.label)).join(' | ')} |`;
  const rule = `| --- | ${room.participants.map(() => '---').join(' | ')} |`;
  for (const w of room.worksheets) {
    out.push(`### ${w.heading}`, '', header, rule);
    for (const q of w.questions) {
      const label = q.groupLabel && !q.label.startsWith(q.groupLabel) ? `${q.groupLabel}: ${q.label}` : q.label;
      out.push(`| ${cell(label)} | ${q.answers.map((a) => cell(renderInput(q.field, a, ' '))).join(' | ')} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
