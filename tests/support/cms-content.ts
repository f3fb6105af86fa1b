/**
 * The real content as the editor's formats (src/lib/cms/keep-format.ts) meet it: which format edits each file, a
 * file read as the editor opens it, saved as it writes it, and the diff and the project's own verdict on the result.
 * Shared by tests/unit/cms-round-trip.test.ts (samples) and tests/build/cms-round-trip-content.test.ts (every file).
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structuredPatch } from 'diff';
import { formatOf, ORIGINAL, withoutOriginal, type EntryData, type KeepFormat } from '../../src/lib/cms/keep-format.ts';
import { validateEntry } from '../../src/lib/content-check/validate.ts';
import type { RawEntry } from '../../src/lib/content-source/entries.ts';
import { parseYamlWithLines, splitFrontmatter } from '../../src/lib/content-source/source-map.ts';
import { COLLECTION_LIST, type CollectionDef } from '../../src/schemas/collections.ts';
import { ROOT } from './builds.ts';

/** The format a collection's files are edited with (the editor's own choice, src/lib/cms/formats.ts). */
export { formatOf };

export interface ContentFile {
  def: CollectionDef;
  file: string;
  text: string;
}

/** The repository paths of every file a CMS collection edits, with their collections. */
function contentPaths(): { def: CollectionDef; file: string }[] {
  return COLLECTION_LIST.flatMap((def) => {
    const source = def.source;
    const files =
      source.kind === 'glob'
        ? globSync(source.pattern, { cwd: join(ROOT, source.base) })
            .sort()
            .map((relative) => `${source.base}/${relative}`)
        : [source.path];
    return files.map((file) => ({ def, file }));
  });
}

const read = ({ def, file }: { def: CollectionDef; file: string }): ContentFile => ({
  def,
  file,
  text: readFileSync(join(ROOT, file), 'utf8'),
});

/** Every file a CMS collection edits, read (tests/build/cms-round-trip-content.test.ts). */
export const contentFiles = (): ContentFile[] => contentPaths().map(read);

/** One content file, read alone (the unit tests' samples). */
export const fileOf = (path: string): ContentFile => {
  const found = contentPaths().find((f) => f.file === path);
  if (!found) throw new Error(`no content file ${path}`);
  return read(found);
};

/** What an editor's form holds after opening the file: a deep copy, as Decap's Immutable draft is. */
export const open = (f: ContentFile): EntryData => structuredClone(formatOf(f.def).fromFile(f.text));
export const save = (f: ContentFile, data: EntryData, sortedKeys?: string[]): string =>
  formatOf(f.def).toFile(data, sortedKeys);

/** The changed lines of a unified diff without context: '-old' and '+new' lines, and the number of hunks. */
export function diffOf(before: string, after: string): { lines: string[]; hunks: number } {
  const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 0 });
  return { lines: patch.hunks.flatMap((h) => h.lines), hunks: patch.hunks.length };
}

/** Errors the project's own reader and the collection's schema find in `text` as the file `f.file`. */
export function problemsOf(f: ContentFile, text: string): string[] {
  let yaml = text;
  let lineOffset = 0;
  if (f.file.endsWith('.mdx')) {
    const split = splitFrontmatter(text);
    if (!split.hasFrontmatter) return ['no frontmatter'];
    yaml = split.frontmatter;
    lineOffset = split.frontmatterLine - 1;
  }
  const parsed = parseYamlWithLines(yaml, lineOffset);
  if (parsed.errors.length) return parsed.errors.map((e) => `${e.line}: ${e.message}`);
  const items: unknown[] =
    f.def.source.kind === 'file' && !f.def.source.single ? (parsed.data as unknown[]) : [parsed.data];
  return items.flatMap((data, index) => {
    const entry: RawEntry = { def: f.def, id: `entry-${index}`, file: f.file, data, lineOf: () => 1 };
    return validateEntry(entry).problems.map((p) => `${p.line} ${p.field}: ${p.problem}`);
  });
}

/** Data as a reader sees it: what fromFile gives, without the kept text. */
export const dataOf = (format: KeepFormat, text: string): EntryData => withoutOriginal(format.fromFile(text));

/** The first string in `value` that is a line of Chinese prose (not an id or a date), with its path. */
export function firstProse(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === 'string') return /\p{Script=Han}/u.test(value) && !value.includes('\n') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstProse(item, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === ORIGINAL || key === 'body') continue;
      const found = firstProse(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

export function setIn(data: EntryData, path: (string | number)[], value: unknown): void {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

export function getIn(data: EntryData, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);
}
