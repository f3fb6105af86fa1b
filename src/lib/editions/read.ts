/**
 * An edition's files read the one way every edition feature reads them: content/ for the current text, or
 * editions/<year>/ for a frozen one, with the same file patterns and ids as the collections. Each MDX entry keeps
 * its raw frontmatter data (ids as plain strings) and its body; each catalogue entry its raw record.
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type GlobSource } from '../../schemas/collections.ts';
import { splitFrontmatter } from '../content-check/source-map.ts';
import { inEdition } from './collections.ts';
import type { RawProcedure } from './compare.ts';

export interface RawEntry extends RawProcedure {
  /** The file's source, as written. */
  source: string;
  /** For a procedure: the chapter folder it sits in. */
  chapter?: string;
}

export interface EditionFiles {
  procedures: Map<string, RawEntry>;
  flowcharts: Map<string, RawEntry>;
  templates: Map<string, RawEntry>;
  regulations: Map<string, Record<string, unknown>>;
}


/** One MDX file: frontmatter data and body. */
export function rawMdx(source: string): RawProcedure {
  const split = splitFrontmatter(source);
  if (!split.hasFrontmatter) return { data: {}, body: source };
  const end = source.indexOf('\n---', 3);
  return {
    data: (parse(split.frontmatter, { schema: 'core' }) as Record<string, unknown>) ?? {},
    body: source.slice(source.indexOf('\n', end + 1) + 1),
  };
}

export function readEdition(dir: string): EditionFiles {
  const read = (kind: 'procedures' | 'flowcharts' | 'templates') => {
    const source = COLLECTIONS[kind].source as GlobSource;
    // The same folder inside content/ and inside an edition (guide/, flowcharts/, templates/).
    const folder = join(dir, inEdition(source.base));
    return new Map(
      globSync(source.pattern, { cwd: folder })
        .sort()
        .map((file) => {
          const text = readFileSync(join(folder, file), 'utf8');
          const chapter = kind === 'procedures' ? basename(dirname(file)) : undefined;
          return [source.idOf(file), { ...rawMdx(text), source: text, ...(chapter ? { chapter } : {}) }] as const;
        }),
    );
  };
  const catalogue = (parse(readFileSync(join(dir, 'regulations.yaml'), 'utf8'), { schema: 'core' }) ?? []) as Record<
    string,
    unknown
  >[];
  return {
    procedures: read('procedures'),
    flowcharts: read('flowcharts'),
    templates: read('templates'),
    regulations: new Map(catalogue.map((r) => [String(r.id), r])),
  };
}
