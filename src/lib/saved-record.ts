/**
 * A record a branch tool keeps in the reader's browser (localStorage), opened so that nothing is lost unnoticed:
 * - a record in an earlier format or under a key an earlier page used is converted, written under the current key,
 *   and the reader is told;
 * - a record the page cannot read whole (not JSON, the wrong shape, a newer format, partly damaged, impossible
 *   dates) is first copied byte for byte under a key of its own, `<key>-unreadable-<time>`, which nothing
 *   overwrites; it stays on the page with a download until the reader deletes it, and its readable parts are used;
 * - storage that cannot be used is said on the page, and nothing is written over a record that could not be kept.
 * Pure: the storage is passed in (a Map in the tests). What the reader is told is in saved-record-words.ts; the
 * self-check (lib/self-check/answers.ts) and the timelines (lib/timeline/saved-dates.ts) supply their readers.
 */
import { parseDate } from './calendar-day.ts';

/** The part of localStorage used here. */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A stored value that cannot be used: shown next to its field (`name` of the input), with parseDate's reason. */
export interface FieldProblem {
  field: string;
  value: string;
  reason: string;
}

/** Why a stored text cannot be read whole: not the format, a newer page's format, or how many parts are damaged. */
export type Damage = 'unreadable' | 'newer' | number;

/** What a tool's reader made of one stored text. */
export interface Reading<S> {
  state: S;
  /** Read from an earlier format: to be written back in the current one. */
  migrated?: boolean;
  damage?: Damage;
  fields?: FieldProblem[];
}

/** The tools that keep records; their words are in saved-record-words.ts, loaded only when there is something to say. */
export type Tool = 'self-check' | 'timeline' | 'party-dues';

export interface RecordSpec<S> {
  tool: Tool;
  key: string;
  /** Keys earlier versions of the page wrote, newest first. */
  legacyKeys: readonly string[];
  /** Reads any format the page has ever written, telling them apart by their shape. */
  read(raw: string): Reading<S>;
  write(state: S): string;
  empty(): S;
}

/** What opening a record found, for the page to tell the reader. */
export type Finding =
  | { kind: 'migrated' }
  /** Storage cannot be used: nothing entered will be kept. */
  | { kind: 'unusable' }
  /** A record not read whole that could not be kept aside either (quota): nothing is written over it. */
  | { kind: 'unkept'; raw: string; damage?: Damage }
  /** A record kept aside, now or on an earlier visit, under `key`. */
  | { kind: 'kept'; key: string; raw: string; damage?: Damage }
  /** Stored parts the page no longer shows (items or steps removed), still in the record. */
  | { kind: 'off-page'; count: number; raw: string; remove: () => boolean };

export interface OpenedRecord<S> {
  state: S;
  /** False when storage is unusable, or when writing would overwrite a record that could not be kept aside. */
  canSave: boolean;
  findings: Finding[];
  /** Stored values that cannot be used (impossible dates), from every record kept aside. */
  fields: FieldProblem[];
}

/** localStorage, or undefined where the browser refuses it (cookies blocked, storage disabled). */
export function browserStore(): Store | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored date: the day it names when it is a real one, '' for none; otherwise a problem for its field
 * (2026-02-30, 2026-13-01, text), so that it is shown and neither used nor exported.
 */
export function storedDate(value: unknown, field: string, problems: FieldProblem[]): string {
  if (value === undefined || value === '') return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const parsed = parseDate(text);
  if (parsed.ok) return parsed.date;
  problems.push({ field, value: text.trim(), reason: parsed.reason });
  return '';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local time as 2026-12-07-101500, for kept keys and file names. */
export const stampOf = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

const keptPrefix = (key: string) => `${key}-unreadable-`;

/** The records kept aside for `key`, oldest first. */
function keptRecords(store: Store, key: string): { key: string; raw: string }[] {
  const out: { key: string; raw: string }[] = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    const raw = name?.indexOf(keptPrefix(key)) === 0 ? store.getItem(name) : null;
    if (name && raw !== null) out.push({ key: name, raw });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Copies `raw` under a kept key of its own (never one in use); a copy already kept is not made twice. */
function keepAside(store: Store, key: string, raw: string, now: Date): boolean {
  if (keptRecords(store, key).some((k) => k.raw === raw)) return true;
  let name = `${keptPrefix(key)}${stampOf(now)}`;
  for (let n = 2; store.getItem(name) !== null; n++) name = `${keptPrefix(key)}${stampOf(now)}-${n}`;
  try {
    store.setItem(name, raw);
    return true;
  } catch {
    return false; // quota: the page then writes nothing over the record
  }
}

/** Writes `text` under `key`; false when storage refuses (quota, disabled). */
export function writeRecord(store: Store | undefined, key: string, text: string): boolean {
  try {
    store!.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the page's record: reads the current key, then each earlier one; keeps aside every record not read whole
 * (and an earlier-key record the current one already replaces) before anything is written; writes the record back
 * in the current format where it was converted or damaged, and only then removes the earlier keys.
 */
export function openRecord<S>(store: Store | undefined, spec: RecordSpec<S>, now: Date): OpenedRecord<S> {
  const opened: OpenedRecord<S> = { state: spec.empty(), canSave: true, findings: [], fields: [] };
  const unusable = () => {
    opened.canSave = false;
    opened.findings.push({ kind: 'unusable' });
    return opened;
  };
  if (!store) return unusable();
  try {
    const found = [spec.key, ...spec.legacyKeys].filter((key) => store.getItem(key) !== null);
    let rewrite = false;
    found.forEach((key, i) => {
      const raw = store.getItem(key)!;
      const { state, migrated, damage, fields = [] } = spec.read(raw);
      // A second record (an earlier key beside the current one) is kept aside too.
      if ((damage || i > 0) && !keepAside(store, spec.key, raw, now)) {
        opened.canSave = false;
        opened.fields.push(...fields);
        opened.findings.push({ kind: 'unkept', raw, damage });
      }
      if (i > 0) return;
      opened.state = state;
      rewrite = key !== spec.key || Boolean(migrated || damage);
      if (key !== spec.key || migrated) opened.findings.push({ kind: 'migrated' });
    });
    if (opened.canSave) {
      // Earlier keys go only once their record is written in the current format or kept aside.
      if (rewrite && !writeRecord(store, spec.key, spec.write(opened.state))) unusable();
      else for (const key of found) if (key !== spec.key) store.removeItem(key);
    }
    for (const kept of keptRecords(store, spec.key)) {
      const { damage, fields = [] } = spec.read(kept.raw);
      opened.fields.push(...fields);
      opened.findings.push({ kind: 'kept', ...kept, damage });
    }
  } catch {
    return unusable(); // storage that throws on reading (a policy, a broken profile)
  }
  return opened;
}
