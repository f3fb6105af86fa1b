/**
 * Identity of a rendered diagram. The cache key covers everything that changes the cached file: the mermaid
 * version, the rendering configuration, what the render step adds (RENDER_FORMAT) and the source; a hit is never
 * re-rendered (re-renders are not byte-identical).
 */
import { createHash } from 'node:crypto';
import { MERMAID_CONFIG } from './config.ts';

export { MERMAID_CONFIG };

/** Line endings and surrounding blank lines do not change a diagram. */
export function normalizeSource(source: string): string {
  return source.replace(/\r\n?/g, '\n').trim();
}

/** Bump when the render step changes what it writes into a cached SVG (2: the label bands, data-bands). */
export const RENDER_FORMAT = 2;

export function diagramKey(source: string, mermaidVersion: string): string {
  return createHash('sha256')
    .update(`${mermaidVersion}\n${RENDER_FORMAT}\n${JSON.stringify(MERMAID_CONFIG)}\n${normalizeSource(source)}`)
    .digest('hex')
    .slice(0, 16);
}

/** The id mermaid gives the SVG root; every internal id and CSS selector hangs off it, so it must be unique. */
export const renderId = (key: string) => `d-${key}`;
