/** A bare Starlight site with the handbook's sections: Starlight's defaults, nothing of the handbook's own. */

const sections = ['guides', 'playbooks', 'workshops', 'onboarding', 'tools', 'reference'];

/** Files of the bare site, by path. */
export function bareStarlightFiles(): Record<string, string> {
  const files: Record<string, string> = {
    // The dependencies are resolved from the handbook's node_modules; listing them lets Vite bundle Starlight as usual.
    'package.json': JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }, null, 2),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://handbook.example.com',
  integrations: [
    starlight({
      title: 'Bare Starlight',
      sidebar: ${JSON.stringify(sections.map((d) => ({ label: d[0]!.toUpperCase() + d.slice(1), items: [{ autogenerate: { directory: d } }] })))},
    }),
  ],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
    'src/content/docs/index.md': '---\ntitle: Home\n---\n\nThe same generated pages as the handbook.\n',
  };
  for (const d of sections) files[`src/content/docs/${d}/index.md`] = `---\ntitle: ${d}\n---\n\nSection ${d}.\n`;
  return files;
}
