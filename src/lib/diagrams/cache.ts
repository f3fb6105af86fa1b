/**
 * The committed cache of rendered diagrams: cache/diagrams/<key>.svg (src/lib/paths.ts). Resolved from the working
 * directory, which every entry point (npm scripts, Astro, vitest) shares, because this module also runs bundled
 * inside Astro's build output, where its own location says nothing about the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inProject } from '../paths.ts';

export const DIAGRAM_DIR = inProject(process.cwd(), 'diagramCache');

export function mermaidVersion(): string {
  return (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;
}

export function cachedSvg(key: string, dir: string = DIAGRAM_DIR): string | undefined {
  const file = join(dir, `${key}.svg`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function cachedKeys(dir: string = DIAGRAM_DIR): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.svg'))
        .map((f) => f.slice(0, -4))
        .sort()
    : [];
}

/** The build's one line about the diagrams: how many, how many came from the cache, drawn, pruned, in how long. */
export function cacheReportLine(r: {
  total: number;
  rendered: number;
  missing: number;
  pruned: number;
  seconds: number;
}) {
  const hits = r.total - r.rendered - r.missing;
  return (
    `流程图：共 ${r.total} 个，缓存命中 ${hits} 个，新绘制 ${r.rendered} 个` +
    `${r.pruned ? `，清理过期缓存 ${r.pruned} 个` : ''}，用时 ${r.seconds.toFixed(2)} 秒。`
  );
}
