import { spawnSync } from 'node:child_process';

describe('frontmatter validation', () => {
  it('fails the build on bad frontmatter, naming the file and the field', () => {
    const run = spawnSync('npx', ['--no', '--', 'astro', 'sync', '--root', 'tests/fixtures/bad-frontmatter'], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
    expect(run.status).not.toBe(0);
    expect(output).toContain('guides/broken-page');
    expect(output).toMatch(/type: Invalid option/);
  });
});
