/**
 * Read content/ as the collections registry describes it, without Astro: every entry with its raw data, the line
 * of each key, and every problem met while reading (encoding, YAML syntax, missing frontmatter or id).
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionDef, FileSource, GlobSource } from '../../schemas/collections.ts';
import type { Problem } from './problem.ts';
import { readFileEntries, readGlobEntry, type LoadResult } from './entry-text.ts';
import { readUtf8 } from './text.ts';

export type { LoadResult, RawEntry } from './entry-text.ts';

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
    if (text !== null) readGlobEntry(def, id, file, text, out);
  }
}

function loadFile(root: string, def: CollectionDef, source: FileSource, out: LoadResult, skip: ReadonlySet<string>) {
  const file = source.path;
  if (skip.has(file)) return;
  const text = readText(root, file, out.problems);
  if (text === null) return;
  readFileEntries(def, source, text, out);
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
