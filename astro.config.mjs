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

/**
 * Warnings known to be harmless, filtered here and nowhere else.
 * MODULE_LEVEL_DIRECTIVE "use astro:head-inject": Astro marks MDX modules that propagate styles with this
 * directive for its own build step; the bundler warns that it may drop it, which Astro expects (one block
 * per MDX page with components, about 400 lines a build).
 */
/** @param {{ code?: string; message: string }} log */
function isKnownHarmless(log) {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject');
}

export default defineConfig({
  site: 'https://handbook.example.com',
  trailingSlash: 'ignore',
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (isKnownHarmless(log)) return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'Scale Handbook',
      description: 'Playbooks, stage guides, workshops and calculators for scaling the company.',
      lastUpdated: true,
      pagefind: true,
      favicon: '/favicon.svg',
      customCss: ['./src/styles/handbook.css', './src/styles/print.css'],
      sidebar: sections.map(({ label, directory }) => ({
        label,
        items: [{ autogenerate: { directory } }],
      })),
      routeMiddleware: './src/route-middleware.ts',
      // The handbook's own 404 page (src/pages/404.astro) replaces Starlight's.
      disable404Route: true,
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/overrides/Search.astro',
      },
    }),
    react(),
    linkCheck(),
  ],
});
