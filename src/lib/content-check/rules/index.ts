/**
 * Every content rule, in one list: the checker (../index.ts) runs each, guarded, over what was read and validated
 * (RuleInput), and reports what they return, sorted by file and line. A rule may be asynchronous (images are
 * decoded, diagrams parsed). A new rule goes in the file of its concern (or a new one) and in this list.
 */
import { anchorRule } from './anchors.ts';
import { bulletinDateRule, revisionDateRule } from './dates.ts';
import { duesRule } from './dues.ts';
import { mermaidRule, mermaidSyntaxRule } from './diagrams.ts';
import { editionEntryRule } from './edition-entries.ts';
import { editionCoverageRule, editionFreezeRule } from './editions.ts';
import { imageRule } from './images.ts';
import type { Rule } from './input.ts';
import { placementRule, uniquenessRule } from './placement.ts';
import { draftingWordRule, illustrativeDetailRule } from './reader-text.ts';
import { backlinkRule, catalogueRoleRule, duplicateIdRule, referenceRule } from './references.ts';
import { searchWordsRule } from './search-words.ts';
import { dutyListRule, seedCountRule } from './seed-counts.ts';
import { attachmentRule, templateDocumentRule } from './templates.ts';
import { timelineConsistencyRule } from './timeline-consistency.ts';
import { timelineTextRule } from './timelines.ts';
import { versionRule } from './versions.ts';

export const RULES: readonly Rule[] = [
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
  mermaidRule,
  anchorRule,
  templateDocumentRule,
  attachmentRule,
  timelineTextRule,
  duesRule,
  versionRule,
  searchWordsRule,
  imageRule,
  draftingWordRule,
  illustrativeDetailRule,
  mermaidSyntaxRule,
  editionFreezeRule,
  editionEntryRule,
  editionCoverageRule,
];

export type { Rule, RuleInput, SeedCounts } from './input.ts';
