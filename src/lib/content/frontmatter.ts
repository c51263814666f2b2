import { z } from 'zod';

/** Page types: each maps to one section of the handbook. */
export const pageTypes = ['guide', 'playbook', 'workshop', 'onboarding', 'tool', 'reference'] as const;
/** Who a page is written for. */
export const audiences = ['staff', 'new-hire', 'facilitator', 'leadership'] as const;
/** Editorial status of a page. */
export const statuses = ['draft', 'current', 'archived'] as const;
/** Scaling stages a page can apply to (1–3 from the playbook, 4 from the Stage 4 guide). */
export const stages = [1, 2, 3, 4] as const;

export type PageType = (typeof pageTypes)[number];
export type Audience = (typeof audiences)[number];
export type PageStatus = (typeof statuses)[number];
export type Stage = (typeof stages)[number];

/** Human labels for filters and badges. */
export const audienceLabels: Record<Audience, string> = {
  staff: 'Staff',
  'new-hire': 'New hires',
  facilitator: 'Facilitators',
  leadership: 'Leadership',
};

/** Human labels for page types (also the search filter values). */
export const typeLabels: Record<PageType, string> = {
  guide: 'Guide',
  playbook: 'Playbook',
  workshop: 'Workshop',
  onboarding: 'Onboarding',
  tool: 'Tool',
  reference: 'Reference',
};

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

/** The handbook's own frontmatter fields, merged into Starlight's docs schema. */
export const handbookFrontmatter = z.object({
  type: z.enum(pageTypes),
  stage: oneOrMany(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).optional(),
  audience: oneOrMany(z.enum(audiences)),
  version: z.string().min(1).default('1.0'),
  status: z.enum(statuses),
  owner: z.string().min(1),
  lastReviewed: z.coerce.date(),
  reviewEveryMonths: z.number().int().positive().max(60).default(6),
});

export type HandbookFrontmatter = z.output<typeof handbookFrontmatter>;
