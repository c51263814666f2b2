// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { linkCheck } from './src/integrations/link-check.ts';

/** One sidebar group per handbook section; the route middleware keeps only the current one open. */
const sections = [
  { label: 'Guides', directory: 'guides' },
  { label: 'Playbooks', directory: 'playbooks' },
  { label: 'Workshops', directory: 'workshops' },
  { label: 'Onboarding', directory: 'onboarding' },
  { label: 'Tools', directory: 'tools' },
  { label: 'Reference', directory: 'reference' },
];

export default defineConfig({
  site: 'https://handbook.example.com',
  trailingSlash: 'ignore',
  integrations: [
    starlight({
      title: 'Scale Handbook',
      description: 'Playbooks, stage guides, workshops and calculators for scaling the company.',
      lastUpdated: true,
      // "Edit page" on every page opens its source file; the repository sits beside `site`.
      editLink: { baseUrl: 'https://git.example.com/handbook/scale-handbook/edit/main/' },
      pagefind: true,
      favicon: '/favicon.svg',
      customCss: ['./src/styles/handbook.css', './src/styles/print.css'],
      sidebar: sections.map(({ label, directory }) => ({
        label,
        items: [{ autogenerate: { directory } }],
      })),
      routeMiddleware: './src/route-middleware.ts',
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/overrides/Search.astro',
      },
    }),
    react(),
    linkCheck(),
  ],
});
