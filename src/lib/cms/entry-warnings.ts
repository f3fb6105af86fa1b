/**
 * What `npm run check` would say about the entry being edited, said in the editor before it is saved.
 *
 * One set of rules: the entry is written with the format Decap saves it with (./keep-format.ts), that text is read
 * as the checker reads a file (../content-source/entry-text.ts), validated with the checker's own schema context
 * (../content-check/validate.ts) and then, beside every other entry of the site, run through the checker's own
 * rules (../content-check/rules/) — the messages are the checker's, word for word. The other entries come from a
 * snapshot of content/ written at build time (admin/content-snapshot.json, `contentSnapshot` below): their raw data
 * only, the same data the checker starts from, so the cross-entry rules (a 期号 or month used twice, a reference to
 * a procedure that does not exist, a template that its procedure does not list) judge the edit against the site.
 *
 * Chosen over a second, browser-only set of checks (the brief's "one source of truth"), and over running the
 * checker whole in the browser: the rules that read files (images, attachments, .docx originals), parse diagrams
 * or MDX bodies, or read frozen editions need node:fs or the whole body of every page, so they stay with the
 * forge's CI check (CI_ONLY_RULES, held against RULES by tests/unit/entry-warnings.test.ts).
 */
import { COLLECTIONS, type CollectionDef } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/context.ts';
import { SEED_COUNTS } from '../../schemas/seed-facts.ts';
import { invisibleCharacterProblems, showInvisible } from '../content-source/characters.ts';
import { readFileEntries, readGlobEntry, type LoadResult, type RawEntry } from '../content-source/entry-text.ts';
import { formatPath, type Problem } from '../content-source/problem.ts';
import { bulletinDateRule, revisionDateRule } from '../content-check/rules/dates.ts';
import { duesRule } from '../content-check/rules/dues.ts';
import { entryIndex, type RuleInput } from '../content-check/rules/input.ts';
import { placementRule, uniquenessRule } from '../content-check/rules/placement.ts';
import { draftingWordRule } from '../content-check/rules/reader-text.ts';
import { backlinkRule, catalogueRoleRule, duplicateIdRule, referenceRule } from '../content-check/rules/references.ts';
import { dutyListRule, seedCountRule } from '../content-check/rules/seed-counts.ts';
import { timelineConsistencyRule } from '../content-check/rules/timeline-consistency.ts';
import { versionRule } from '../content-check/rules/versions.ts';
import { validateEntry, type ValidEntry } from '../content-check/validate.ts';
import { formatOf, withoutOriginal, type EntryData } from './keep-format.ts';

/** Where the build writes the snapshot, beside the editor page (src/pipeline/integrations/editor.ts). */
export const CONTENT_SNAPSHOT = 'content-snapshot.json';

/** One entry as the checker first reads it: raw data, before its schema. */
export interface SnapshotEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
}

export interface ContentSnapshot {
  entries: SnapshotEntry[];
  /** How Decap names a new entry's file, by collection (the config's `slug`, e.g. {{fields.month}}). */
  slugs: Partial<Record<CollectionName, string>>;
}

/**
 * The checker's rules that judge what the browser has: the raw data of every entry. Each rule of RULES is here or
 * in CI_ONLY_RULES (a test holds the two lists to RULES).
 */
export const BROWSER_RULES: readonly ((input: RuleInput) => Problem[])[] = [
  timelineConsistencyRule,
  duplicateIdRule,
  referenceRule,
  backlinkRule,
  catalogueRoleRule,
  dutyListRule,
  seedCountRule,
  uniquenessRule,
  placementRule,
  bulletinDateRule,
  revisionDateRule,
  duesRule,
  versionRule,
  draftingWordRule,
];

/**
 * Left to `npm run check` on the forge, with the reason: what they read is not in the browser (files, frozen
 * editions), or is every page's MDX body (the snapshot would carry the whole site; the body's own checks run on
 * the forge), or needs a parser too big for the editor's script (diagrams).
 */
export const CI_ONLY_RULES: Readonly<Record<string, string>> = {
  anchorRule: 'reads the headings of every MDX body',
  illustrativeDetailRule: 'reads the components of the MDX body (mdx-check.ts)',
  searchWordsRule: 'looks for each site word in every page body',
  timelineTextRule: 'parses the procedure body with the MDX parser',
  mermaidRule: 'parses diagrams',
  mermaidSyntaxRule: 'parses diagrams',
  templateDocumentRule: 'reads the .docx originals',
  attachmentRule: 'reads the attachment folder',
  imageRule: 'decodes image files',
  editionFreezeRule: 'reads editions/',
  editionEntryRule: 'reads editions/',
  editionCoverageRule: 'reads editions/',
};

/** The snapshot of content/ as read by content-source (loadContent), and the config's new-entry file names. */
export function contentSnapshot(
  entries: readonly RawEntry[],
  collections: readonly { name: string; slug?: string }[],
): ContentSnapshot {
  const slugs: ContentSnapshot['slugs'] = {};
  for (const c of collections) if (c.slug && c.name in COLLECTIONS) slugs[c.name as CollectionName] = c.slug;
  return {
    entries: entries.map((e) => ({ collection: e.def.name, id: e.id, file: e.file, data: e.data })),
    slugs,
  };
}

/** The format Decap saves a collection with, as src/lib/cms/config.ts names it for each kind of source. */
/** A new entry's file, named as Decap will name it: the slug's {{fields.x}} from the form, else a stand-in id. */
function newFileOf(def: CollectionDef, slug: string | undefined, data: EntryData): { file: string; id: string } {
  if (def.source.kind === 'file') return { file: def.source.path, id: def.source.single?.id ?? '' };
  const named = (slug ?? '').replace(/\{\{fields\.(\w+)\}\}/g, (_, key: string) => String(data[key] ?? '').trim());
  const id = named && !named.includes('{{') ? named : 'new-entry';
  return { file: `${def.source.base}/${def.source.pattern.replaceAll('*', id)}`, id };
}

/** The snapshot's other entries, validated once per snapshot: each edit validates only the edited file. */
const prepared = new WeakMap<ContentSnapshot, { raw: RawEntry[]; valid: Map<RawEntry, ValidEntry | undefined> }>();

/** Validate the snapshot's entries ahead of the first edit (zod compiles each schema once): a few hundred ms. */
export function prepareSnapshot(snapshot: ContentSnapshot) {
  let done = prepared.get(snapshot);
  if (!done) {
    // Lines mean nothing in a form: problems are named by their field.
    const raw = snapshot.entries.map((e) => ({
      def: COLLECTIONS[e.collection],
      id: e.id,
      file: e.file,
      data: e.data,
      lineOf: () => 0,
    }));
    const valid = new Map<RawEntry, ValidEntry | undefined>();
    for (const e of raw) {
      const { parsed } = validateEntry(e);
      valid.set(e, parsed === undefined ? undefined : { ...e, parsed });
    }
    // Once over the site as it is, so that what the rules build on first use (the date solver's schema) is ready
    // before the first edit: that edit then takes tens of milliseconds, not hundreds.
    runRules(
      raw,
      [...valid.values()].filter((v) => v !== undefined),
    );
    prepared.set(snapshot, (done = { raw, valid }));
  }
  return done;
}

/** The browser's rules over a whole site's entries, each guarded as the checker guards it (../content-check/index.ts). */
function runRules(entries: RawEntry[], valid: ValidEntry[]): Problem[] {
  const input: RuleInput = {
    root: '',
    entries,
    ...entryIndex(entries),
    valid,
    mdxFacts: new Map(),
    knownRoutes: new Set(),
    counts: SEED_COUNTS,
  };
  return BROWSER_RULES.flatMap((rule) => {
    try {
      return rule(input);
    } catch {
      return []; // a shape the rule does not expect: the schema has said what is wrong already
    }
  });
}

/** How a problem reads in the form: the field it concerns, then the checker's message and its fix. */
export function formatWarning(p: Problem): string {
  const field = p.field ? `${p.field}：` : '';
  const warning = p.severity === 'warning' ? '（提醒）' : '';
  return showInvisible(`${warning}${field}${p.problem}${p.fix ? ` — ${p.fix}` : ''}`);
}

/**
 * The problems `npm run check` would report in the edited entry's file once it is saved: `data` is Decap's entry
 * data (with the kept original text, `body` for MDX, `items` for a list file), `file` the entry's path (undefined for
 * a new entry). Problems of other files (another bulletin already using this 期号 is reported at the later one) are
 * left out unless they are this file's.
 */
export function entryWarnings(
  snapshot: ContentSnapshot,
  collection: string,
  file: string | undefined,
  data: EntryData,
): Problem[] {
  const def = COLLECTIONS[collection as CollectionName] as CollectionDef | undefined;
  if (!def) return [];
  const where = file ? { file, id: idOf(def, file) } : newFileOf(def, snapshot.slugs[def.name], data);

  let text: string;
  try {
    // A new entry has no text of its own yet (a duplicate carries the text of the entry it was copied from).
    text = formatOf(def).toFile(file ? data : withoutOriginal(data));
  } catch (error) {
    return [{ file: where.file, line: 1, field: '', problem: (error as Error).message, fix: '' }];
  }
  const read: LoadResult = { entries: [], problems: [] };
  if (def.source.kind === 'glob') readGlobEntry(def, where.id, where.file, text, read);
  else readFileEntries(def, def.source, text, read);
  const edited = read.entries;

  const problems: Problem[] = [...read.problems, ...invisibleCharacterProblems(where.file, text)];
  const { raw, valid } = prepareSnapshot(snapshot);
  const others = raw.filter((e) => e.file !== where.file);
  const at = others.findIndex((e) => e.def === def && e.file > where.file);
  const lastOfKind = others.findLastIndex((e) => e.def === def);
  const insertAt = at >= 0 ? at : lastOfKind >= 0 ? lastOfKind + 1 : others.length;
  const entries = [...others.slice(0, insertAt), ...edited, ...others.slice(insertAt)];

  const validEntries: ValidEntry[] = [];
  for (const e of entries) {
    if (edited.includes(e)) {
      const result = validateEntry(e);
      problems.push(...result.problems);
      if (result.parsed !== undefined) validEntries.push({ ...e, parsed: result.parsed });
    } else {
      const v = valid.get(e);
      if (v) validEntries.push(v);
    }
  }
  problems.push(...runRules(entries, validEntries));
  return problems
    .filter((p) => p.file === where.file)
    .map((p) => named(p, edited, def.source.kind === 'file' && !def.source.single));
}

function* paths(value: unknown, path: PropertyKey[] = []): Generator<PropertyKey[]> {
  yield path;
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* paths(v, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* paths(v, [...path, k]);
}

/**
 * A problem named as the form shows it: a whole-line problem (an invisible character) by the field on that line;
 * in a list file (制度文件, 整改台账 …), which the form shows as a list, by the item's id as well.
 */
function named(p: Problem, edited: readonly RawEntry[], list: boolean): Problem {
  const item = edited.findLast((e) => e.lineOf([]) <= p.line) ?? edited[0];
  if (!item) return p;
  let field = p.field;
  if (!field) {
    for (const path of paths(item.data)) if (path.length && item.lineOf(path) === p.line) field = formatPath(path);
  }
  if (list && !field.startsWith('[')) field = `「${item.id}」${field ? ` ${field}` : ''}`;
  return { ...p, field };
}

/** A file's id as content-source gives it (glob collections: from the path; file collections: per item). */
function idOf(def: CollectionDef, file: string): string {
  if (def.source.kind === 'file') return def.source.single?.id ?? '';
  const base = `${def.source.base}/`;
  return def.source.idOf(file.startsWith(base) ? file.slice(base.length) : file);
}
