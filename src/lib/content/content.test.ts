import { handbookFrontmatter } from './frontmatter';
import { reviewStatus } from './review';
import { containsCurrent, currentSectionLabel, humanizeGroupLabels, labelFromSlug, LARGE_GROUP_LINKS, NEIGHBOUR_LINKS, pruneSidebar, type NavEntry } from './sidebar';
import { extractLinks, findBrokenLinks } from './links';

describe('frontmatter schema', () => {
  const valid = { type: 'playbook', audience: 'staff', status: 'current', owner: 'Ops', lastReviewed: '2026-01-05' };
  it('accepts a single audience or stage and normalises them to lists', () => {
    const parsed = handbookFrontmatter.parse({ ...valid, stage: 2 });
    expect(parsed.audience).toEqual(['staff']);
    expect(parsed.stage).toEqual([2]);
    expect(parsed.reviewEveryMonths).toBe(6);
    expect(parsed.version).toBe('1.0');
  });
  it.each([
    [{ type: 'blog' }, 'type'],
    [{ stage: 5 }, 'stage'],
    [{ audience: ['everyone'] }, 'audience'],
    [{ status: 'live' }, 'status'],
    [{ owner: '' }, 'owner'],
    [{ lastReviewed: 'soon' }, 'lastReviewed'],
    [{ reviewEveryMonths: 0 }, 'reviewEveryMonths'],
  ])('rejects %j naming the field', (patch, field) => {
    const result = handbookFrontmatter.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe('review status', () => {
  it('is due once the interval has passed', () => {
    const last = new Date('2026-01-31T00:00:00Z');
    expect(reviewStatus(last, 6, new Date('2026-07-30T00:00:00Z')).isDue).toBe(false);
    expect(reviewStatus(last, 6, new Date('2026-08-01T00:00:00Z')).isDue).toBe(true);
  });
});

const link = (label: string, href: string, isCurrent = false): NavEntry => ({ type: 'link', label, href, isCurrent });
const group = (label: string, entries: NavEntry[]): NavEntry => ({ type: 'group', label, entries, collapsed: false });

describe('sidebar pruning', () => {
  const tree = [
    group('Guides', [link('Guides', '/guides/'), link('Stage 4', '/guides/stage-4/')]),
    group('Tools', [
      link('Tools', '/tools/'),
      group('Assessments', [link('Assessments', '/tools/assessments/'), link('Readiness', '/tools/readiness/', true)]),
      group('Models', [link('Models', '/tools/models/'), link('Scale model', '/tools/scale-model/')]),
    ]),
  ];
  it('keeps the current section and turns the others into links to their landing page', () => {
    const pruned = pruneSidebar(tree);
    expect(pruned[0]).toMatchObject({ type: 'link', label: 'Guides', href: '/guides/' });
    expect(pruned[1]).toMatchObject({ type: 'group', label: 'Tools' });
    expect(containsCurrent(tree[1]!)).toBe(true);
    expect(currentSectionLabel(tree)).toBe('Tools');
  });
  it('keeps the current branch in full and turns the groups beside it into links', () => {
    const tools = pruneSidebar(tree)[1] as Extract<NavEntry, { type: 'group' }>;
    expect(tools.entries.map((e) => [e.type, e.label])).toEqual([
      ['link', 'Tools'],
      ['group', 'Assessments'],
      ['link', 'Models'],
    ]);
    expect(tools.entries[2]).toMatchObject({ href: '/tools/models/', isCurrent: false });
    const assessments = tools.entries[1] as Extract<NavEntry, { type: 'group' }>;
    expect(assessments.entries.map((e) => e.label)).toEqual(['Assessments', 'Readiness']);
  });
  it('lists only the neighbours of the current page in a very long group, and says how many pages it has', () => {
    const count = LARGE_GROUP_LINKS * 3;
    const pages = Array.from({ length: count }, (_, i) => link(`Page ${i + 1}`, `/big/page-${i + 1}/`, i + 1 === 60));
    const [big] = pruneSidebar([group('Big', [link('Big', '/big/'), ...pages])]) as Array<Extract<NavEntry, { type: 'group' }>>;
    const labels = big!.entries.map((e) => e.label);
    expect(labels[0]).toBe('Big');
    expect(labels).toContain('Page 60');
    expect(labels).toContain(`Page ${60 - NEIGHBOUR_LINKS}`);
    expect(labels).toContain(`Page ${60 + NEIGHBOUR_LINKS}`);
    expect(labels).not.toContain(`Page ${60 + NEIGHBOUR_LINKS + 1}`);
    expect(big!.entries.at(-1)).toMatchObject({ label: `All ${count} pages of Big…`, href: '/big/' });
    expect(big!.entries.length).toBe(1 + 2 * NEIGHBOUR_LINKS + 1 + 1);
  });
  it('leaves a group of ordinary length whole', () => {
    const pages = Array.from({ length: LARGE_GROUP_LINKS }, (_, i) => link(`Page ${i + 1}`, `/g/p${i + 1}/`, i === 3));
    const [g] = pruneSidebar([group('G', pages)]) as Array<Extract<NavEntry, { type: 'group' }>>;
    expect(g!.entries).toHaveLength(LARGE_GROUP_LINKS);
  });
});

describe('sidebar labels', () => {
  it.each([
    ['scaling-strategy', 'Scaling Strategy'],
    ['day-29', 'Day 29'],
    ['Already Nice', 'Already Nice'],
  ])('%s reads as %s', (slug, label) => expect(labelFromSlug(slug)).toBe(label));
  it('renames nested groups only', () => {
    const out = humanizeGroupLabels([group('Playbooks', [group('scaling-strategy', [link('overview', '/p/')])])]);
    expect(out[0]).toMatchObject({ label: 'Playbooks', entries: [{ label: 'Scaling Strategy', entries: [{ label: 'overview' }] }] });
  });
});

describe('link check', () => {
  const pages = [
    extractLinks('/a/index.html', '<h2 id="x">X</h2><a href="/b/">b</a><a href="/b/#y">y</a><a href="#x">self</a><a href="https://ext">e</a>'),
    extractLinks('/b/index.html', '<h2 id="y">Y</h2><a href="/missing/">m</a><a href="/a/#nope">n</a><a href="/favicon.svg">f</a>'),
  ];
  it('finds missing pages and anchors, ignoring external links and assets', () => {
    expect(findBrokenLinks(pages, new Set(['/favicon.svg']))).toEqual([
      { page: '/b/index.html', href: '/missing/', reason: 'missing page' },
      { page: '/b/index.html', href: '/a/#nope', reason: 'missing anchor' },
    ]);
  });
});
