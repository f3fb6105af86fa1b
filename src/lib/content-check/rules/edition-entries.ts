/**
 * A frozen edition's entries are held to what their pages need, as the current ones are: each file valid against
 * its collection's schema, and every reference it makes found — inside the edition for what an edition holds
 * (chapters, procedures, flowcharts, templates, the catalogue), in content/ for what it shares with the current
 * site (the duty lists, the revision log). A correction made as an erratum that breaks a page is caught here, in
 * Chinese at its line, before Astro sees it.
 */
import { COLLECTIONS, type CollectionDef } from '../../../schemas/collections.ts';
import type { CollectionName } from '../../../schemas/context.ts';
import { SEED_COUNTS } from '../../../schemas/seed-facts.ts';
import { editionYears, inEdition } from '../../content-source/editions.ts';
import { loadContent } from '../../content-source/entries.ts';
import type { Problem } from '../../content-source/problem.ts';
import { EDITION_COLLECTIONS, type EditionKind } from '../../editions/collections.ts';
import { FOLDERS } from '../../paths.ts';
import { validateEntry, type ValidEntry } from '../validate.ts';
import type { RuleInput } from './input.ts';
import { duplicateIdRule, referenceRule } from './references.ts';
import { templateDocumentRule } from './templates.ts';
import { timelineConsistencyProblems } from './timeline-consistency.ts';

/** A collection's registry entry with its files read from editions/<year>/ instead of content/. */
export function inEditionDef(def: CollectionDef, year: string): CollectionDef {
  const at = (path: string) => `${FOLDERS.editions}/${year}/${inEdition(path)}`;
  const source = def.source;
  return {
    ...def,
    source: source.kind === 'glob' ? { ...source, base: at(source.base) } : { ...source, path: at(source.path) },
  };
}

export function editionEntryProblems(
  root: string,
  currentIds: ReadonlyMap<CollectionName, Set<string>>,
  memo?: RuleInput['memo'],
): Problem[] {
  const kinds = Object.keys(EDITION_COLLECTIONS) as EditionKind[];
  return editionYears(root).flatMap((year) => {
    const { entries, problems } = loadContent(
      root,
      kinds.map((kind) => inEditionDef(COLLECTIONS[kind], year)),
    );
    // A file that cannot be read (its YAML, its encoding) takes its entries' ids with it: every reference to them
    // would be reported too. Its own problem comes first; the references are checked once it reads again.
    const unreadable = problems.length > 0;
    const ids = new Map(currentIds);
    for (const kind of kinds) ids.set(kind, new Set(entries.filter((e) => e.def.name === kind).map((e) => e.id)));
    const valid: ValidEntry[] = [];
    for (const entry of entries) {
      const result = validateEntry(entry);
      problems.push(...result.problems);
      if (result.parsed !== undefined) valid.push({ ...entry, parsed: result.parsed });
    }
    problems.push(...timelineConsistencyProblems(entries, memo));
    const input: RuleInput = {
      root,
      entries,
      ids,
      valid,
      mdxFacts: new Map(),
      knownRoutes: new Set(),
      counts: SEED_COUNTS,
      entryCounts: new Map(),
      memo,
    };
    if (unreadable) return problems;
    return [...problems, ...duplicateIdRule(input), ...referenceRule(input), ...templateDocumentRule(input)];
  });
}

/** The rule: every frozen edition's entries, against the current collections' ids. */
export function editionEntryRule({ root, ids, memo }: RuleInput): Problem[] {
  return editionEntryProblems(root, ids, memo);
}
