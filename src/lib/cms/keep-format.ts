/**
 * Decap CMS formats that write back what they read. Decap's own YAML formatter re-serialises every file it saves:
 * the `# 待核：…` notes to editors, quoting, key order and flow lists (`[a, b]`) would all change, and every save
 * would be a diff over the whole file. These formats keep the file's text with the entry's data, so that
 *
 * - opening and saving an entry without changing it writes back the very same bytes, and
 * - an edited entry's diff touches only the fields that were edited: the changes are applied to the original
 *   `yaml` Document (comments and styles of untouched nodes kept), and the lines the edit did not touch are taken
 *   from the original text, whatever the stringifier would have made of them.
 *
 * Where the text is kept: under the key ORIGINAL of the entry's data. Decap passes keys no field names through to
 * `toFile`: the draft is `fromJS(entry)` (decap-cms-core/src/reducers/entryDraft.js, DRAFT_CREATE_FROM_ENTRY),
 * widget serialisation merges the unknown keys back ("preserve unknown fields value",
 * decap-cms-core/src/lib/serializeEntryValues.js), and `entryToRaw` hands `entry.get('data').toJS()` to the format
 * (decap-cms-core/src/backend.ts). A cache keyed by the data object would not work: the data is copied on the way.
 *
 * Browser-safe: only the `yaml` package. Registered in the admin page as
 * `CMS.registerCustomFormat(MDX_KEEP, 'mdx', mdxKeep)` and so on (names in ./formats.ts).
 */
import type { CollectionDef } from '../../schemas/collections.ts';
import { formatNameOf, MDX_KEEP, YAML_KEEP, YAML_LIST_KEEP, type KeepFormatName } from './formats.ts';
import {
  Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  stringify,
  type Node,
  type Pair,
  type ToStringOptions,
  type YAMLMap,
  type YAMLSeq,
  visit,
} from 'yaml';

/** The key of the entry data that holds the file's text as read (no schema field may be named so). */
export const ORIGINAL = '__original';

export type EntryData = Record<string, unknown>;

/** What Decap calls with a custom format: `toFile` also gets the collection's field names in order. */
export interface KeepFormat {
  fromFile(text: string): EntryData;
  toFile(data: EntryData, sortedKeys?: readonly string[]): string;
}

/** The data without the kept text: what a preview or a schema check in the browser should look at. */
export function withoutOriginal(data: EntryData): EntryData {
  const { [ORIGINAL]: _kept, ...fields } = data;
  return fields;
}

/** The part of an Immutable.js Map (Decap's entry and its data) that the listener below uses. */
interface ImmutableMap {
  get(key: string): unknown;
  delete(key: string): ImmutableMap;
}

/**
 * Decap's "duplicate" copies the entry's data, kept text included (decap-cms-core/src/actions/entries.ts,
 * draftDuplicateEntry): without this listener the copy would be written over the text of the file it came from,
 * `# 待核` notes about that entry and all. Register with `CMS.registerEventListener(forgetCopiedOriginal)`; a new
 * entry (`newRecord`) is then written fresh.
 */
export const forgetCopiedOriginal = {
  name: 'preSave',
  handler: ({ entry }: { entry: ImmutableMap }): ImmutableMap | undefined => {
    const data = entry.get('data') as ImmutableMap | undefined;
    return entry.get('newRecord') && data?.get(ORIGINAL) !== undefined ? data.delete(ORIGINAL) : undefined;
  },
};

/** The repository's style (content/*.yaml): 2-space indent, lists indented under their key, no line folding. */
const STYLE: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
};

/** Said when an entry whose file cannot be read is saved with changes: saving would lose what could not be read. */
const UNREADABLE =
  '这个文件的格式有误（YAML 语法错误或缺少 frontmatter），编辑器无法读出原有内容，保存会丢失内容，所以没有保存。请在代码托管平台上直接修改这个文件，或请技术人员按 npm run check 的提示修正后再用编辑器。';

// ---------------------------------------------------------------------------------------------------------------
// Values

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const lf = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * Empty is not written. `false` counts as empty: every flag of the schemas is false when left out (exampleFlag's
 * default, the optional 含示例内容, and 情形 which may only be true), and Decap's boolean widget gives `false` for a
 * toggle the editor never touched, which for 情形 (`circumstance: z.literal(true)`) the schema would refuse.
 */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.keys(value).length === 0);

/**
 * The data as the file means it: line breaks are LF whatever the browser gave; a field left empty in a form ('',
 * null, an emptied list) is a field not written, which is how the files leave out optional fields (the schemas
 * refuse empty text anyway); a Date (should a widget give one) is the day it names.
 */
function clean(value: unknown): unknown {
  // A line break typed at the end of a field means nothing (the schemas trim text), and a value ending in blank
  // lines would need a `|+` block, whose last blank line reads as the end of an MDX frontmatter.
  if (typeof value === 'string') return besideEntry(lf(value).replace(/\n+$/, ''));
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(clean);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === ORIGINAL) continue;
      const kept = clean(item);
      if (!isEmpty(kept)) out[key] = kept;
    }
    return out;
  }
  return value;
}

/**
 * An image uploaded beside the entry (a case's cover, content/cases/<id>/cover.jpg): Decap's image widget writes
 * its bare file name (`public_folder: ''` is joined to it with path.join, which drops a leading `./`:
 * decap-cms-core/src/reducers/entries.ts, selectMediaFilePublicPath), while Astro's image() reads a bare name as a
 * package, not a file beside the entry: it needs `./cover.jpg`. The only image field is the case's 封面图
 * (src/schemas/case.ts); other uploads are attachments (pdf, docx …) named bare on purpose (src/schemas/template.ts).
 */
const IMAGE_BESIDE = /^[^/\\\s:]+\.(?:jpe?g|png|webp|gif|avif)$/i;
const besideEntry = (text: string): string => (IMAGE_BESIDE.test(text) ? `./${text}` : text);

/**
 * A whole number and the same digits as text are one value: `edition: 2022` is a reference written as a number
 * (Astro's reference() reads it as the id "2022"), and the relation picker hands back the id as the string '2022'.
 */
const sameNumber = (a: unknown, b: unknown): boolean =>
  (typeof a === 'number' && typeof b === 'string' && /^\d+$/.test(b) && String(a) === b) ||
  (typeof b === 'number' && typeof a === 'string' && /^\d+$/.test(a) && String(b) === a);

/**
 * Top-level fields that pick an entry whose id is digits (现行版本 picks a revision, content/revisions.yaml: id "2022")
 * and that the files write as a number (`edition: 2022`). Decap's relation widget matches the value to the ids as
 * they are, so the number matches nothing: the picker shows empty and the required field refuses every save. They
 * are handed to the form as the id's text; saving unchanged keeps the number (sameNumber above).
 * tests/unit/cms-round-trip.test.ts finds every such field in the content and holds this list to them.
 */
export const PICKED_AS_TEXT: readonly string[] = ['edition'];

/** The data as the form needs it: see PICKED_AS_TEXT. */
function forForm(data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const key of PICKED_AS_TEXT) if (typeof out[key] === 'number') out[key] = String(out[key]);
  return out;
}

/** Deep equality of parsed YAML values (plain objects, arrays, scalars); key order does not count. */
function same(a: unknown, b: unknown): boolean {
  if (a === b || sameNumber(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** The text as a Document with its data (read as src/lib/content-source/source-map.ts reads it), or undefined on errors. */
function readYaml(text: string): { doc: Document; data: unknown } | undefined {
  const doc = parseDocument(lf(text).replace(/^\uFEFF/, ''), { uniqueKeys: true });
  if (doc.errors.length) return undefined;
  try {
    return { doc, data: doc.toJS() };
  } catch {
    return undefined; // aliases that expand without bound
  }
}

interface MdxParts {
  /** The opening `---` line, the frontmatter, the closing `---` line, as written. */
  open: string;
  frontmatter: string;
  close: string;
  /** The blank lines between the closing `---` and the body. */
  gap: string;
  body: string;
}

/** An MDX file's parts; undefined when it does not open with a frontmatter block closed by a `---` line. */
function splitMdx(text: string): MdxParts | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return undefined;
  const after = rest.slice(close.index + close[0].length);
  const gap = /^(?:[ \t]*\r?\n)*/.exec(after)?.[0] ?? '';
  return {
    open: open[0],
    frontmatter: rest.slice(0, close.index),
    close: close[0],
    gap,
    body: after.slice(gap.length),
  };
}

/** Bodies that differ only in line endings or in blank lines at either end are the same body. */
const bodyOf = (body: unknown): string =>
  typeof body === 'string'
    ? lf(body)
        .replace(/^(?:[ \t]*\n)+/, '')
        .replace(/\s+$/, '')
    : '';

// ---------------------------------------------------------------------------------------------------------------
// Writing into the original Document

/** Everything an edit needs to know about where it happens. */
interface Place {
  doc: Document;
  /** Known key order for a new key in this map: the collection's fields (root) or the sibling items' keys. */
  order?: readonly string[];
  /** The other maps of the list holding this one, nearest first (a new key is styled like theirs). */
  siblings?: readonly YAMLMap[];
}

const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);
const pairOf = (map: YAMLMap, key: string): Pair | undefined =>
  (map.items as Pair[]).find((pair) => keyOf(pair) === key);

/** The keys of all the maps, in the order they are written (a key first seen later goes after its predecessor). */
function keyOrder(maps: readonly YAMLMap[]): string[] {
  const order: string[] = [];
  for (const map of maps) {
    let at = -1;
    for (const pair of map.items as Pair[]) {
      const key = keyOf(pair);
      const known = order.indexOf(key);
      if (known >= 0) at = known;
      else order.splice(++at, 0, key);
    }
  }
  return order;
}

/** A string whose quoting was the writer's choice (plain or quoted alike would read the same): a style to follow. */
const styleByChoice = (node: unknown): node is Scalar =>
  isScalar(node) && typeof node.value === 'string' && !/^["']/.test(stringify(node.value, { lineWidth: 0 }));

/**
 * Give a new node the style of its models, nearest first (sibling items, the same field in sibling items): quoting
 * where it was a choice (issued: "2022-10-22"; a "2012" that must be quoted says nothing), flow lists, key order.
 */
function imitate(node: unknown, models: readonly unknown[]): void {
  if (isScalar(node)) {
    const model = models.find(styleByChoice);
    if (model && typeof node.value === 'string' && !node.value.includes('\n') && model.type !== Scalar.PLAIN)
      node.type = model.type;
  } else if (isSeq(node)) {
    const seqs = models.filter(isSeq);
    if (seqs[0]) node.flow = seqs[0].flow;
    const items = seqs.flatMap((seq) => seq.items);
    for (const item of node.items) imitate(item, items);
  } else if (isMap(node)) {
    const maps = models.filter(isMap);
    if (maps[0]) node.flow = maps[0].flow;
    sortPairs(node, keyOrder(maps));
    for (const pair of node.items as Pair[]) imitate(pair.value, valuesOf(maps, keyOf(pair)));
  }
}

/** The values of `key` in those of `maps` that have it. */
const valuesOf = (maps: readonly YAMLMap[], key: string): unknown[] =>
  maps.flatMap((map) => {
    const pair = pairOf(map, key);
    return pair ? [pair.value] : [];
  });

/** The items of a list other than the one at `index`, nearest first. */
function neighbours<T>(items: readonly T[], index: number): T[] {
  const out: T[] = [];
  for (let d = 1; d < items.length; d++) {
    if (index - d >= 0) out.push(items[index - d]!);
    if (index + d < items.length) out.push(items[index + d]!);
  }
  return out;
}

/** Order a new map's keys as `order` has them; keys it does not know keep their order, after the known ones. */
function sortPairs(map: YAMLMap, order: readonly string[]): void {
  const rank = (pair: Pair) => {
    const at = order.indexOf(keyOf(pair));
    return at < 0 ? order.length : at;
  };
  (map.items as Pair[]).sort((a, b) => rank(a) - rank(b));
}

/** Where a new key goes: after the last key that comes before it in a known order, else before the first after it. */
function insertAt(map: YAMLMap, key: string, orders: readonly (readonly string[])[]): number {
  const present = (map.items as Pair[]).map(keyOf);
  for (const order of orders) {
    const at = order.indexOf(key);
    if (at < 0) continue;
    const earlier = order.slice(0, at).map((k) => present.indexOf(k));
    if (earlier.some((i) => i >= 0)) return Math.max(...earlier) + 1;
    const later = order
      .slice(at + 1)
      .map((k) => present.indexOf(k))
      .filter((i) => i >= 0);
    if (later.length) return Math.min(...later);
  }
  return present.length;
}

/**
 * Text with line breaks inside a flow list (`aliases: [党章, …]`) is double-quoted: written plain, the yaml writer
 * folds it over lines where a colon can read as a key (`[a:⏎b]`), so it would not read back as written.
 */
function quoteBreaksInFlow(doc: Document): void {
  visit(doc, {
    Scalar(_key, node, path) {
      const parent = path[path.length - 1];
      const inFlow = (isSeq(parent) || isMap(parent)) && parent.flow;
      const pairInFlow = isPair(parent) && path.some((p) => (isSeq(p) || isMap(p)) && p.flow);
      if ((inFlow || pairInFlow) && typeof node.value === 'string' && node.value.includes('\n'))
        node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

/** A node for a value that was not in the file, styled like its models. */
function freshNode(doc: Document, value: unknown, models: readonly unknown[]): Node {
  const node = doc.createNode(value) as Node;
  imitate(node, models);
  return node;
}

/**
 * Make `node` hold `after` where it held `before` (both cleaned); returns the node to keep in its place: the same
 * node changed in place where the kind of value is unchanged (so its comments and style stay), else a new one.
 */
function update(place: Place, node: unknown, before: unknown, after: unknown): unknown {
  if (same(before, after)) return node;
  if (isMap(node) && isRecord(before) && isRecord(after)) {
    updateMap(place, node, before, after);
    return node;
  }
  if (isSeq(node) && Array.isArray(before) && Array.isArray(after)) {
    updateSeq(place.doc, node, before, after);
    return node;
  }
  if (isScalar(node) && !isRecord(after) && !Array.isArray(after)) {
    node.value = after;
    // A quoted or plain one-line style does not fit text that now has line breaks: the stringifier chooses.
    if (typeof after === 'string' && after.includes('\n')) node.type = undefined;
    return node;
  }
  const fresh = freshNode(place.doc, after, [node]);
  if (isNode(node)) {
    fresh.commentBefore = node.commentBefore;
    fresh.comment = node.comment;
    fresh.spaceBefore = node.spaceBefore;
  }
  return fresh;
}

function updateMap(place: Place, map: YAMLMap, before: Record<string, unknown>, after: Record<string, unknown>) {
  for (const key of Object.keys(before)) {
    if (key in after) continue;
    const pair = pairOf(map, key);
    if (pair) map.items.splice(map.items.indexOf(pair), 1);
  }
  for (const [key, value] of Object.entries(after)) {
    const pair = pairOf(map, key);
    if (pair && key in before) {
      pair.value = update({ doc: place.doc }, pair.value, before[key], value);
    } else if (pair) {
      // Written in the file but empty (key: '' or key: []), so not in the cleaned data: a new value in its place.
      pair.value = freshNode(place.doc, value, valuesOf(place.siblings ?? [], key));
    } else {
      const fresh = place.doc.createPair(key, value);
      imitate(fresh.value, valuesOf(place.siblings ?? [], key));
      map.items.splice(insertAt(map, key, [place.order ?? [], Object.keys(after)]), 0, fresh);
    }
  }
}

/**
 * A list changes where it differs: the equal items at both ends stay as they are, the items between are changed in
 * place one for one, and what is left over is removed or inserted there. Removing or adding one item thus touches
 * only that item's lines.
 */
function updateSeq(doc: Document, seq: YAMLSeq, before: unknown[], after: unknown[]) {
  let start = 0;
  while (start < before.length && start < after.length && same(before[start], after[start])) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && same(before[endBefore - 1], after[endAfter - 1])) {
    endBefore--;
    endAfter--;
  }
  const maps = seq.items.filter(isMap);
  const order = keyOrder(maps);
  const paired = Math.min(endBefore, endAfter) - start;
  for (let i = start; i < start + paired; i++) {
    const siblings = neighbours(seq.items, i).filter(isMap);
    seq.items[i] = update({ doc, order, siblings }, seq.items[i], before[i], after[i]);
  }
  const at = start + paired;
  if (endBefore > at) seq.items.splice(at, endBefore - at);
  if (endAfter > at) {
    // The item before the new ones is the nearest model, then the one after, and so on.
    const models = neighbours([...seq.items.slice(0, at), undefined, ...seq.items.slice(at)], at);
    const fresh = after.slice(at, endAfter).map((value) => {
      const node = freshNode(doc, value, models);
      if (isMap(node)) sortPairs(node, order);
      // Items set apart by blank lines (content/regulations.yaml) get theirs.
      const model = models[0];
      if (isNode(model) && model.spaceBefore) node.spaceBefore = true;
      return node;
    });
    seq.items.splice(at, 0, ...fresh);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Keeping the untouched lines

/** Pairs of equal lines of `a` and `b` (a longest common subsequence), or undefined when too costly to find. */
function matchLines(a: readonly string[], b: readonly string[]): [number, number][] | undefined {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0) {
    // The differing middle is a few lines around each edit; a whole rewritten file is not worth the table.
    if (n * m > 4_000_000) return undefined;
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[i * width + j] =
          a[start + i] === b[start + j]
            ? table[(i + 1) * width + j + 1]! + 1
            : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        pairs.push([start + i, start + j]);
        i++;
        j++;
      } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
      else j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((l, i) => l === b[i]);

/** A line without its spacing: the same line laid out otherwise (`[ a, b ]`, `key:   value`) compares equal. */
const unspaced = (line: string) => line.replace(/\s+/g, '');

/**
 * Where the original and the edit both differ from the unchanged write-out (`base`). With `fine`: the base's lines
 * are paired with the original's that differ only in spacing; a line the edit kept is written as the original has
 * it, a line only the writer has (a blank line it adds) is left out, a line only the original has (a comment the
 * writer moved) stays, and the edit's new lines come in as the writer lays them out. Without: the edit's lines.
 */
function resolve(chunkA: string[], chunkB: string[], chunkC: string[], fine: boolean): string[] {
  const toA = fine ? matchLines(chunkB.map(unspaced), chunkA.map(unspaced)) : undefined;
  const toC = fine ? matchLines(chunkB, chunkC) : undefined;
  if (!toA || !toC) return chunkC;
  const aOfB = new Map(toA);
  const inBase = new Set(toA.map(([, ia]) => ia));
  const bOfC = new Map(toC.map(([ib, ic]) => [ic, ib]));
  const out: string[] = [];
  let pa = 0;
  const originalOnly = (end: number) => {
    for (; pa < end; pa++) if (!inBase.has(pa)) out.push(chunkA[pa]!);
  };
  chunkC.forEach((line, ic) => {
    const ib = bOfC.get(ic);
    if (ib === undefined) return void out.push(line);
    const ia = aOfB.get(ib);
    if (ia === undefined || ia < pa) return;
    originalOnly(ia);
    out.push(chunkA[ia]!);
    pa = ia + 1;
  });
  originalOnly(chunkA.length);
  return out;
}

/**
 * Three-way merge by lines: `base` is the original Document written out unchanged, `edited` the same after the edit.
 * Where the edit changed nothing the original's lines are kept (a comment the stringifier moves, spacing it would
 * normalise); where the stringifier wrote the original faithfully the edit's lines are taken; where both differ,
 * see `resolve`.
 */
function mergeLines(original: string, base: string, edited: string, fine: boolean): string | undefined {
  const a = original.split('\n');
  const b = base.split('\n');
  const c = edited.split('\n');
  const toOriginal = matchLines(b, a);
  const toEdited = matchLines(b, c);
  if (!toOriginal || !toEdited) return undefined;
  const inEdited = new Map(toEdited);
  // Lines the three texts share, in order: between two of them, each text has a chunk of its own.
  const anchors: [number, number, number][] = [];
  for (const [ib, ia] of toOriginal) {
    const ic = inEdited.get(ib);
    if (ic !== undefined) anchors.push([ib, ia, ic]);
  }
  anchors.push([b.length, a.length, c.length]);
  const out: string[] = [];
  let [pb, pa, pc] = [0, 0, 0];
  for (const [ib, ia, ic] of anchors) {
    const chunkA = a.slice(pa, ia);
    const chunkB = b.slice(pb, ib);
    const chunkC = c.slice(pc, ic);
    if (sameLines(chunkA, chunkB)) out.push(...chunkC);
    else if (sameLines(chunkC, chunkB)) out.push(...chunkA);
    else out.push(...resolve(chunkA, chunkB, chunkC, fine));
    if (ib < b.length) out.push(a[ia]!);
    [pb, pa, pc] = [ib + 1, ia + 1, ic + 1];
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// The formats

/**
 * YAML text for `after` (cleaned) written over `original` (LF, no byte-order mark), which `read` is;
 * `original` itself when nothing changed.
 */
function rewriteYaml(
  original: string,
  read: NonNullable<ReturnType<typeof readYaml>>,
  after: unknown,
  order: readonly string[] = [],
): string {
  const before = clean(read.data);
  if (same(before, after) || (isEmpty(before) && isEmpty(after))) return original;
  const { doc } = read;
  const base = doc.toString(STYLE);
  const contents = update({ doc, order }, doc.contents, before, after);
  if (contents !== doc.contents && isMap(contents)) sortPairs(contents, order);
  doc.contents = contents as Document['contents'];
  quoteBreaksInFlow(doc);
  const edited = isEmpty(after) ? '' : doc.toString(STYLE);
  if (base === original) return edited;
  // A merge is held to the data it must mean (an edited line among lines indented otherwise may not): the finer
  // merge first, then the coarser, then the edit as the writer lays it out.
  for (const fine of [true, false]) {
    const merged = mergeLines(original, base, edited, fine);
    if (merged !== undefined && same(clean(readYaml(merged)?.data), after)) return merged;
  }
  return edited;
}

/** YAML text for a new file: keys in the collection's field order, the repository's style. */
function freshYaml(value: unknown, order: readonly string[] = []): string {
  if (isEmpty(value)) return '';
  const doc = new Document(value);
  if (isMap(doc.contents)) sortPairs(doc.contents, order);
  return doc.toString(STYLE);
}

/** The original text, if the data came from a file (a new entry has none). */
const originalOf = (data: EntryData): string | undefined =>
  typeof data[ORIGINAL] === 'string' ? (data[ORIGINAL] as string) : undefined;

/** Write YAML over the kept text: the very text when nothing changed; refused when the text could not be read. */
function writeYaml(data: EntryData, after: unknown, root: 'map' | 'list', order?: readonly string[]): string {
  const original = originalOf(data);
  if (original === undefined) return freshYaml(after, order);
  const read = readYaml(original);
  const readable = read && (root === 'list' ? Array.isArray(read.data) : isRecord(read.data) || read.data == null);
  if (!readable) {
    if (isEmpty(after)) return original;
    throw new Error(UNREADABLE);
  }
  const text = lf(original).replace(/^\uFEFF/, '');
  const written = rewriteYaml(text, read, after, order);
  return written === text ? original : written;
}

/** A YAML file whose root is a map (content/duties/*.yaml, content/bulletins/*.yaml, content/site.yaml …). */
export const yamlKeep: KeepFormat = {
  fromFile(text) {
    const data = readYaml(text)?.data;
    return { ...(isRecord(data) ? forForm(data) : {}), [ORIGINAL]: text };
  },
  toFile(data, sortedKeys) {
    return writeYaml(data, clean(data), 'map', sortedKeys);
  },
};

/** A YAML file whose root is a list (content/regulations.yaml …), shown to Decap as `{ items: [...] }`. */
export const yamlListKeep: KeepFormat = {
  fromFile(text) {
    const data = readYaml(text)?.data;
    return { items: Array.isArray(data) ? data : [], [ORIGINAL]: text };
  },
  toFile(data) {
    return writeYaml(data, clean(Array.isArray(data.items) ? data.items : []), 'list');
  },
};

/** `---`, frontmatter, `---`, body (content/guide/*\/*.mdx …): the data is the frontmatter's fields plus `body`. */
export const mdxKeep: KeepFormat = {
  fromFile(text) {
    const parts = splitMdx(text);
    const data = parts ? readYaml(parts.frontmatter)?.data : undefined;
    return { ...(isRecord(data) ? forForm(data) : {}), body: parts ? parts.body : text, [ORIGINAL]: text };
  },
  toFile(data, sortedKeys) {
    const { body, ...fields } = data;
    const after = clean(fields) as Record<string, unknown>;
    const order = (sortedKeys ?? []).filter((key) => key !== 'body');
    const newBody = bodyOf(body);
    const original = originalOf(data);
    if (original === undefined) {
      return `---\n${freshYaml(after, order)}---\n${newBody ? `\n${newBody}\n` : ''}`;
    }
    const parts = splitMdx(original);
    const read = parts && readYaml(parts.frontmatter);
    if (!parts || !read || !(isRecord(read.data) || read.data == null)) {
      if (isEmpty(after) && newBody === bodyOf(parts ? parts.body : original)) return original;
      throw new Error(UNREADABLE);
    }
    const frontmatter = lf(parts.frontmatter);
    const writtenFrontmatter = rewriteYaml(frontmatter, read, after, order);
    const bodyKept = newBody === bodyOf(parts.body);
    if (writtenFrontmatter === frontmatter && bodyKept) return original;
    const close = parts.close.endsWith('\n') ? lf(parts.close) : `${parts.close}\n`;
    const writtenBody = bodyKept ? lf(parts.body) : newBody ? `${newBody}\n` : '';
    return `${lf(parts.open)}${writtenFrontmatter}${close}${writtenBody ? lf(parts.gap) : ''}${writtenBody}`;
  },
};

/** Each format by the name Decap knows it by, with the file extension it is registered for (src/client/editor/main.ts). */
export const KEEP_FORMATS: Readonly<Record<KeepFormatName, { extension: string; format: KeepFormat }>> = {
  [YAML_KEEP]: { extension: 'yaml', format: yamlKeep },
  [YAML_LIST_KEEP]: { extension: 'yaml', format: yamlListKeep },
  [MDX_KEEP]: { extension: 'mdx', format: mdxKeep },
};

/** The format a collection's files are edited with (the one its generated configuration names). */
export const formatOf = (def: CollectionDef): KeepFormat => KEEP_FORMATS[formatNameOf(def)].format;
