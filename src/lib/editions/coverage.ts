/**
 * Honest history: every procedure, flowchart, template and regulation-catalogue entry that differs between two
 * consecutive editions must be named by a change of the later edition's revision entry (content/revisions.yaml,
 * `procedures:` etc.), and every id a change names must differ — so the log and the editions can never disagree.
 * Editor comments (`{/* … *\/}` in MDX, `#` lines in YAML are not data), review records (`checked`) and search words
 * (`readerWords`) do not count.
 */
import type { Problem } from '../content-source/problem.ts';
import { inProject } from '../paths.ts';
import { routes } from '../routes.ts';
import {
  editionChapters,
  editionYears,
  rawMdx,
  readEdition,
  type EditionEntry,
  type EditionFiles,
} from '../content-source/editions.ts';
import { readManifest } from './freeze.ts';
import { editionPath } from '../routes.ts';

/** The kinds of thing an edition holds, with the Chinese word for each. */
export const COVERED = {
  procedures: { label: '工作程序' },
  flowcharts: { label: '流程图' },
  templates: { label: '文书模板' },
  regulations: { label: '制度文件' },
} as const;
export type CoveredKind = keyof typeof COVERED;

/** One edition as the comparison reads it: each covered item's comparable form, by kind and id. */
export type EditionItems = Record<CoveredKind, Map<string, string>>;

/**
 * An MDX file as compared: its frontmatter's data and its body without editor comments. `checked` (which version of a
 * regulation the text was checked against) is a review record, like a comment: a page's notice follows from it and
 * the catalogue, and the catalogue's change is what the log names. `readerWords` (what readers call the page) only
 * helps the search find it: the guideline's text is the same.
 */
export function comparableMdx(source: string): string {
  const { data: all, body } = rawMdx(source);
  const { checked: _review, readerWords: _search, ...data } = all as Record<string, unknown>;
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${JSON.stringify(data)}\n${text}`;
}

/** The covered items of an edition (as readEdition read it), in comparable form. */
export function editionItems(files: EditionFiles): EditionItems {
  const comparable = (entries: Map<string, EditionEntry>) =>
    new Map([...entries].map(([id, e]) => [id, comparableMdx(e.source)]));
  return {
    procedures: comparable(files.procedures),
    flowcharts: comparable(files.flowcharts),
    templates: comparable(files.templates),
    regulations: new Map([...files.regulations].map(([id, r]) => [id, JSON.stringify(r)])),
  };
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

/** One edition in the order they were issued: a frozen one (its folder under editions/) or the current text. */
export interface EditionLink {
  /** Its entry in content/revisions.yaml. */
  revision: string;
  /** The folder holding its files: editions/<year>/, or content/ for the current text. */
  dir: string;
  /** The folder's year, for a frozen edition. */
  year?: string;
  current: boolean;
}

/**
 * The editions in the order of their revision dates: every frozen one whose entry the log has, then the current
 * text, when the log already has an entry newer than the last frozen edition (until then the current text is that
 * edition being corrected, not a new one).
 */
export function editionChain(root: string, revisions: readonly { id: string; date: string }[]): EditionLink[] {
  const dateOf = new Map(revisions.map((r) => [r.id, r.date]));
  const frozen: EditionLink[] = editionYears(root)
    .map((year) => ({ year, manifest: readManifest(root, year).manifest }))
    .filter((e) => e.manifest && dateOf.has(e.manifest.revision))
    .map((e) => ({
      revision: e.manifest!.revision,
      dir: inProject(root, 'editions', e.year),
      year: e.year,
      current: false,
    }))
    .sort((a, b) => dateOf.get(a.revision)!.localeCompare(dateOf.get(b.revision)!));
  const latest = [...revisions].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  const last = frozen.at(-1);
  if (latest && (!last || latest.date > dateOf.get(last.revision)!)) {
    frozen.push({ revision: latest.id, dir: inProject(root, 'content'), current: true });
  }
  return frozen;
}

/**
 * The coverage problems of consecutive editions (editionChain): each located at the later edition's entry in
 * content/revisions.yaml.
 */
export function editionCoverageProblems(root: string, revisions: readonly RevisionEntry[]): Problem[] {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const chain = editionChain(
    root,
    revisions.map((r) => ({ id: r.id, date: String(r.data.date ?? '') })),
  );
  if (!chain.some((e) => !e.current)) return [];

  const files = chain.map((e) => readEdition(e.dir));
  // A file that cannot be read is reported at its line by the check; compared, it would only add noise.
  if (files.some((f) => f.unreadable.length > 0)) return [];
  const items = files.map(editionItems);
  const problems: Problem[] = [];
  for (let i = 1; i < chain.length; i++) {
    const earlier = byId.get(chain[i - 1]!.revision)!;
    const later = byId.get(chain[i]!.revision)!;
    const changed = changedIds(items[i - 1]!, items[i]!);
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

/**
 * The pages the editions add beyond the list: for each edition after the first, its changes page and a comparison
 * page for each procedure, template and flowchart it changed that both editions hold.
 */
export function editionPageRoutes(root: string, revisions: readonly { id: string; date: string }[]): string[] {
  const chain = editionChain(root, revisions);
  const files = chain.map((e) => readEdition(e.dir));
  const items = files.map(editionItems);
  return chain.slice(1).flatMap((edition, i) => {
    const [before, after] = [files[i]!, files[i + 1]!];
    const changed = changedIds(items[i]!, items[i + 1]!);
    return [
      routes.editionChanges(edition.revision),
      ...(['procedures', 'templates', 'flowcharts'] as const).flatMap((kind) =>
        changed[kind]
          .filter((id) => before[kind].has(id) && after[kind].has(id))
          .map((id) => routes.editionCompare(edition.revision, kind, id)),
      ),
    ];
  });
}

/**
 * The editions the site renders as past editions: every frozen one but the edition in force (the newest log entry;
 * until a newer entry exists, a frozen newest edition is the current text being corrected).
 */
export function pastEditionsOf(
  root: string,
  revisions: readonly { id: string; date: string }[],
): (EditionLink & { year: string })[] {
  const latest = [...revisions].sort((a, b) => a.date.localeCompare(b.date)).at(-1)?.id;
  return editionChain(root, revisions).filter(
    (e): e is EditionLink & { year: string } => e.year !== undefined && e.revision !== latest,
  );
}

/**
 * The pages of each past edition's section (every frozen edition but the one in force, the newest log entry): its
 * home, and its guide, chapters, procedures, flowcharts, templates and catalogue under /editions/<year>/. Read from
 * the frozen files themselves, so a test can hold the built site to them.
 */
export function pastEditionPageRoutes(root: string, revisions: readonly { id: string; date: string }[]): string[] {
  return pastEditionsOf(root, revisions).flatMap(({ year, dir }) => {
      const files = readEdition(dir);
      const chapters = editionChapters(dir);
      const pages = [
        routes.guide(),
        routes.flowcharts(),
        routes.templates(),
        routes.regulations(),
        ...chapters.map((c) => routes.chapter(c.id)),
        ...[...files.procedures].map(([id, p]) => routes.procedure(p.chapter!, id)),
        ...[...files.flowcharts.keys()].map((id) => routes.flowchart(id)),
        ...[...files.templates.keys()].map((id) => routes.template(id)),
      ];
      return [editionPath(year, '/'), ...pages.map((page) => editionPath(year, page))];
    });
}
