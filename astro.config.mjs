// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { linkCheck } from './src/integrations/link-check.ts';
import { inlineScriptHashes } from './src/integrations/csp-hashes.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { smallerChunks } from './src/integrations/smaller-chunks.ts';
import { clientDirectives } from './src/integrations/client-directives.ts';
import { builtFiles } from './src/integrations/built-files.ts';
import { buildTimeValues } from './src/build/build-time-values.ts';

/** One sidebar group per handbook section; the route middleware keeps only the current one open. */
const sections = [
  { label: 'Guides', directory: 'guides' },
  { label: 'Playbooks', directory: 'playbooks' },
  { label: 'Workshops', directory: 'workshops' },
  { label: 'Onboarding', directory: 'onboarding' },
  { label: 'Tools', directory: 'tools' },
  { label: 'Reference', directory: 'reference' },
];

/** The finished build, read once for the link check, `_headers` and the service worker's precache list. */
const built = builtFiles();

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
  // Starlight highlights code with Expressive Code; Astro's own Shiki pass (inline styles, which the
  // content security policy refuses) is not needed.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [buildTimeValues(), smallerChunks()],
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (isKnownHarmless(log)) return;
          handler(level, log);
        },
      },
    },
  },
  // Styles ship as files: Astro does not hash every inlined component style (MDX pages), and
  // files are covered by 'self' and precached for offline use.
  // Pages render several at a time, so one page's file writes overlap the next page's rendering (about a third
  // less time rendering a thousand pages). Rendering holds no state shared between pages.
  build: { inlineStylesheets: 'never', concurrency: 8 },
  // No hover prefetch (Starlight turns it on for every link): the service worker already keeps every page
  // once the first visit has installed it, so the prefetch script (about 1 KB on every page) buys nothing.
  prefetch: false,
  security: {
    // Scripts: only the site's own files and hashed inline scripts (Astro hashes its own at build).
    // Style attributes stay open: Starlight's icons and React's server-rendered `style` need them.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes(),
      },
      styleDirective: {
        // Style attributes stay open: Starlight's icons and React's server-rendered `style` need them.
        // `style-src` itself is Astro's default, 'self' plus the hashes of inline styles; naming 'self' here
        // as well would only make Astro warn that it does not reach `style-src-attr`, which it need not.
        resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  integrations: [
    starlight({
      title: 'Scale Handbook',
      description: 'Playbooks, stage guides, workshops and calculators for scaling the company.',
      lastUpdated: true,
      // "Edit page" on every page opens its source file; the repository sits beside `site`.
      editLink: { baseUrl: 'https://git.example.com/handbook/scale-handbook/edit/main/' },
      pagefind: true,
      favicon: '/favicon.svg',
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1d4ed8' } },
      ],
      customCss: ['./src/styles/tokens.css', './src/styles/handbook.css', './src/styles/print.css', './src/styles/update-prompt.css'],
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
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
    }),
    // Islands render to a string at build time: streaming would outline large Suspense boundaries (the scale
    // model's deferred parts) into hidden copies swapped in by inline scripts, which the CSP refuses.
    react({ experimentalDisableStreaming: true }),
    // Islands hydrate once the page's first content has painted (`client:onscreen`, `client:painted`).
    clientDirectives(),
    linkCheck(built),
    securityHeadersFile(built),
    // Last: the service worker precaches the finished build, _headers included in nothing.
    serviceWorker(built),
  ],
});
