/**
 * Read content/ as the collections registry describes it, without Astro: every entry with its raw data, the line
 * of each key, and every problem met while reading (encoding, YAML syntax, missing frontmatter or id).
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionDef, FileSource, GlobSource } from '../../schemas/collections.ts';
import type { Problem } from './problem.ts';
import { yamlWording } from './parser-messages.ts';
import { parseYamlWithLines, splitFrontmatter, type ParsedYaml } from './source-map.ts';
import { readUtf8 } from './text.ts';

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

function readText(root: string, file: string, problems: Problem[]): string | null {
  try {
    return readUtf8(root, file);
  } catch (error) {
    const notUtf8 = error instanceof TypeError;
    problems.push({
      file,
      line: 1,
      field: '',
      problem: notUtf8 ? '文件不是 UTF-8 编码' : `无法读取文件（${(error as Error).message}）`,
      fix: notUtf8 ? '用编辑器“另存为”UTF-8 编码（不要用 GBK/GB2312）' : '确认文件存在且可读',
    });
    return null;
  }
}

function yamlProblems(file: string, errors: ParsedYaml['errors']): Problem[] {
  return errors.map((e) => ({ file, line: e.line, field: '', ...yamlWording(e.code, e.message) }));
}

/** A file name that becomes an id, and so part of a page's address, is a slug like any id. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function loadGlob(root: string, def: CollectionDef, source: GlobSource, out: LoadResult, skip: ReadonlySet<string>) {
  const files = globSync(source.pattern, { cwd: join(root, source.base) }).sort();
  for (const relative of files) {
    const file = `${source.base}/${relative}`;
    if (skip.has(file)) continue;
    const id = source.idOf(relative);
    if (!SLUG.test(id)) {
      out.problems.push({
        file,
        line: 1,
        field: '',
        problem: `「${id}」不能作编号：${def.label}的编号取自文件${relative.endsWith('index.mdx') ? '夹' : ''}名，是网址的一部分，只能用小写英文字母、数字和连字符`,
        fix: '改文件名，如 party-lesson.mdx（中文名称写在 title 里）',
      });
      continue;
    }
    const text = readText(root, file, out.problems);
    if (text === null) continue;
    if (file.endsWith('.mdx')) {
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
        continue;
      }
      const parsed = parseYamlWithLines(split.frontmatter, split.frontmatterLine - 1);
      out.problems.push(...yamlProblems(file, parsed.errors));
      if (parsed.errors.length) continue;
      out.entries.push({ def, id, file, data: parsed.data ?? {}, lineOf: parsed.lineOf, mdxSource: text });
    } else {
      const parsed = parseYamlWithLines(text);
      out.problems.push(...yamlProblems(file, parsed.errors));
      if (parsed.errors.length) continue;
      out.entries.push({ def, id, file, data: parsed.data ?? {}, lineOf: parsed.lineOf });
    }
  }
}

function loadFile(root: string, def: CollectionDef, source: FileSource, out: LoadResult, skip: ReadonlySet<string>) {
  const file = source.path;
  if (skip.has(file)) return;
  const text = readText(root, file, out.problems);
  if (text === null) return;
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

/** Read every collection of the registry under `root`, except the files in `skip` (reported already: too big). */
export function loadContent(
  root: string,
  defs: readonly CollectionDef[],
  skip: ReadonlySet<string> = new Set(),
): LoadResult {
  const out: LoadResult = { entries: [], problems: [] };
  for (const def of defs) {
    if (def.source.kind === 'glob') loadGlob(root, def, def.source, out, skip);
    else loadFile(root, def, def.source, out, skip);
  }
  return out;
}
