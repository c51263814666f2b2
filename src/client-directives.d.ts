import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the island enters the viewport, once the page's first content has painted. */
    'client:onscreen'?: boolean;
    /** Hydrate once the page's first content has painted, wherever the island is. */
    'client:painted'?: boolean;
  }
}
