/**
 * The content checker: reads content/ and editions/ (src/lib/content-source/), validates every entry with its
 * collection's schema, runs every rule of rules/index.ts, and returns EVERY problem at once, so an editor fixes a
 * pull request in one round.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_LIST } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/context.ts';
import { SEED_COUNTS } from '../../schemas/seed-facts.ts';
import { invisibleCharacterProblems } from '../content-source/characters.ts';
import { loadContent } from '../content-source/entries.ts';
import { sortProblems, type Problem } from '../content-source/problem.ts';
import { rememberYamlIn, type YamlReading } from '../content-source/source-map.ts';
import { readUtf8 } from '../content-source/text.ts';
import { isTextFile, readContentTree, type ContentTree } from '../content-source/tree.ts';
import { allPageRoutes } from '../site-map.ts';
import type { CheckMemo } from './check-memo.ts';
import { checkMdx, type MdxFacts } from './mdx-check.ts';
import { RULES, type RuleInput, type SeedCounts } from './rules/index.ts';
import { entryIndex } from './rules/input.ts';
import { validateEntry, type ValidEntry } from './validate.ts';

export type { Problem } from '../content-source/problem.ts';
export { formatProblem } from '../content-source/problem.ts';

export interface CheckResult {
  problems: Problem[];
  /** Entries read, by collection: for the summary line. */
  counts: Map<CollectionName, number>;
  /** What went wrong inside the checker itself (stack traces), for developers: .build/check-fault.log. */
  faults?: string[];
}

export interface CheckOptions {
  /** The counts to enforce; the seed's by default. */
  counts?: SeedCounts;
  /** What earlier runs worked out (check-memo.ts): `npm run check` keeps one; tests check from scratch. */
  memo?: CheckMemo;
}

/** Content read and validated entry by entry: what the cross-entry rules read, and the problems found so far. */
export interface ReadContent {
  input: RuleInput;
  problems: Problem[];
}

/** The text files' own problems, before any is parsed: invisible characters, wherever they are. */
function textProblems(root: string, tree: ContentTree, memo: CheckMemo | undefined): Problem[] {
  const found = memo?.table<Problem[]>('characters');
  return tree.files
    .filter((f) => isTextFile(f.path) && !tree.tooBig.has(f.path))
    .flatMap((f) => {
      let text: string;
      try {
        text = readUtf8(root, f.path);
      } catch {
        return []; // not UTF-8: reported as such where the file is read (content-source/entries.ts)
      }
      const key = `${f.path}\0${text}`;
      const known = found?.get(key);
      if (known) return known;
      const problems = invisibleCharacterProblems(f.path, text);
      found?.set(key, problems);
      return problems;
    });
}

export function readContent(
  root: string,
  { counts: seedCounts = SEED_COUNTS, memo }: CheckOptions = {},
  tree: ContentTree = readContentTree(root),
): ReadContent {
  const { entries, problems } = loadContent(root, COLLECTION_LIST, tree.tooBig);
  problems.push(...tree.problems, ...textProblems(root, tree, memo));

  const { ids, entryCounts } = entryIndex(entries);
  const knownRoutes = allPageRoutes(
    entries.map((e) => ({ collection: e.def.name, id: e.id, filePath: e.file, data: e.data })),
  );

  const fileExists = (path: string) => existsSync(join(root, path));
  const valid: ValidEntry[] = [];
  const mdxFacts = new Map<ValidEntry, MdxFacts>();
  for (const entry of entries) {
    const result = validateEntry(entry);
    problems.push(...result.problems);
    const checked: ValidEntry = { ...entry, parsed: result.parsed };
    if (entry.mdxSource !== undefined) {
      const mdx = checkMdx({ file: entry.file, source: entry.mdxSource, knownRoutes, fileExists });
      problems.push(...mdx.problems);
      mdxFacts.set(checked, mdx.facts);
    }
    if (result.parsed !== undefined) valid.push(checked);
  }

  return {
    problems,
    input: { root, entries, ids, valid, mdxFacts, knownRoutes, counts: seedCounts, entryCounts, memo },
  };
}

export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  // A link may lead anywhere (outside the repository, a device that never ends): while one is there, nothing in the
  // editor's folders is read, and the links are all the report says.
  const tree = readContentTree(root);
  if (tree.unsafe.length) return { problems: sortProblems(tree.unsafe), counts: new Map() };
  const faults: string[] = [];
  // Every YAML text of the run (content/, editions/, read by the rules too) is read through the memo, if one is kept.
  rememberYamlIn(options.memo?.table<YamlReading>('yaml'));
  try {
    const { input, problems } = readContent(root, options, tree);
    const guard = guarded(faults);
    problems.push(...(await Promise.all(RULES.map((rule) => guard(rule.name, () => rule(input))))).flat());
    return { problems: sortProblems(problems), counts: input.entryCounts, faults };
  } finally {
    rememberYamlIn(undefined);
  }
}

/**
 * Each rule run so that a fault in it (most often content so malformed that a rule meets a shape it does not expect,
 * reported by the schema already) becomes one Chinese problem and a note for developers in `faults`, never an
 * exception: the other rules still report, and the check still fails.
 */
function guarded(faults: string[]) {
  return async (name: string, rule: () => Problem[] | Promise<Problem[]>): Promise<Problem[]> => {
    try {
      return await rule();
    } catch (error) {
      faults.push(`${name}: ${(error as Error)?.stack ?? String(error)}`);
      return [
        {
          file: 'content',
          line: 1,
          field: '',
          problem: `有一项检查（${name}）未能完成：程序遇到了意外情况，多由本清单中的其他问题引起`,
          fix: '先改好其他问题再运行 npm run check；只剩这一条时，请把 .build/check-fault.log 发给开发人员',
        },
      ];
    }
  };
}
