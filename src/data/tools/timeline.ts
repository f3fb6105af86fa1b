/** The views of /tools/timeline/: the list of procedures with a 时间推算, and each procedure's calculator page. */
import { getTimelineIndex, getTimelineProcedures, timelineView } from '../queries/timelines.ts';

export { getTimelineIndex };

export async function getTimelinePaths() {
  return (await getTimelineProcedures()).map((p) => ({ params: { procedure: p.id }, props: { id: p.id } }));
}

export async function getTimelinePage(id: string) {
  const procedure = (await getTimelineProcedures()).find((p) => p.id === id)!;
  return timelineView(procedure);
}
