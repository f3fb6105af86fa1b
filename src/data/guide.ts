/** The guide's navigation, shared by its overview, chapter and procedure pages. */
import { guideSidebar, readingOrder, type ChapterNav, type ProcedureNav } from '../lib/navigation.ts';
import { getChapters, getProcedures } from './collections.ts';
import { oncePerBuild } from './once-per-build.ts';

export const getGuideNavigation = oncePerBuild(async () => {
  const chapters = await getChapters();
  const procedures = await getProcedures();
  const chapterNav: ChapterNav[] = chapters.map((c) => ({ id: c.id, title: c.data.title, order: c.data.order }));
  const procedureNav: ProcedureNav[] = procedures.map((p) => ({
    id: p.id,
    title: p.data.title,
    order: p.data.order,
    chapterId: p.chapterId,
  }));
  return {
    chapters,
    procedures,
    sidebar: guideSidebar(chapterNav, procedureNav),
    order: readingOrder(chapterNav, procedureNav),
  };
});
