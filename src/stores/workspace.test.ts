// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { checklistStorageKey } from '../lib/content/checklist-state';
import { buildWorkspaceExport, invalidEntriesMessage, reviewImport } from '../lib/workspace/workspace';
import { unitEconomicsPresets } from '../presets/unit-economics';
import { storageKey } from '../lib/persist/versioned';
import { importCheckFor } from './workspace';

const file = (entries: Record<string, unknown>) =>
  buildWorkspaceExport(Object.entries(entries).map(([k, v]) => [k, JSON.stringify(v)]), new Date('2026-12-01T00:00:00Z'));

describe('checking a workspace import against each tool', () => {
  it('accepts entries of the right shape', () => {
    const review = reviewImport(
      file({ 'scale-handbook:unit-economics:v1': unitEconomicsPresets[0]!.inputs, [checklistStorageKey('stage-4-exit-criteria')]: { checked: ['a'] } }),
      importCheckFor,
    );
    expect(review).toEqual({ invalid: [], unknown: [] });
  });

  it('refuses an entry of the wrong shape for its tool, naming it', () => {
    const review = reviewImport(file({ 'scale-handbook:unit-economics:v1': { arpaMonthlyUsd: 'lots' }, 'scale-handbook:checklist:x:v1': [1] }), importCheckFor);
    expect(review.invalid.map((e) => e.label)).toEqual(['Unit economics', 'Checklist: X']);
    expect(invalidEntriesMessage(review.invalid)).toContain('“Unit economics”');
  });

  it('lists keys no tool reads so the person can be asked', () => {
    const review = reviewImport(file({ 'scale-handbook:unit-economics:v0': {}, 'scale-handbook:mystery:v1': {} }), importCheckFor);
    expect(review.unknown.map((e) => e.key)).toEqual(['scale-handbook:unit-economics:v0', 'scale-handbook:mystery:v1']);
    expect(review.invalid).toEqual([]);
  });
});

describe('every saved tool is checked on import', () => {
  // Every store module, so a tool added later cannot be forgotten here.
  const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts'], { eager: true });
  const tools = Object.values(modules)
    .flatMap((m) => Object.values(m))
    .filter((v): v is { spec: { tool: string; version: number } } => typeof v === 'object' && v !== null && 'spec' in v && '$value' in v);
  it('finds the tools', () => expect(tools.length).toBeGreaterThan(10));
  it.each(tools.map((t) => [t.spec.tool, t] as const))('%s has its schema for imports', (_name, t) => {
    expect(importCheckFor(storageKey(t.spec.tool, t.spec.version))).not.toBeNull();
  });
});
