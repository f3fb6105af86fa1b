/**
 * The committed cache of the handbook PDF: cache/handbook/<key>.pdf (src/lib/paths.ts), exactly one file (the render
 * step prunes the others). Resolved from the working directory, like the diagrams' cache (see diagrams/cache.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inProject } from '../paths.ts';
import { pageCount } from './pdf.ts';

export const HANDBOOK_DIR = inProject(process.cwd(), 'handbookCache');

export const cachedFile = (key: string, dir: string = HANDBOOK_DIR) => join(dir, `${key}.pdf`);

export function cachedHandbookKeys(dir: string = HANDBOOK_DIR): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^[0-9a-f]{16}\.pdf$/.test(f))
        .map((f) => f.slice(0, -4))
        .sort()
    : [];
}

/** The cached PDF to publish when the current one cannot be made: the newest file of the cache. */
export function lastCachedKey(dir: string = HANDBOOK_DIR): string | undefined {
  return cachedHandbookKeys(dir)
    .map((key) => ({ key, time: statSync(cachedFile(key, dir)).mtimeMs }))
    .sort((a, b) => b.time - a.time)[0]?.key;
}

export interface HandbookFacts {
  pages: number;
  bytes: number;
}

export function handbookFacts(file: string): HandbookFacts {
  const bytes = readFileSync(file);
  return { pages: pageCount(bytes), bytes: bytes.byteLength };
}

/** “下载整本指引 PDF（123 页，2.6 MB）”: the words of every link to the PDF. */
export function handbookLinkLabel(facts: HandbookFacts): string {
  const mb = facts.bytes / (1024 * 1024);
  const size = mb >= 1 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(facts.bytes / 1024))} KB`;
  return `下载整本指引 PDF（${facts.pages} 页，${size}）`;
}
