import type { ClientDirective } from 'astro';
import { afterFirstPaint } from './after-paint';

let painted: Promise<void> | undefined;

/**
 * `client:onscreen`: `client:visible`, once the page has painted. The island loads and hydrates when one of its
 * elements enters the viewport, but not before the page's first content is on screen, so on a slow phone the
 * island's scripts do not hold up the text a reader came for.
 */
const onscreen: ClientDirective = (load, _options, el) => {
  painted ??= afterFirstPaint();
  void painted.then(() => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load().then((hydrate) => hydrate());
    });
    for (const child of el.children) observer.observe(child);
  });
};

export default onscreen;
