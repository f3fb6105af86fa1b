/**
 * What the content check has already worked out, kept between runs so that `npm run check` and the dev server's
 * re-check only do the slow work again for what changed: the YAML of every file (content/ and the frozen editions/,
 * 1.7 MB read on every run), each flowchart as Mermaid's own parser reads it, and the full decode of each image.
 * Each result is filed under a hash of its input (the text or the bytes), so an edited file simply misses; and the
 * whole memo under a fingerprint of the checker's code and packages, so a change of code starts it afresh — it can
 * never answer for code it was not made by. Only the entries a run used are written back, so the memo holds what
 * the current content needs and does not grow.
 *
 * The file is `check-memo.bin` in the project's local cache folder (../local-cache.ts: outside the working tree, where a
 * commit could forge it), in v8's serialisation, which keeps
 * every value YAML can produce (NaN, -0, Infinity) that JSON would not. Each value is stored serialised and read
 * back afresh on every hit, so no two readers of one result share (and could change) the same object. A damaged
 * or foreign file is ignored, never trusted: the check then does the work.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeFingerprint } from '../code-fingerprint.ts';
import { localCacheDir } from '../local-cache.ts';

export interface MemoTable<T> {
  /** The result remembered for this input, or undefined. */
  get(input: string | Uint8Array): T | undefined;
  set(input: string | Uint8Array, value: T): void;
}

export interface CheckMemo {
  table<T>(kind: string): MemoTable<T>;
  /** Write what this run used (atomically: two checks at once never leave half a file). */
  save(): void;
  /** The memo for the next run of a long-lived checker (the dev server's): what this run used, held in memory. */
  next(): CheckMemo;
  /** The fingerprint of the code the results were made by (codeFingerprint). */
  readonly fingerprint: string;
  /** Hits and misses so far, for the benchmark and the tests. */
  readonly stats: { hits: number; misses: number };
}

const keyOf = (input: string | Uint8Array) => createHash('sha256').update(input).digest('base64url');

interface Stored {
  fingerprint: string;
  tables: Record<string, Map<string, Buffer>>;
}

function readStored(file: string, fingerprint: string): Stored['tables'] {
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    if (stored?.fingerprint === fingerprint && stored.tables && typeof stored.tables === 'object') return stored.tables;
  } catch {
    // Absent, damaged or written by another version of Node: the check does the work.
  }
  return {};
}

/**
 * The memo of the project at `root`, for results made by the checker's code at `codeRoot` (the same folder, except
 * when the check runs over a copy of the content). `fresh`: remember nothing from before (what a clean checkout does).
 */
export function openCheckMemo(root: string, codeRoot: string = root, { fresh = false } = {}): CheckMemo {
  const fingerprint = codeFingerprint(codeRoot);
  const file = memoFile(root);
  return memoOver(file, fingerprint, fresh ? {} : readStored(file, fingerprint));
}

/** The memo's file for the project at `root`. */
export const memoFile = (root: string) => join(localCacheDir(root), 'check-memo.bin');

function memoOver(file: string, fingerprint: string, stored: Stored['tables']): CheckMemo {
  const used: Stored['tables'] = {};
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    fingerprint,
    next: () => memoOver(file, fingerprint, used),
    table<T>(kind: string): MemoTable<T> {
      const before = stored[kind] instanceof Map ? stored[kind] : new Map<string, Buffer>();
      const now = (used[kind] ??= new Map());
      return {
        get(input) {
          const key = keyOf(input);
          const value = now.get(key) ?? before.get(key);
          if (!value) {
            stats.misses++;
            return undefined;
          }
          now.set(key, value);
          stats.hits++;
          return deserialize(value) as T;
        },
        set(input, value) {
          now.set(keyOf(input), serialize(value));
        },
      };
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}`;
      writeFileSync(temporary, serialize({ fingerprint, tables: used } satisfies Stored));
      renameSync(temporary, file);
    },
  };
}
