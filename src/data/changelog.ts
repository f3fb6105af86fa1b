/** The view of /changelog/: the guideline's revision log, with the edition in force. */
import { getProcedures, getRevisions } from './queries/entries.ts';
import { getSiteInfo } from './queries/site-info.ts';

export async function getChangelogPage() {
  return { revisions: await getRevisions(), procedures: await getProcedures(), current: (await getSiteInfo()).edition };
}
