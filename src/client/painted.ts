import type { ClientDirective } from 'astro';
import { afterFirstPaint } from './after-paint';

/**
 * `client:painted`: `client:load`, once the page has painted. For an island that must run wherever the page is
 * scrolled to, without holding up the page's first content.
 */
const painted: ClientDirective = (load) => {
  void afterFirstPaint()
    .then(load)
    .then((hydrate) => hydrate());
};

export default painted;
