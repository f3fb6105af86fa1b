/**
 * What every cross-entry rule reads, and typed access to it: `entriesOf(valid, 'bulletins')` gives each bulletin
 * with its parsed data typed by the collection's own schema, so a rule reads `b.parsed.issuedOn` rather than casting.
 */
import type { z } from 'astro/zod';
import type { COLLECTIONS } from '../../../schemas/collections.ts';
import type { CollectionName } from '../../../schemas/context.ts';
import type { SEED_COUNTS } from '../../../schemas/seed-facts.ts';
import type { RawEntry } from '../../content-source/entries.ts';
import type { CheckMemo } from '../check-memo.ts';
import type { MdxFacts } from '../mdx-check.ts';
import { formatPath, type Problem } from '../../content-source/problem.ts';
import { RefValue, type ValidEntry } from '../validate.ts';

export interface RuleInput {
  root: string;
  /** Every entry read, valid or not, in the order read (the raw data, before its schema). */
  entries: RawEntry[];
  /** Ids of every entry read, valid or not, by collection. */
  ids: Map<CollectionName, Set<string>>;
  valid: ValidEntry[];
  mdxFacts: Map<ValidEntry, MdxFacts>;
  /** Every page address, for links written inside diagrams. */
  knownRoutes: ReadonlySet<string>;
  /** The counts content is held to (the seed's, unless a test says otherwise). */
  counts: SeedCounts;
  /** How many entries of each collection were read, valid or not, duplicates included. */
  entryCounts: Map<CollectionName, number>;
  /** Results of slow steps kept from earlier runs (diagram parses, image decodes), when the caller keeps them. */
  memo?: Pick<CheckMemo, 'table'>;
}

/** The ids of the entries read, and how many entries of each collection (duplicates included): RuleInput's two maps. */
export function entryIndex(entries: readonly RawEntry[]): Pick<RuleInput, 'ids' | 'entryCounts'> {
  const ids = new Map<CollectionName, Set<string>>();
  const entryCounts = new Map<CollectionName, number>();
  for (const e of entries) {
    if (!ids.has(e.def.name)) ids.set(e.def.name, new Set());
    ids.get(e.def.name)!.add(e.id);
    entryCounts.set(e.def.name, (entryCounts.get(e.def.name) ?? 0) + 1);
  }
  return { ids, entryCounts };
}

export type SeedCounts = { [K in keyof typeof SEED_COUNTS]: { count: number; label: string; complete: boolean } };

/** An entry's data as its collection's schema outputs it (references as Ref, dates as Date). */
export type DataOf<C extends CollectionName> = z.output<ReturnType<(typeof COLLECTIONS)[C]['schema']>>;

export type TypedEntry<C extends CollectionName> = ValidEntry & { parsed: DataOf<C> };

/** The valid entries of one collection, typed (the schema produced `parsed`, so the type is what it holds). */
export const entriesOf = <C extends CollectionName>(valid: readonly ValidEntry[], name: C): TypedEntry<C>[] =>
  valid.filter((e): e is TypedEntry<C> => e.def.name === name);

/** The id of a reference, or undefined when the value is not one. */
export const refId = (v: unknown) => (v instanceof RefValue ? v.id : undefined);

/** A problem at a field of an entry (path as in the schema), located at that field's line. */
export const problemAt = (
  e: Pick<ValidEntry, 'file' | 'lineOf'>,
  path: PropertyKey[],
  problem: string,
  fix: string,
): Problem => ({
  file: e.file,
  line: e.lineOf(path),
  field: formatPath(path),
  problem,
  fix,
});

/** A content rule: reads what was read and returns problems, at once or later (images are decoded, mermaid parsed). */
export type Rule = (input: RuleInput) => Problem[] | Promise<Problem[]>;
