/**
 * An edition's files read the one way every edition feature reads them: content/ for the current text, or
 * editions/<year>/ for a frozen one, with the same file patterns and ids as the collections. Each MDX entry keeps
 * its raw frontmatter data (ids as plain strings) and its body; each catalogue entry its raw record.
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type GlobSource } from '../../schemas/collections.ts';
import { yamlWording } from '../content-check/parser-messages.ts';
import { parseYamlWithLines, splitFrontmatter } from '../content-check/source-map.ts';
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
  /**
   * Files whose YAML could not be read (read as empty here, never thrown: the content check names each at its line
   * in Chinese); a comparison involving them would report changes that are only the damage.
   */
  unreadable: string[];
}

/** YAML as the checker reads it (core schema: dates stay text), or `broken` when it cannot be read. */
function parseYaml(text: string): unknown {
  try {
    return parse(text, { schema: 'core' }) as unknown;
  } catch {
    return broken;
  }
}
const broken = Symbol('unreadable YAML');


/** One MDX file: frontmatter data and body; `unreadable` when its frontmatter is not valid YAML (data is then {}). */
export function rawMdx(source: string): RawProcedure & { unreadable?: true } {
  const split = splitFrontmatter(source);
  if (!split.hasFrontmatter) return { data: {}, body: source };
  const end = source.indexOf('\n---', 3);
  const data = parseYaml(split.frontmatter);
  const body = source.slice(source.indexOf('\n', end + 1) + 1);
  if (data === broken) return { data: {}, body, unreadable: true };
  return { data: isRecord(data) ? data : {}, body };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readEdition(dir: string): EditionFiles {
  const unreadable: string[] = [];
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
          const { unreadable: damaged, ...raw } = rawMdx(text);
          if (damaged) unreadable.push(join(folder, file));
          return [source.idOf(file), { ...raw, source: text, ...(chapter ? { chapter } : {}) }] as const;
        }),
    );
  };
  const list = parseYaml(readFileSync(join(dir, 'regulations.yaml'), 'utf8'));
  if (list === broken) unreadable.push(join(dir, 'regulations.yaml'));
  const catalogue = Array.isArray(list) ? list.filter(isRecord) : [];
  return {
    procedures: read('procedures'),
    flowcharts: read('flowcharts'),
    templates: read('templates'),
    regulations: new Map(catalogue.map((r) => [String(r.id), r])),
    unreadable,
  };
}

/**
 * A frozen list file's items (chapters.yaml, regulations.yaml) for the edition collections. The content check
 * names a broken one first, at its line, and `npm run build` stops Astro then; should Astro read it anyway (`npm run
 * dev`, a bare `astro build`), it stops with the same Chinese words, never the YAML parser's English or a stack.
 */
export function readEditionList(file: string): Record<string, unknown>[] {
  const stop = (line: number, problem: string, fix: string) =>
    Object.assign(new Error(`${file}:${line} ${problem} — ${fix}（运行 npm run check 查看全部问题）`), { stack: '' });
  const parsed = parseYamlWithLines(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const error = parsed.errors[0];
  if (error) {
    const { problem, fix } = yamlWording(error.code, error.message);
    throw stop(error.line, problem, fix);
  }
  const items = parsed.data ?? [];
  if (!Array.isArray(items) || items.some((item) => !item || typeof item !== 'object' || Array.isArray(item))) {
    throw stop(1, '应为列表，每项是一组“字段: 值”', '每项以“- id: 编号”开头；已冻结的文件从 git 历史恢复');
  }
  return items as Record<string, unknown>[];
}
