import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Adds the site's directives `client:onscreen` and `client:painted` (see `src/client/`). */
export function clientDirectives(): AstroIntegration {
  return {
    name: 'handbook:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        for (const name of ['onscreen', 'painted']) {
          addClientDirective({ name, entrypoint: fileURLToPath(new URL(`../client/${name}.ts`, import.meta.url)) });
        }
      },
    },
  };
}
