/**
 * The cross-entry rules, by concern. Each reads the parsed entries (RuleInput) and returns problems; none throws.
 * A new rule goes in the file of its concern and in this list. (Images are decoded, asynchronously: checkImages.)
 */
import { anchorRule } from './anchors.ts';
import { bulletinDateRule, revisionDateRule } from './dates.ts';
import { duesRule } from './dues.ts';
import { mermaidRule } from './diagrams.ts';
import type { Rule } from './input.ts';
import { placementRule, uniquenessRule } from './placement.ts';
import { backlinkRule, catalogueRoleRule, referenceRule } from './references.ts';
import { searchWordsRule } from './search-words.ts';
import { dutyListRule, seedCountRule } from './seed-counts.ts';
import { attachmentRule, templateDocumentRule } from './templates.ts';
import { timelineTextRule } from './timelines.ts';
import { versionRule } from './versions.ts';

export const RULES: readonly Rule[] = [
  referenceRule,
  backlinkRule,
  catalogueRoleRule,
  dutyListRule,
  seedCountRule,
  uniquenessRule,
  placementRule,
  bulletinDateRule,
  revisionDateRule,
  mermaidRule,
  anchorRule,
  templateDocumentRule,
  attachmentRule,
  timelineTextRule,
  duesRule,
  versionRule,
  searchWordsRule,
];

export { duplicateIdRule } from './references.ts';
export { checkImages } from './images.ts';
export type { RuleInput, SeedCounts } from './input.ts';
