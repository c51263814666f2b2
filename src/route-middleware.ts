import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { humanizeGroupLabels, pruneSidebar, type NavEntry } from './lib/content/sidebar';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const sidebar = humanizeGroupLabels(pruneSidebar(route.sidebar as unknown as NavEntry[]));
  route.sidebar = sidebar as unknown as typeof route.sidebar;
});
