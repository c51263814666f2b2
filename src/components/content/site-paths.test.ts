import { entryPath, hrefPath } from './site-paths';

describe('site paths', () => {
  it.each([
    ['index', '/'],
    ['tools', '/tools/'],
    ['tools/index', '/tools/'],
    ['tools/unit-economics', '/tools/unit-economics/'],
    ['playbooks/scaling-strategy', '/playbooks/scaling-strategy/'],
  ])('entry %s lives at %s', (id, path) => {
    expect(entryPath(id)).toBe(path);
  });

  it.each([
    ['/tools/scale-model/', '/tools/scale-model/'],
    ['/tools/scale-model', '/tools/scale-model/'],
    ['/guides/stage-4-scale-readiness/#icp-strategy', '/guides/stage-4-scale-readiness/'],
    ['/onboarding/?role=x', '/onboarding/'],
  ])('href %s is page %s', (href, path) => {
    expect(hrefPath(href)).toBe(path);
  });
});
