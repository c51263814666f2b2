/**
 * Report what each built page weighs: HTML, and the JS it loads without interaction (gzip).
 * Usage: npm run build && npm run bench:pages
 */
import { gzipSync } from 'node:zlib';
import { gzipBytes, htmlPages, isFrameworkBundle, loadedScripts } from '../tests/dist/site.ts';

const rows = htmlPages().map(([path, html]) => {
  const scripts = loadedScripts(html);
  return {
    page: path.replace(/index\.html$/, ''),
    htmlKb: +(gzipSync(html).length / 1024).toFixed(1),
    jsKb: +(gzipBytes(scripts) / 1024).toFixed(1),
    framework: [...scripts].some(isFrameworkBundle) ? 'yes' : 'no',
  };
});
rows.sort((a, b) => b.jsKb - a.jsKb);
console.table(rows);
