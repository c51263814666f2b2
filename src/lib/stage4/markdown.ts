/** Small Markdown helpers for the Stage 4 exports. */

/** Escape the characters that would break a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (r: readonly string[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The recorded decision's lines: rationale and date, or that none is recorded. */
export function recordLines(rationale: string, decidedOn: string | null): string[] {
  if (!decidedOn) return ['_Not recorded yet._'];
  return [`Recorded on ${decidedOn}.`, '', rationale.trim() ? `Rationale: ${rationale.trim()}` : 'No rationale written.'];
}
