/**
 * The site paths (and anchors) onboarding plans may link to, mirroring the handbook's planned URL
 * list. Plans are checked against it when they load, so a typo fails the build before the site's
 * own link check runs over the rendered pages.
 *
 * An entry ending in `#*` accepts any well-formed anchor on that page. The metrics glossary uses it
 * because its entries are written separately from the plans: the build's link check over the
 * rendered pages is what confirms each glossary anchor exists.
 */

/** Anchor prefix of the metrics glossary; every plan metric links to `${GLOSSARY_ANCHOR_PREFIX}<slug>`. */
export const GLOSSARY_ANCHOR_PREFIX = '/reference/metrics-glossary/#';

const STAGE_4 = '/guides/stage-4-scale-readiness/';
const PLAYBOOK = '/playbooks/scaling-strategy/';
const DAY_29 = '/workshops/day-29/';

/** Every page and anchor plans may link to, except the per-role onboarding pages (see `onboardingPlanPath`). */
export const HANDBOOK_PATHS: readonly string[] = [
  '/',
  '/guides/',
  '/playbooks/',
  '/workshops/',
  '/onboarding/',
  '/tools/',
  '/reference/',
  STAGE_4,
  ...[
    'phase-1-strategic-decisions',
    'icp-strategy',
    'channel-strategy',
    'phase-2-organizational-design',
    'phase-3-infrastructure--playbooks',
    'phase-4-scale-modeling',
    'common-pitfalls',
    'stage-4-exit-criteria',
  ].map((anchor) => `${STAGE_4}#${anchor}`),
  PLAYBOOK,
  ...[
    'organization',
    'processes',
    'technical-scaling',
    'financial-scaling',
    'operating-rhythm',
    'risks',
    'stage-transitions',
  ].map((page) => `${PLAYBOOK}${page}/`),
  DAY_29,
  ...[
    'pre-exercise-assessment',
    'infrastructure-and-technology',
    'team-and-organization',
    'operational-systems',
    'assessment-and-roadmap',
    'resources',
    'day-30-preview',
    'facilitator',
  ].map((page) => `${DAY_29}${page}/`),
  '/onboarding/managers/',
  ...['unit-economics', 'scale-model', 'readiness-assessment', 'strategy-assessment', 'automation-roi', 'onboarding-tracker'].map(
    (tool) => `/tools/${tool}/`,
  ),
  '/reference/metrics-glossary/',
  `${GLOSSARY_ANCHOR_PREFIX}*`,
];

/** The page of one role family's plan. */
export function onboardingPlanPath(planId: string): string {
  return `/onboarding/${planId}/`;
}

/** The glossary link for a metric slug. */
export function glossaryHref(metricSlug: string): string {
  return `${GLOSSARY_ANCHOR_PREFIX}${metricSlug}`;
}

const ANCHOR_PATTERN = /^[a-z0-9]+(?:-+[a-z0-9]+)*$/;

/**
 * Whether a link resolves against a list of known paths: the path must be listed exactly, and an
 * anchor must be listed as `path#anchor` or be a well-formed anchor on a page listed as `path#*`.
 */
export function linkResolves(href: string, knownPaths: readonly string[]): boolean {
  const hashAt = href.indexOf('#');
  const path = hashAt === -1 ? href : href.slice(0, hashAt);
  const anchor = hashAt === -1 ? null : href.slice(hashAt + 1);
  if (!knownPaths.includes(path)) return false;
  if (anchor === null) return true;
  if (knownPaths.includes(href)) return true;
  return knownPaths.includes(`${path}#*`) && ANCHOR_PATTERN.test(anchor);
}
