/** The regulation catalogue and the revision log: the two lists the guideline's authority rests on. */
import { REGULATION_KINDS } from '../schemas/regulation.ts';
import { getCitationIndex } from './citations.ts';
import { getProcedures, getRegulations, getRevisions, type PastYear } from './entries.ts';
import { getSiteInfo } from './site-info.ts';
import { inEveryText } from './texts.ts';

export const getRegulationsPaths = inEveryText(async () => [{ params: {}, props: {} }]);

export async function getRegulationsPage(past: PastYear) {
  const regulations = await getRegulations(past);
  const groups = REGULATION_KINDS.map((kind) => ({
    kind,
    items: regulations.filter((r) => r.data.kind === kind).sort((a, b) => b.data.issued.localeCompare(a.data.issued)),
  })).filter((g) => g.items.length > 0);
  return { regulations, cited: await getCitationIndex(past), groups };
}

export async function getChangelogPage() {
  return { revisions: await getRevisions(), procedures: await getProcedures(), current: (await getSiteInfo()).edition };
}
