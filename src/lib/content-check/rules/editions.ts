/**
 * The frozen editions against the current content: each edition's files as frozen or recorded as errata
 * (src/lib/editions/freeze.ts), and the revision log naming every change between consecutive editions
 * (src/lib/editions/coverage.ts). Their entries are held to their schemas in edition-entries.ts.
 */
import type { Problem } from '../../content-source/problem.ts';
import { editionCoverageProblems, type RevisionEntry } from '../../editions/coverage.ts';
import { editionProblems } from '../../editions/freeze.ts';
import type { RuleInput } from './input.ts';

export function editionFreezeRule({ root, ids }: RuleInput): Problem[] {
  return editionProblems(root, ids.get('revisions') ?? new Set());
}

export function editionCoverageRule({ root, entries }: RuleInput): Problem[] {
  return editionCoverageProblems(root, entries.filter((e) => e.def.name === 'revisions') as RevisionEntry[]);
}
