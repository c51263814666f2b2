/**
 * The direction of imports between the source folders, checked on every file:
 * lib ← presets ← stores ← components, with the transcribed figures in `data`.
 * - `src/lib` is pure: it imports only `src/lib` (figures reach it as arguments).
 * - `src/data` holds figures and text: it may use lib's types and builders, nothing above.
 * - `src/presets` is where figures meet logic: lib and data only.
 * - `src/stores` never imports components.
 * Tests may read the seed figures (`data`, `presets`) to check the logic against them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = dirname(fileURLToPath(import.meta.url));
const codeFile = /\.(ts|tsx|astro|mdx)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? walk(path) : codeFile.test(e.name) ? [path] : [];
  });
}

/** The relative import specifiers of a file (static imports, re-exports and dynamic imports). */
export function importSpecifiers(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec?.startsWith('.')) found.add(spec);
  }
  return [...found];
}

/** The top folder of `src` a path belongs to (`lib`, `stores`, …), or null outside `src` (never allowed from these layers). */
function layerOf(path: string): string | null {
  const rel = relative(srcDir, path);
  if (rel.startsWith('..')) return null;
  const [top] = rel.split(/[\\/]/);
  return top ?? null;
}

const allowed: Record<string, readonly string[]> = {
  lib: ['lib'],
  data: ['lib', 'data'],
  presets: ['lib', 'data', 'presets'],
  stores: ['lib', 'data', 'presets', 'stores'],
};
const testReads = ['data', 'presets'];

const files = walk(srcDir);

/** Every import that breaks the direction, as "file → target". */
function violations(): string[] {
  const out: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    const rules = from ? allowed[from] : undefined;
    if (!rules) continue;
    const isTest = /\.test\.tsx?$|\.test-data\.ts$|[\\/]testing[\\/]|[\\/]fixtures[\\/]/.test(file);
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      const to = layerOf(target);
      if ((to !== null && rules.includes(to)) || (isTest && to !== null && testReads.includes(to))) continue;
      out.push(`${relative(srcDir, file)} → ${relative(srcDir, target)}`);
    }
  }
  return out;
}

describe('import direction', () => {
  it('reads the files it checks', () => {
    expect(files.filter((f) => layerOf(f) === 'lib').length).toBeGreaterThan(50);
  });

  it('finds imports of every form', () => {
    const text = `import a from './a';\nimport { b } from "../b";\nexport * from './c';\nconst d = await import('./d');\nimport './e.css';\nimport x from 'zod';`;
    expect(importSpecifiers(text)).toEqual(['./a', '../b', './c', './d', './e.css']);
  });

  it('keeps lib pure, data below presets, and stores below components', () => {
    expect(violations()).toEqual([]);
  });
});
