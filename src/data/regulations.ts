/** The view of /regulations/ (the current text's and each past edition's): the catalogue of normative documents. */
import { REGULATION_KINDS } from '../schemas/regulation.ts';
import {
  currentVersion,
  isRevised,
  versionName,
  versionsOf,
  whenIssued,
  type RegulationVersions,
} from '../lib/regulation-versions.ts';
import { getCitationIndex } from './queries/citations.ts';
import { editionLinks, guideTrail } from './queries/edition-links.ts';
import { getRegulations, type PastYear } from './queries/entries.ts';
import { inEveryText } from './queries/texts.ts';

export const getRegulationsPaths = inEveryText(async () => [{ params: {}, props: {} }]);

export async function getRegulationsPage(past: PastYear) {
  const regulations = await getRegulations(past);
  const groups = REGULATION_KINDS.map((kind) => ({
    kind,
    items: regulations.filter((r) => r.data.kind === kind).sort((a, b) => b.data.issued.localeCompare(a.data.issued)),
  })).filter((g) => g.items.length > 0);
  const link = await editionLinks(past);
  return {
    regulations,
    trail: guideTrail(link),
    cited: await getCitationIndex(past),
    groups,
    versions: new Map(regulations.map((r) => [r.id, versionHistory(r.data)])),
  };
}

export interface VersionHistory {
  /** Each version, oldest first: “2014年5月印发（2014年版）”, the one in force marked 现行. */
  versions: string[];
  /** What the version in force changed, as public sources state it. */
  changes?: string;
  /** Said above the provisions when they were taken from an older version than the one in force. */
  provisionsNote?: string;
}

/** A regulation's history as the catalogue shows it (nothing for one with a single version). */
function versionHistory(
  r: RegulationVersions & { provisionsVersion?: string | undefined },
): VersionHistory | undefined {
  if (!isRevised(r)) return undefined;
  const all = versionsOf(r);
  const current = currentVersion(r);
  const older = all.find((v) => v.version === r.provisionsVersion && v.version !== current);
  return {
    versions: all.map(
      (v) =>
        `${v.title && v.title !== r.title ? `《${v.title}》` : ''}${whenIssued(v)}（${versionName(v)}${v.version === current ? '，现行' : ''}）`,
    ),
    ...(r.revision
      ? {
          changes: `修订涉及${r.revision.changes.join('、')}等方面${r.revision.source ? `（${r.revision.source}）` : ''}。`,
        }
      : {}),
    ...(older
      ? { provisionsNote: `以下要点按${versionName(older)}整理，现行版本规定不同的，以现行版本原文为准。` }
      : {}),
  };
}
