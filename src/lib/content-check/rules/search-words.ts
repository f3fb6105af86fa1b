/**
 * The search's vocabulary (content/search/words.yaml and the `readerWords` of procedures and templates): each reader's
 * word says one thing in one place, is not also a question word the search drops, and every site word it stands for
 * is used by the pages — otherwise a reader typing it would be sent looking for a word no page has.
 */
import type { Problem } from '../../content-source/problem.ts';
import { entriesOf, problemAt, type RuleInput } from './input.ts';
import type { ValidEntry } from '../validate.ts';

interface Said {
  word: string;
  entry: ValidEntry;
  path: PropertyKey[];
}

const where = (s: Said) => `${s.entry.file}:${s.entry.lineOf(s.path)}`;

export function searchWordsRule({ valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const vocabulary = entriesOf(valid, 'searchWords')[0];
  const said: Said[] = [];
  vocabulary?.parsed.words.forEach((w, i) =>
    w.readerWords.forEach((word, j) => said.push({ word, entry: vocabulary, path: ['words', i, 'readerWords', j] })),
  );
  for (const e of [...entriesOf(valid, 'procedures'), ...entriesOf(valid, 'templates')]) {
    e.parsed.readerWords?.forEach((word, j) => said.push({ word, entry: e, path: ['readerWords', j] }));
  }

  const first = new Map<string, Said>();
  for (const s of said) {
    const before = first.get(s.word);
    if (!before) {
      first.set(s.word, s);
      continue;
    }
    problems.push(
      problemAt(
        s.entry,
        s.path,
        `读者的说法「${s.word}」已写在 ${where(before)}`,
        '一个说法只写一处，指向一个意思：删去其中一处',
      ),
    );
  }

  if (!vocabulary) return problems;
  const ignored = new Set(vocabulary.parsed.ignore);
  for (const s of said) {
    if (ignored.has(s.word))
      problems.push(
        problemAt(
          s.entry,
          s.path,
          `「${s.word}」也写在问句用语（ignore）中，搜索会把它去掉`,
          '删去 ignore 中的这一项，或不把它作为读者的说法',
        ),
      );
  }
  const siteText = valid
    .filter((e) => e.def.name !== 'searchWords')
    .map((e) => e.mdxSource ?? JSON.stringify(e.data))
    .join('\n');
  vocabulary.parsed.words.forEach((w, i) => {
    if (w.term && !siteText.includes(w.term))
      problems.push(
        problemAt(
          vocabulary,
          ['words', i, 'term'],
          `网站用语「${w.term}」在页面中没有出现，读者输入这些说法时按它查找不到任何页面`,
          '改成页面里用的词（在 content/ 中搜索确认），或删去 term 只写 kind',
        ),
      );
  });
  return problems;
}
