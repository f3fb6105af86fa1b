/**
 * Honest history: every procedure, flowchart, template and regulation-catalogue entry that differs between two
 * consecutive editions must be named by a change of the later edition's revision entry (content/revisions.yaml,
 * `procedures:` etc.), and every id a change names must differ — so the log and the editions can never disagree.
 * Editor comments (`{/* … *\/}` in MDX, `#` lines in YAML are not data) do not count as differences.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, type GlobSource } from '../../schemas/collections.ts';
import type { Problem } from '../content-check/problem.ts';
import { splitFrontmatter } from '../content-check/source-map.ts';
import { EDITIONS_DIR, editionYears, readManifest } from './freeze.ts';

/** The kinds of thing an edition holds, with the Chinese word for each and where its files are. */
export const COVERED = {
  procedures: { label: '工作程序', base: 'guide' },
  flowcharts: { label: '流程图', base: 'flowcharts' },
  templates: { label: '文书模板', base: 'templates' },
  regulations: { label: '制度文件', base: '' },
} as const;
export type CoveredKind = keyof typeof COVERED;

/** One edition as the comparison reads it: each covered item's comparable form, by kind and id. */
export type EditionItems = Record<CoveredKind, Map<string, string>>;

/** An MDX file as compared: its frontmatter's data and its body without editor comments. */
export function comparableMdx(source: string): string {
  const split = splitFrontmatter(source);
  const body = split.hasFrontmatter ? source.slice(source.indexOf('\n---', 3) + 4) : source;
  const data: unknown = split.hasFrontmatter ? parse(split.frontmatter) : {};
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${JSON.stringify(data)}\n${text}`;
}

/** Read the covered items of an edition folder (content/ or editions/<year>/). */
export function editionItems(dir: string): EditionItems {
  const items = { procedures: new Map(), flowcharts: new Map(), templates: new Map(), regulations: new Map() };
  for (const kind of ['procedures', 'flowcharts', 'templates'] as const) {
    const { base } = COVERED[kind];
    // The same file pattern and id as the collection's, read under the edition's folder instead of content/.
    const source = COLLECTIONS[kind].source as GlobSource;
    for (const file of globSync(source.pattern, { cwd: join(dir, base) })) {
      items[kind].set(source.idOf(file), comparableMdx(readFileSync(join(dir, base, file), 'utf8')));
    }
  }
  const catalogue = parse(readFileSync(join(dir, 'regulations.yaml'), 'utf8')) as { id?: unknown }[] | null;
  for (const entry of catalogue ?? []) items.regulations.set(String(entry.id), JSON.stringify(entry));
  return items;
}

/** What differs from one edition to the next: added, removed or changed ids of each kind. */
export function changedIds(before: EditionItems, after: EditionItems): Record<CoveredKind, string[]> {
  const out = {} as Record<CoveredKind, string[]>;
  for (const kind of Object.keys(COVERED) as CoveredKind[]) {
    const ids = new Set([...before[kind].keys(), ...after[kind].keys()]);
    out[kind] = [...ids].filter((id) => before[kind].get(id) !== after[kind].get(id)).sort();
  }
  return out;
}

/** A revision entry's changes, as far as coverage needs them. */
export type NamedIds = Partial<Record<CoveredKind, readonly string[]>>;

export interface CoverageGap {
  kind: CoveredKind;
  id: string;
  /** 'unrecorded': it differs but no change names it; 'unchanged': a change names it but it does not differ. */
  gap: 'unrecorded' | 'unchanged';
}

/** Where the log and the difference between two editions disagree. */
export function coverageGaps(changed: Record<CoveredKind, string[]>, named: readonly NamedIds[]): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const kind of Object.keys(COVERED) as CoveredKind[]) {
    const names = new Set(named.flatMap((change) => change[kind] ?? []));
    for (const id of changed[kind]) if (!names.has(id)) gaps.push({ kind, id, gap: 'unrecorded' });
    for (const id of [...names].sort()) if (!changed[kind].includes(id)) gaps.push({ kind, id, gap: 'unchanged' });
  }
  return gaps;
}

/** A revision entry as the check reads it (raw data: references are still plain ids). */
export interface RevisionEntry {
  id: string;
  data: { title?: unknown; date?: unknown; changes?: unknown };
  lineOf: (path: readonly PropertyKey[]) => number;
}

const namedIn = (entry: RevisionEntry): NamedIds[] =>
  (Array.isArray(entry.data.changes) ? entry.data.changes : []).map((change: Record<string, unknown>) =>
    Object.fromEntries(
      (Object.keys(COVERED) as CoveredKind[]).map((kind) => [
        kind,
        Array.isArray(change?.[kind]) ? (change[kind] as unknown[]).map(String) : [],
      ]),
    ),
  );

/**
 * The coverage problems of the frozen editions (editions/<year>/, in the order of their revision dates) and of the
 * current text, when the log already has an entry newer than the last frozen edition: each problem is located at
 * the later edition's entry in content/revisions.yaml.
 */
export function editionCoverageProblems(root: string, revisions: readonly RevisionEntry[]): Problem[] {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const dateOf = (id: string) => String(byId.get(id)?.data.date ?? '');
  const frozen = editionYears(root)
    .map((year) => ({ year, manifest: readManifest(root, year).manifest }))
    .filter((e) => e.manifest && byId.has(e.manifest.revision))
    .map((e) => ({ revision: e.manifest!.revision, dir: join(root, EDITIONS_DIR, e.year) }))
    .sort((a, b) => dateOf(a.revision).localeCompare(dateOf(b.revision)));
  if (!frozen.length) return [];
  const latest = [...revisions].sort((a, b) => String(a.data.date).localeCompare(String(b.data.date))).at(-1)!;
  const chain =
    dateOf(latest.id) > dateOf(frozen.at(-1)!.revision)
      ? [...frozen, { revision: latest.id, dir: join(root, 'content') }]
      : frozen;

  const problems: Problem[] = [];
  for (let i = 1; i < chain.length; i++) {
    const earlier = byId.get(chain[i - 1]!.revision)!;
    const later = byId.get(chain[i]!.revision)!;
    const changed = changedIds(editionItems(chain[i - 1]!.dir), editionItems(chain[i]!.dir));
    const [a, b] = [String(earlier.data.title ?? earlier.id), String(later.data.title ?? later.id)];
    for (const { kind, id, gap } of coverageGaps(changed, namedIn(later))) {
      const label = COVERED[kind].label;
      problems.push({
        file: 'content/revisions.yaml',
        line: later.lineOf(['changes']),
        field: 'changes',
        ...(gap === 'unrecorded'
          ? {
              problem: `${b}与${a}相比，${label}「${id}」有改动，但${b}的修订内容没有提到它`,
              fix: `在${b}写明这项改动的那条修订内容下加 ${kind}: [${id}]，并在说明中写清改了什么`,
            }
          : {
              problem: `${b}的修订内容提到${label}「${id}」，但它与${a}相同`,
              fix: `删去这个编号，或在${b}的文件中做出说明所写的改动`,
            }),
      });
    }
  }
  return problems;
}
