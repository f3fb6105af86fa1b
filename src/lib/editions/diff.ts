/**
 * What changed between two editions of the guideline, as a reader compares them: Chinese text word by word (the
 * words found by Intl.Segmenter's dictionary, through jsdiff's diffWords, so a changed term is marked whole and
 * never as a scatter of single characters), and lists (deadlines, basis, templates) item by item, an item that was
 * reworded in place being shown as that item's word-level change. Pure: the pages and the check only render or
 * count what these functions return.
 */
import { diffArrays, diffWords } from 'diff';

export type PartKind = 'same' | 'inserted' | 'deleted';

/** A run of text that both editions share, or that only the later (inserted) or the earlier (deleted) one has. */
export interface TextPart {
  kind: PartKind;
  text: string;
}

const WORDS = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Adjacent parts of one kind joined, empty ones dropped. */
function joined(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out.at(-1);
    if (last?.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * A same run of a single character between two changes reads as noise (a lone “的” or “，” left standing in a
 * rewritten phrase): it is folded into both sides, so the reader sees one deleted phrase and one inserted phrase.
 */
function folded(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const before = parts[i - 1];
    const after = parts[i + 1];
    if (
      part.kind === 'same' &&
      [...part.text].length === 1 &&
      before &&
      after &&
      before.kind !== 'same' &&
      after.kind !== 'same'
    ) {
      out.push({ kind: 'deleted', text: part.text }, { kind: 'inserted', text: part.text });
    } else {
      out.push(part);
    }
  }
  // Deleted text first, then inserted, within each changed stretch: the order a reader expects (旧 → 新).
  const ordered: TextPart[] = [];
  let stretch: TextPart[] = [];
  const flush = () => {
    ordered.push(...stretch.filter((p) => p.kind === 'deleted'), ...stretch.filter((p) => p.kind === 'inserted'));
    stretch = [];
  };
  for (const part of out) {
    if (part.kind === 'same') {
      flush();
      ordered.push(part);
    } else {
      stretch.push(part);
    }
  }
  flush();
  return joined(ordered);
}

/** The word-level difference of two texts; all `same` when they are equal. */
export function diffText(before: string, after: string): TextPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffWords(before, after, { intlSegmenter: WORDS });
  return folded(
    joined(
      changes.map((c) => ({ kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same', text: c.value }) as TextPart),
    ),
  );
}

/** One item of a list compared across editions: kept, added, removed, or reworded (with its word-level change). */
export type ListItemChange =
  | { kind: 'same'; text: string }
  | { kind: 'inserted'; text: string }
  | { kind: 'deleted'; text: string }
  | { kind: 'changed'; before: string; after: string; parts: TextPart[] };

/**
 * Two lists compared item by item. Where a run of removed items meets a run of added ones at the same place, they
 * are paired in order as rewordings, when they share enough words to be the same item rewritten; otherwise they
 * stay a removal and an addition.
 */
export function diffList(before: readonly string[], after: readonly string[]): ListItemChange[] {
  const out: ListItemChange[] = [];
  const changes = diffArrays([...before], [...after]);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (!c.added && !c.removed) {
      out.push(...c.value.map((text) => ({ kind: 'same' as const, text })));
      continue;
    }
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      const removed = c.value;
      const added = next.value;
      const pairs = Math.min(removed.length, added.length);
      for (let k = 0; k < pairs; k++) {
        const parts = diffText(removed[k]!, added[k]!);
        if (sharedShare(parts) >= 0.5) {
          out.push({ kind: 'changed', before: removed[k]!, after: added[k]!, parts });
        } else {
          out.push({ kind: 'deleted', text: removed[k]! }, { kind: 'inserted', text: added[k]! });
        }
      }
      out.push(...removed.slice(pairs).map((text) => ({ kind: 'deleted' as const, text })));
      out.push(...added.slice(pairs).map((text) => ({ kind: 'inserted' as const, text })));
      i += 1;
      continue;
    }
    out.push(...c.value.map((text) => ({ kind: c.added ? ('inserted' as const) : ('deleted' as const), text })));
  }
  return out;
}

/** The share of the later text that the earlier one already had. */
function sharedShare(parts: TextPart[]): number {
  const length = (kind: PartKind) => parts.filter((p) => p.kind === kind).reduce((n, p) => n + p.text.length, 0);
  const after = length('same') + length('inserted');
  return after ? length('same') / after : 0;
}

/** A field of an entry as the comparison sees it: one text, or a list of texts. */
export type FieldValue = string | readonly string[] | undefined;

export interface FieldChange {
  field: string;
  /** The field's Chinese name, as the page shows it. */
  label: string;
  kind: 'added' | 'removed' | 'changed';
  /** For a text field: its word-level change; for a list: its items. */
  text?: TextPart[];
  items?: ListItemChange[];
}

/**
 * The fields that differ between two versions of an entry, in the order of `labels` (field → Chinese name):
 * present in only one version (added, removed), or different (changed, with the difference).
 */
export function diffFields(
  before: Readonly<Record<string, FieldValue>>,
  after: Readonly<Record<string, FieldValue>>,
  labels: Readonly<Record<string, string>>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of Object.entries(labels)) {
    const a = before[field];
    const b = after[field];
    const empty = (v: FieldValue) => v === undefined || v.length === 0;
    if (empty(a) && empty(b)) continue;
    const kind = empty(a) ? 'added' : empty(b) ? 'removed' : 'changed';
    if (typeof a === 'string' || typeof b === 'string') {
      const [x, y] = [
        typeof a === 'string' ? a : (a ?? []).join('；'),
        typeof b === 'string' ? b : (b ?? []).join('；'),
      ];
      if (x !== y) changes.push({ field, label, kind, text: diffText(x, y) });
    } else {
      const items = diffList(a ?? [], b ?? []);
      if (items.some((item) => item.kind !== 'same')) changes.push({ field, label, kind, items });
    }
  }
  return changes;
}

/** A list item's change as text parts: a reworded item's word-level change, or the whole item kept, added or removed. */
export function partsOf(change: ListItemChange): TextPart[] {
  return change.kind === 'changed' ? change.parts : [{ kind: change.kind, text: change.text }];
}
