import { createHash } from 'node:crypto';

/** The CSP source expression allowing one exact inline script: 'sha256-…' without quotes, as Astro expects. */
export function cspHash(inlineScript: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(inlineScript, 'utf8').digest('base64')}`;
}
