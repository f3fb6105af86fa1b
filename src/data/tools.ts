/** The view of /tools/: the branch tools, with the procedures that have a 时间推算. */
import { SEED_COUNTS } from '../schemas/seed-facts.ts';
import { getTimelineIndex } from './queries/timelines.ts';

export async function getToolsPage() {
  return { timelines: await getTimelineIndex(), seedCounts: SEED_COUNTS };
}
