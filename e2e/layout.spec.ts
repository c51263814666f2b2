import { expect, sitemapPaths, test } from './fixtures';
import { openSettled, themedPage, themes } from './layout-helpers';

const paths = sitemapPaths();

test.describe('phone layout', () => {
  // Tool pages hydrate several islands; leave room on a loaded 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  for (const theme of themes) {
    for (const path of paths) {
      test(`${path} at 390 px in the ${theme} theme is no wider than the screen`, async ({ browser }) => {
        const { context, page } = await themedPage(browser, theme, { width: 390, height: 844 });
        await openSettled(page, path);
        const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
          const vw = window.innerWidth;
          // Name the element that sticks out furthest, so a failure says where to look.
          let widest = '';
          let right = vw;
          for (const el of document.querySelectorAll<HTMLElement>('main *')) {
            const r = el.getBoundingClientRect();
            if (r.right > right + 0.5 && r.width > 0) {
              let clipped = false;
              for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') {
                  clipped = a.getBoundingClientRect().right <= vw + 0.5;
                  if (clipped) break;
                }
              }
              if (!clipped) {
                right = r.right;
                widest = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(r.right)} px)`;
              }
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, widest };
        });
        expect(scrollWidth, `page is ${scrollWidth} px wide; widest: ${widest}`).toBeLessThanOrEqual(innerWidth);
        await context.close();
      });
    }
  }
});
