/**
 * An edition's files read the one way every edition feature reads them: content/ for the current text, or
 * editions/<year>/ for a frozen one, with the same file patterns and ids as the collections. Each MDX entry keeps
 * its raw frontmatter data (ids as plain strings) and its body; each catalogue entry its raw record. Also here:
 * which editions there are (the folders of editions/), and the revision log and chapter lists as the edition
 * chain and the past editions' pages read them.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { COLLECTIONS, type GlobSource } from '../../schemas/collections.ts';
import { FOLDERS, inProject } from '../paths.ts';
import { yamlWording } from './parser-messages.ts';
import { parseYamlWithLines, splitFrontmatter } from './source-map.ts';

/** An MDX file as the edition features read it: its frontmatter's data (ids as plain strings) and its body. */
export interface RawMdx {
  data: Record<string, unknown>;
  body: string;
}

/** A path under content/ as it sits inside an edition's folder: content/guide → guide. */
export const inEdition = (contentPath: string) =>
  contentPath.startsWith(`${FOLDERS.content}/`) ? contentPath.slice(FOLDERS.content.length + 1) : contentPath;

/** The frozen years: the folders of editions/. */
export function editionYears(root: string): string[] {
  const dir = inProject(root, 'editions');
  if (!existsSync(dir)) return [];
  return globSync('*/', { cwd: dir })
    .map((d) => d.replace(/\/$/, ''))
    .sort();
}

export interface EditionEntry extends RawMdx {
  /** The file's source, as written. */
  source: string;
  /** For a procedure: the chapter folder it sits in. */
  chapter?: string;
}

export interface EditionFiles {
  procedures: Map<string, EditionEntry>;
  flowcharts: Map<string, EditionEntry>;
  templates: Map<string, EditionEntry>;
  regulations: Map<string, Record<string, unknown>>;
  /**
   * Files whose YAML could not be read (read as empty here, never thrown: the content check names each at its line
   * in Chinese); a comparison involving them would report changes that are only the damage.
   */
  unreadable: string[];
}

/** YAML as the checker reads it (source-map.ts: core schema, dates stay text), or `broken` when it cannot be read. */
function parseYaml(text: string): unknown {
  const parsed = parseYamlWithLines(text);
  return parsed.errors.length ? broken : parsed.data;
}
const broken = Symbol('unreadable YAML');

/** One MDX file: frontmatter data and body; `unreadable` when its frontmatter is not valid YAML (data is then {}). */
export function rawMdx(source: string): RawMdx & { unreadable?: true } {
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

/** The revision log's entries as the edition chain reads them, from content/revisions.yaml under `root`. */
export function revisionLog(root: string): { id: string; date: string }[] {
  const entries = (parseYaml(readFileSync(inProject(root, 'content', 'revisions.yaml'), 'utf8')) ?? []) as Record<
    string,
    unknown
  >[];
  return entries.map((r) => ({ id: String(r.id), date: String(r.date) }));
}

/** The chapters an edition's folder lists in guide/chapters.yaml (their ids, in order). */
export function editionChapters(dir: string): { id: string }[] {
  return (parseYaml(readFileSync(join(dir, 'guide/chapters.yaml'), 'utf8')) ?? []) as { id: string }[];
}
