/**
 * The one path from a ```mermaid fence to what a page shows: source → cache key → cached SVG. The Markdown
 * plugin, the Diagram component (through the view layer), the flowchart index and the SVG endpoint all go through
 * here, so a diagram is keyed and looked up one way.
 */
import { cachedSvg, mermaidVersion } from './cache.ts';
import { diagramKey, normalizeSource } from './key.ts';
import { mermaidFences } from './sources.ts';
import { routes } from '../routes.ts';

export interface Diagram {
  key: string;
  /** The normalised mermaid source. */
  source: string;
  /** The cached SVG; absent on a cache miss (the page then waits for the client-side renderer). */
  svg?: string | undefined;
  /** Base-less address of the full-size SVG file, when cached. */
  fileHref?: string | undefined;
}

let version: string | undefined;

export function diagramOf(fenceSource: string): Diagram {
  version ??= mermaidVersion();
  const source = normalizeSource(fenceSource);
  const key = diagramKey(source, version);
  const svg = cachedSvg(key);
  return { key, source, svg, fileHref: svg ? routes.diagramFile(key) : undefined };
}

/** The diagram of a flowchart entry: the first ```mermaid fence of its MDX body. */
export function diagramOfBody(body: string | undefined): Diagram | undefined {
  const fence = mermaidFences(body ?? '')[0];
  return fence ? diagramOf(fence.source) : undefined;
}
