/** Pages generated for the scale benchmark: the same Markdown in the handbook and in bare Starlight. */

/** Where the generated pages go, under `src/content/docs/`. */
export const GENERATED_DIR = 'playbooks/library';

/** Pages per topic folder: a large section is a few levels deep, as a real handbook grows. */
const PAGES_PER_TOPIC = 50;

const topics = ['Pipeline', 'Hiring', 'Onboarding', 'Pricing', 'Support', 'Security', 'Finance', 'Partners', 'Analytics', 'Platform'];

/** A generated page: its path under GENERATED_DIR and its Markdown. */
export interface GeneratedPage {
  path: string;
  text: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function frontmatter(title: string, description: string, i: number): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    'type: playbook',
    `stage: [${(i % 3) + 1}]`,
    'audience: [staff]',
    'version: "1.0"',
    'status: current',
    'owner: Revenue Operations',
    'lastReviewed: 2026-11-01',
    'reviewEveryMonths: 12',
    '---',
  ].join('\n');
}

function body(topic: string, i: number, topicSlug: string, siblings: [string, string]): string {
  return `
${topic} practice ${i} describes how the team runs this part of the business once it grows past its first stage. It names the owner, the cadence and the measures that tell whether it works.

## When to use it

Use it when the ${topic.toLowerCase()} work no longer fits in one person's head: more than one team touches it, or the same question is asked every week. See also [the previous practice](/${GENERATED_DIR}/${topicSlug}/${siblings[0]}/) and [the next one](/${GENERATED_DIR}/${topicSlug}/${siblings[1]}/).

## Steps

1. Write down the current way of working, with who does what.
2. Agree the measure that shows it works, and its target.
3. Review it every month for a quarter, then every quarter.
4. Retire the steps nobody uses.

## Measures

| measure | target | reviewed |
| --- | --- | --- |
| Cycle time | under ${5 + (i % 10)} days | weekly |
| Cost per unit | under $${100 + i} | monthly |
| Satisfaction | at least ${70 + (i % 25)}% | quarterly |

## Pitfalls

- Adding process before the pain is real.
- Measuring what is easy instead of what matters.
- Keeping a step after its reason has gone.
`;
}

/** The N generated pages, grouped into topic folders with an index page each. */
export function generatePages(count: number): GeneratedPage[] {
  const pages: GeneratedPage[] = [];
  const topicCount = Math.ceil(count / PAGES_PER_TOPIC);
  for (let t = 0; t < topicCount; t++) {
    const topic = `${topics[t % topics.length]} ${Math.floor(t / topics.length) + 1}`;
    const topicSlug = `topic-${pad(t + 1, 2)}`;
    const first = t * PAGES_PER_TOPIC;
    const last = Math.min(count, first + PAGES_PER_TOPIC);
    const slugs = Array.from({ length: last - first }, (_, k) => `page-${pad(first + k + 1, 4)}`);
    pages.push({
      path: `${topicSlug}/index.md`,
      text: `${frontmatter(topic, `Practices for ${topic.toLowerCase()}.`, t)}\n\nThe ${slugs.length} practices of ${topic}.\n\n${slugs.map((s) => `- [${s}](/${GENERATED_DIR}/${topicSlug}/${s}/)`).join('\n')}\n`,
    });
    slugs.forEach((slug, k) => {
      const i = first + k + 1;
      const siblings: [string, string] = [slugs[(k - 1 + slugs.length) % slugs.length]!, slugs[(k + 1) % slugs.length]!];
      pages.push({
        path: `${topicSlug}/${slug}.md`,
        text: `${frontmatter(`${topic}: practice ${i}`, `How we run ${topic.toLowerCase()} practice ${i}.`, i)}\n${body(topic, i, topicSlug, siblings)}`,
      });
    });
  }
  return pages;
}
