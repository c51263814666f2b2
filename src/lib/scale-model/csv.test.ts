import Papa from 'papaparse';
import { computeScaleModel } from './compute';
import { PLAN_CSV_HEADER, TOTAL_ROW_LABEL, csvCell, planCsv, planCsvRows } from './csv';
import { defaultScaleModelInputs } from '../../presets/scale-model';
import type { ScaleModelInputs } from './types';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('scale model CSV', () => {
  const inputs = defaultScaleModelInputs();
  const result = computeScaleModel(inputs);

  it('starts with the header row, then one row per role and a totals row for each month', () => {
    const rows = parse(planCsv(inputs, result));
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER]);
    expect(rows).toHaveLength(1 + result.months.length * (inputs.roles.length + 1));
    const month1 = rows.filter((r) => r[0] === '1');
    expect(month1.map((r) => r[1])).toEqual([...inputs.roles.map((r) => r.name), TOTAL_ROW_LABEL]);
    expect(rows.every((r) => r.length === PLAN_CSV_HEADER.length)).toBe(true);
  });

  it('carries the model’s figures unrounded, totals on the totals row', () => {
    const rows = parse(planCsv(inputs, result));
    const m12 = result.months[11]!;
    const total = rows.find((r) => r[0] === '12' && r[1] === TOTAL_ROW_LABEL)!;
    expect(Number(total[PLAN_CSV_HEADER.indexOf('Headcount (FTE)')])).toBe(m12.headcount);
    expect(Number(total[PLAN_CSV_HEADER.indexOf('Ending cash (USD)')])).toBe(m12.endingCashUsd);
    const firstRole = rows.find((r) => r[0] === '12' && r[1] === inputs.roles[0]!.name)!;
    expect(Number(firstRole[PLAN_CSV_HEADER.indexOf('Cost (USD)')])).toBe(m12.roles[0]!.costUsd);
    expect(firstRole[PLAN_CSV_HEADER.indexOf('Ending cash (USD)')]).toBe('');
    // Σ role costs + other costs = the month's cost.
    const roleCosts = rows.filter((r) => r[0] === '12' && r[1] !== TOTAL_ROW_LABEL).reduce((s, r) => s + Number(r[7]), 0);
    expect(roleCosts + inputs.otherMonthlyCostUsd).toBeCloseTo(m12.costUsd, 6);
  });

  it('quotes commas, quotes and line breaks, and never lets a name run as a formula', () => {
    const odd: ScaleModelInputs = {
      ...inputs,
      roles: [
        { ...inputs.roles[0]!, id: 'a', name: 'Sales, "Enterprise"\nTeam' },
        { ...inputs.roles[0]!, id: 'b', name: '=HYPERLINK("http://x")' },
      ],
    };
    const csv = planCsv(odd, computeScaleModel(odd));
    expect(csv).toContain('"Sales, ""Enterprise""\nTeam"');
    const rows = parse(csv);
    expect(rows[1]![1]).toBe('Sales, "Enterprise"\nTeam');
    expect(rows[2]![1]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    const csv = planCsv(inputs, result);
    expect(csv.startsWith('\uFEFFMonth,Role,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(planCsvRows(inputs, result).length + 1);
    expect(csv).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('writes only the header and totals for a plan with no roles', () => {
    const none = { ...inputs, roles: [] };
    const rows = parse(planCsv(none, computeScaleModel(none)));
    expect(rows).toHaveLength(1 + 12);
    expect(rows.slice(1).every((r) => r[1] === TOTAL_ROW_LABEL)).toBe(true);
  });
});

describe('CSV cells', () => {
  it.each([
    [12.5, '12.5'],
    [-3, '-3'],
    [Number.NaN, ''],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['-x', "'-x"],
    ['@sum', "'@sum"],
    [' padded', '" padded"'],
  ] as const)('%j is written as %s', (cell, text) => expect(csvCell(cell)).toBe(text));
});
