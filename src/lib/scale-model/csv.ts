/**
 * The month-by-month plan as CSV for a spreadsheet: one header row, then for each month one row per role
 * and one "All roles" row with the plan's totals. Figures are unrounded (the spreadsheet formats them);
 * text is quoted where needed and never read as a formula. Written here rather than with a CSV library:
 * the tool page's script budget has no room for one, and writing (unlike reading) CSV is a few lines.
 */
import type { ScaleModelInputs, ScaleModelResult } from './types';

/** The CSV's columns, in order: what each header cell says. */
export const PLAN_CSV_HEADER = [
  'Month',
  'Role',
  'Hires (FTE)',
  'Headcount (FTE)',
  'Ramped FTE',
  'Output',
  'Output unit',
  'Cost (USD)',
  'Managers needed',
  'Output target',
  'Gap to target',
  'Pipeline needed',
  'Net new ARR (USD)',
  'Ending ARR (USD)',
  'Revenue (USD)',
  'Net burn (USD)',
  'Ending cash (USD)',
] as const;

/** The label of each month's totals row. */
export const TOTAL_ROW_LABEL = 'All roles';

type Cell = string | number;

/** The plan as rows of cells, header first (the CSV before quoting). Plan-level columns are empty on role rows. */
export function planCsvRows(inputs: ScaleModelInputs, result: ScaleModelResult): Cell[][] {
  const names = new Map(inputs.roles.map((r) => [r.id, r]));
  const rows: Cell[][] = [[...PLAN_CSV_HEADER]];
  for (const month of result.months) {
    for (const rm of month.roles) {
      const role = names.get(rm.roleId);
      rows.push([month.month, role?.name ?? rm.roleId, rm.hires, rm.headcount, rm.rampedFte, rm.output, role?.outputUnit ?? '', rm.costUsd, rm.managersNeeded, '', '', '', '', '', '', '', '']);
    }
    const hires = month.roles.reduce((s, r) => s + r.hires, 0);
    const unit = result.targetUnits.length === 1 ? (result.targetUnits[0] ?? '') : result.targetUnits.join(' + ');
    rows.push([
      month.month,
      TOTAL_ROW_LABEL,
      hires,
      month.headcount,
      month.rampedFte,
      month.output,
      unit,
      month.costUsd,
      month.managersNeeded,
      month.outputTarget,
      month.gapToTarget,
      month.pipelineNeeded,
      month.netNewArrUsd,
      month.endingArrUsd,
      month.revenueUsd,
      month.netBurnUsd,
      month.endingCashUsd,
    ]);
  }
  return rows;
}

/** One cell as RFC 4180 text: numbers as they are; text starting with =, +, - or @ prefixed with ' (so no formula runs), and quoted when it holds a comma, quote or line break. */
export function csvCell(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The plan as CSV text: comma-separated, CRLF line ends, a byte-order mark so spreadsheet apps read it as
 * UTF-8, and text cells starting with =, +, - or @ escaped so they are not run as formulas.
 */
export function planCsv(inputs: ScaleModelInputs, result: ScaleModelResult): string {
  return `\uFEFF${planCsvRows(inputs, result)
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}
