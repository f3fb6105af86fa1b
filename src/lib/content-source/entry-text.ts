/**
 * One file's text read into entries, as the checker reads it: no file system here, so the browser editor
 * (src/lib/cms/entry-warnings.ts) reads the text it is about to save exactly as `npm run check` will read the file
 * (entries.ts reads the files and hands each text to these functions).
 */
import type { CollectionDef, FileSource } from '../../schemas/collections.ts';
import type { Problem } from './problem.ts';
import { yamlWording } from './parser-messages.ts';
import { parseYamlWithLines, splitFrontmatter, type ParsedYaml } from './source-map.ts';

export interface RawEntry {
  def: CollectionDef;
  id: string;
  /** Repository-relative path. */
  file: string;
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Full source of an MDX entry (frontmatter included, so body positions are file lines). */
  mdxSource?: string;
}

export interface LoadResult {
  entries: RawEntry[];
  problems: Problem[];
}

function yamlProblems(file: string, errors: ParsedYaml['errors']): Problem[] {
  return errors.map((e) => ({ file, line: e.line, field: '', ...yamlWording(e.code, e.message) }));
}

/** The entry of one file of a glob collection (a YAML map, or MDX with frontmatter), whose id is `id`. */
export function readGlobEntry(def: CollectionDef, id: string, file: string, text: string, out: LoadResult): void {
  if (/\.mdx$/.test(file)) {
    const split = splitFrontmatter(text);
    if (!split.hasFrontmatter) {
      const opened = /^\uFEFF?---\s*(\r?\n|$)/.test(text);
      out.problems.push({
        file,
        line: 1,
        field: '',
        problem: opened ? '文件开头的 frontmatter 没有结束的 --- 行' : '缺少文件开头的 frontmatter',
        fix: opened
          ? '在最后一个“字段: 值”之后单独写一行 ---，再写正文'
          : '在第一行写 ---，接着写“字段: 值”，再用一行 --- 结束；可参照同一文件夹中的其他文件',
      });
      return;
    }
    const parsed = parseYamlWithLines(split.frontmatter, split.frontmatterLine - 1);
    out.problems.push(...yamlProblems(file, parsed.errors));
    if (parsed.errors.length) return;
    out.entries.push({ def, id, file, data: parsed.data ?? {}, lineOf: parsed.lineOf, mdxSource: text });
  } else {
    const parsed = parseYamlWithLines(text);
    out.problems.push(...yamlProblems(file, parsed.errors));
    if (parsed.errors.length) return;
    out.entries.push({ def, id, file, data: parsed.data ?? {}, lineOf: parsed.lineOf });
  }
}

/** The entries of a collection kept in one YAML file: the whole file (`single`), or each item of its list. */
export function readFileEntries(def: CollectionDef, source: FileSource, text: string, out: LoadResult): void {
  const file = source.path;
  const parsed = parseYamlWithLines(text);
  out.problems.push(...yamlProblems(file, parsed.errors));
  if (parsed.errors.length) return;
  if (source.single) {
    out.entries.push({ def, id: source.single.id, file, data: parsed.data ?? {}, lineOf: parsed.lineOf });
    return;
  }
  if (!Array.isArray(parsed.data)) {
    out.problems.push({
      file,
      line: 1,
      field: '',
      problem: '文件应为一个列表',
      fix: '每一项以“- id: 编号”开头，其余字段缩进两格',
    });
    return;
  }
  parsed.data.forEach((item: unknown, index: number) => {
    const id = (item as { id?: unknown } | null)?.id;
    const lineOf = (path: readonly PropertyKey[]) => parsed.lineOf([index, ...path]);
    if (typeof id !== 'string' || id === '') {
      out.problems.push({
        file,
        line: lineOf([]),
        field: `[${index}]`,
        problem: '这一项缺少「编号」(id)',
        fix: '在这一项第一行写 id: 加上小写英文编号，如 id: party-constitution',
      });
      return;
    }
    out.entries.push({ def, id, file, data: item, lineOf });
  });
}
