/**
 * The worksheets against the seed itself (the verbatim copy in `src/data/workshop/day-29.txt`, so the test
 * runs on a clean clone): every `___` blank of every code block is covered exactly once, by an input,
 * an assessment score or a computed value, with the seed's headings and labels, in the seed's order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blankCoverage, fieldSlots, numbered } from './index';
import { WORKSHEETS } from '../../../presets/workshop';
import type { WorksheetDefinition, WorksheetField } from './types';

const seedPath = fileURLToPath(new URL('../../../data/workshop/day-29.txt', import.meta.url));
const sharedSeedPath = '/work/shared/seeds/002_3461db778a046460.txt';
const seed = readFileSync(seedPath, 'utf8');

interface SeedBlock {
  title: string;
  lines: string[];
  /** Seed text between the previous block and this one. */
  before: string;
}

function seedBlocks(text: string): SeedBlock[] {
  const blocks: SeedBlock[] = [];
  const re = /```\n([\s\S]*?)```/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const body = (m[1] ?? '').split('\n').filter((l) => l.trim() !== '');
    blocks.push({ title: (body[0] ?? '').trim(), lines: body.slice(1), before: text.slice(last, m.index) });
    last = (m.index ?? 0) + m[0].length;
  }
  return blocks;
}

const blankCount = (line: string) => (line.match(/_{3,}/g) ?? []).length;

/** The seed's label of a line: the list number, or the text before the first colon, without "- ". */
function labelOfLine(line: string): string {
  const s = line.trim().replace(/^- /, '');
  const numberedItem = /^(\d+)\.\s/.exec(s);
  if (numberedItem) return numberedItem[1] ?? '';
  const colon = s.indexOf(':');
  return (colon >= 0 ? s.slice(0, colon) : s).trim();
}

type Expected = { kind: 'heading'; text: string } | { kind: 'field'; label: string; field: WorksheetField };

/** The model as the sequence of lines it expects to find in the seed (groups at their default count). */
function expectedLines(def: WorksheetDefinition): Expected[] {
  const out: Expected[] = [];
  for (const section of def.sections) {
    if (section.heading !== null) out.push({ kind: 'heading', text: section.heading });
    for (const entry of section.entries) {
      if (entry.type !== 'group') {
        out.push({ kind: 'field', label: entry.label, field: entry });
        continue;
      }
      for (let n = 1; n <= entry.defaultCount; n++) {
        if (entry.headingLine) out.push({ kind: 'heading', text: numbered(entry.instanceLabel, n) });
        for (const f of entry.fields) out.push({ kind: 'field', label: numbered(f.label, n), field: f });
      }
    }
  }
  return out;
}

/** Walk the seed block and the model together; returns the first mismatch, or null. */
function walk(def: WorksheetDefinition, block: SeedBlock): string | null {
  const expected = expectedLines(def);
  let i = 0;
  for (const line of block.lines) {
    const blanks = blankCount(line);
    const isItem = blanks > 0 || line.trim().startsWith('- ');
    if (!isItem) {
      const text = line.trim().replace(/:$/, '').trim();
      const e = expected[i++];
      if (e?.kind !== 'heading' || e.text !== text) return `heading "${text}" expected, model has ${JSON.stringify(e)}`;
      continue;
    }
    const label = labelOfLine(line);
    if (blanks === 0) {
      const e = expected[i++];
      const options = line.slice(line.indexOf(':') + 1).trim();
      if (e?.kind !== 'field' || e.label !== label || e.field.type !== 'input' || e.field.kind !== 'choice' || e.field.fromBlank) {
        return `option line "${line.trim()}" expected a choice field, model has ${JSON.stringify(e)}`;
      }
      if (e.field.options.join('/') !== options) return `options of "${line.trim()}" differ: ${e.field.options.join('/')}`;
      continue;
    }
    for (let b = 0; b < blanks; b++) {
      const e = expected[i++];
      if (e?.kind !== 'field' || e.label !== label) return `line "${line.trim()}" blank ${b + 1}: model has ${JSON.stringify(e)}`;
      for (const adornment of [e.field.prefix, e.field.suffix]) {
        if (adornment && !line.includes(adornment)) return `line "${line.trim()}" lacks the adornment "${adornment}"`;
      }
    }
  }
  return i === expected.length ? null : `model has more lines than the seed: ${JSON.stringify(expected.slice(i))}`;
}

const blocks = seedBlocks(seed);

describe('seed copy', () => {
  it('is the shared seed verbatim wherever the shared seed exists', () => {
    expect(seed).toContain('# Day 29: Scaling Strategy & Infrastructure Planning');
    if (existsSync(sharedSeedPath)) expect(seed).toBe(readFileSync(sharedSeedPath, 'utf8'));
  });
});

describe('worksheets against the seed', () => {
  it('has one worksheet per code block, in seed order, with the block titles', () => {
    expect(WORKSHEETS.map((w) => w.title)).toEqual(blocks.map((b) => b.title));
  });

  it.each(WORKSHEETS.map((w, i) => [w.id, w, i] as const))('%s: same number of blanks as the seed block', (_id, def, index) => {
    const block = blocks[index] as SeedBlock;
    const seedBlanks = block.lines.reduce((n, l) => n + blankCount(l), 0);
    expect(blankCoverage(def).blanks).toBe(seedBlanks);
  });

  it.each(WORKSHEETS.map((w, i) => [w.id, w, i] as const))('%s: headings, labels and blanks line by line', (_id, def, index) => {
    expect(walk(def, blocks[index] as SeedBlock)).toBeNull();
  });

  it.each(WORKSHEETS.map((w, i) => [w.id, w, i] as const))('%s: heading is the seed label above the block', (_id, def, index) => {
    const before = (blocks[index] as SeedBlock).before;
    const asBold = before.includes(`**${def.heading}:**`);
    const asHeading = before.split('\n').some((l) => l.startsWith('### ') && l.slice(4).replace(/ \(\d+ minutes?\)$/, '') === def.heading);
    expect(asBold || asHeading).toBe(true);
  });

  it('covers every blank of the seed, and says how', () => {
    const total = blocks.reduce((n, b) => n + b.lines.reduce((m, l) => m + blankCount(l), 0), 0);
    expect(WORKSHEETS.reduce((n, w) => n + blankCoverage(w).blanks, 0)).toBe(total);
    // The blanks that are not typed into the worksheet, named so none is dropped silently.
    const notStored = WORKSHEETS.flatMap((w) =>
      fieldSlots(w)
        .filter((s) => s.field.type !== 'input')
        .map((s) => `${w.id}: ${s.field.type} ${s.section.heading ?? '—'} / ${s.label}`),
    );
    const computedLines = notStored.filter((l) => l.includes(' computed '));
    expect(computedLines).toMatchInlineSnapshot(`
      [
        "readiness: computed — / OVERALL SCALING READINESS",
        "readiness: computed Critical Gaps to Address / 1",
        "readiness: computed Critical Gaps to Address / 2",
        "readiness: computed Critical Gaps to Address / 3",
        "automation: computed ROI Calculation / Total time saved",
        "automation: computed ROI Calculation / Cost of automation",
        "automation: computed ROI Calculation / Human cost savings",
        "automation: computed ROI Calculation / ROI",
        "automation: computed ROI Calculation / Payback period",
        "strategy-assessment: computed — / OVERALL SCALING SCORE",
        "strategy-assessment: computed Scaling Strengths / 1",
        "strategy-assessment: computed Scaling Strengths / 2",
        "strategy-assessment: computed Scaling Strengths / 3",
        "strategy-assessment: computed Critical Gaps / 1",
        "strategy-assessment: computed Critical Gaps / 2",
        "strategy-assessment: computed Critical Gaps / 3",
      ]
    `);
    const scoreCount = (id: string) => notStored.filter((l) => l.startsWith(`${id}: assessment-score`)).length;
    const tenths = (i: number) => (blocks[i] as SeedBlock).lines.filter((l) => /___\/10$/.test(l.trim())).length;
    expect(scoreCount('readiness')).toBe(tenths(0));
    expect(scoreCount('strategy-assessment')).toBe(tenths(11));
  });

  it('adds inputs without a blank only where the seed offers options instead', () => {
    const optionOnly = WORKSHEETS.flatMap((w) =>
      fieldSlots(w)
        .filter((s) => s.field.type === 'input' && s.field.kind === 'choice' && !s.field.fromBlank)
        .map((s) => `${w.id}: ${s.group?.instanceLabel ?? ''} ${s.label}`),
    );
    const seedOptionLines = blocks.flatMap((b) => b.lines.filter((l) => l.trim().startsWith('- ') && blankCount(l) === 0));
    expect(optionOnly).toHaveLength(seedOptionLines.length);
    expect(optionOnly).toMatchInlineSnapshot(`
      [
        "hiring: Position 1 Priority level",
        "hiring: Position 2 Priority level",
        "hiring: Position 3 Priority level",
      ]
    `);
  });
});

describe('repeatable groups', () => {
  it('default to the count the seed prints and allow it', () => {
    for (const w of WORKSHEETS) {
      for (const s of w.sections) {
        for (const e of s.entries) {
          if (e.type !== 'group') continue;
          const block = blocks[WORKSHEETS.indexOf(w)] as SeedBlock;
          const printed = new Set(
            block.lines.map((l) => /^(.*?)(\d+):/.exec(labelOfLine(l) + ':')).filter((m) => m && `${m[1]}{n}` === e.instanceLabel).map((m) => m?.[2]),
          ).size;
          expect(e.defaultCount, `${w.id}/${e.id}`).toBe(printed);
          expect(e.minCount).toBeLessThanOrEqual(e.defaultCount);
          expect(e.maxCount).toBeGreaterThanOrEqual(e.defaultCount);
        }
      }
    }
  });

  it('count one blank per field per extra instance', () => {
    const def = WORKSHEETS.find((w) => w.id === 'technical-scaling') as WorksheetDefinition;
    const atDefault = blankCoverage(def).blanks;
    expect(blankCoverage(def, { bottlenecks: 4 }).blanks).toBe(atDefault + 6);
    expect(blankCoverage(def, { bottlenecks: 1 }).blanks).toBe(atDefault - 12);
  });
});
