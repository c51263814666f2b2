import { createHash } from 'node:crypto';

/** The CSP source for an inline script or style body: `sha256-<base64>` (build time only). */
export function sha256Source(body: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}
