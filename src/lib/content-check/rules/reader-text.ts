/**
 * Rules on what a reader sees: no drafting vocabulary in any value of a data file or frontmatter (the MDX body is
 * checked in ../mdx-check.ts), and illustrative detail marked from data, as 示例 is.
 */
import { formatPath, type Problem } from '../../content-source/problem.ts';
import { readerTextProblems } from '../reader-words.ts';
import type { RuleInput } from './input.ts';

function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
  }
}

/**
 * Every string value of every entry (YAML data and MDX frontmatter): no drafting words, names spelled the site's one
 * way. Comments are not values, so they are free.
 */
export function draftingWordRule({ entries }: Pick<RuleInput, 'entries'>): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const [path, text] of strings(e.data)) {
      for (const found of readerTextProblems(text))
        problems.push({ file: e.file, line: e.lineOf(path), field: formatPath(path), ...found });
    }
  }
  return problems;
}

/** A publicity page says `illustrativeDetail: true` exactly when its body marks that detail with <Example>. */
export function illustrativeDetailRule({ valid, mdxFacts }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const e of valid) {
    if (e.def.name !== 'publicity') continue;
    const flagged = (e.parsed as { illustrativeDetail?: boolean }).illustrativeDetail === true;
    const marked = mdxFacts.get(e)?.components.has('Example') ?? false;
    if (flagged && !marked) {
      problems.push({
        file: e.file,
        line: e.lineOf(['illustrativeDetail']),
        field: 'illustrativeDetail',
        problem: '标明了“含示例内容”，但正文中没有 <Example> 块',
        fix: '把示意性的段落放进 <Example>…</Example>，或删除 illustrativeDetail 这一行',
      });
    } else if (marked && !flagged) {
      problems.push({
        file: e.file,
        line: 1,
        field: 'illustrativeDetail',
        problem: '正文中有 <Example> 示例块，但 frontmatter 没有标明',
        fix: '在 frontmatter 中加上一行 illustrativeDetail: true',
      });
    }
  }
  return problems;
}
