import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pruneSidebar, type NavEntry } from './lib/content/sidebar';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = pruneSidebar(route.sidebar as unknown as NavEntry[]) as unknown as typeof route.sidebar;
});
