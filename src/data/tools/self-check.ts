/**
 * The views of /tools/self-check/: the self-check page and its blank Word form: the ledger's common problems and each procedure's 工作标准 (read
 * from its body), grouped by chapter, each with the links back to where it comes from.
 */
import { routes, sectionIds } from '../../lib/routes.ts';
import type { CheckGroup, CheckItem } from '../../lib/self-check/checklist.ts';
import { PROBLEMS_TITLE, standardItemIds } from '../../lib/self-check/checklist.ts';
import { emptyState } from '../../lib/self-check/answers.ts';
import { REPORT_TITLE, selfCheckReport } from '../../lib/self-check/report.ts';
import { procedureStandards } from '../../lib/self-check/standards.ts';
import { getChapters, getProblems, getProcedures } from '../queries/entries.ts';
import { oncePerBuild } from '../queries/once-per-build.ts';
import { renderDocx, startEarly } from '../queries/word-files.ts';

export interface SelfCheckItemView extends CheckItem {
  /** A problem's 具体表现. */
  detail?: string;
  /** Where the item's full text is: the problem in the ledger. */
  href?: string;
}

export interface SelfCheckGroupView extends CheckGroup {
  items: SelfCheckItemView[];
  /** The procedure's page, and its 工作标准 on that page. */
  procedure?: { href: string; standardsHref: string };
}

const getSelfCheckGroups = oncePerBuild(async () => {
  const [chapters, problems, procedures] = await Promise.all([getChapters(), getProblems(), getProcedures()]);
  const chapterOf = new Map(chapters.map((c) => [c.id, { order: c.data.order, title: c.data.title }]));

  const problemGroups: SelfCheckGroupView[] = chapters.flatMap((c) => {
    const own = problems.filter((p) => p.data.chapter.id === c.id);
    if (!own.length) return [];
    return [
      {
        id: `problems-${c.id}`,
        kind: 'problems' as const,
        title: PROBLEMS_TITLE,
        chapter: chapterOf.get(c.id)!,
        items: own.map((p) => ({
          id: p.id,
          label: `问题${p.data.number}`,
          text: p.data.title,
          example: p.data.example,
          detail: p.data.detail,
          href: routes.problem(p.id),
        })),
      },
    ];
  });

  const standardGroups: SelfCheckGroupView[] = procedures.map((p) => {
    const standards = procedureStandards(p.body ?? '');
    const ids = standardItemIds(p.id, standards.items);
    const href = routes.procedure(p.chapterId, p.id);
    return {
      id: sectionIds.selfCheckProcedure(p.id),
      kind: 'standards' as const,
      title: p.data.title,
      chapter: chapterOf.get(p.chapterId)!,
      items: standards.items.map((text, i) => ({ id: ids[i]!, label: String(i + 1), text, example: false })),
      procedure: { href, standardsHref: standards.headingId ? `${href}#${standards.headingId}` : href },
    };
  });
  return { problemGroups, standardGroups };
});

export async function getSelfCheckPage() {
  const { problemGroups, standardGroups } = await getSelfCheckGroups();
  const all = [...problemGroups, ...standardGroups];
  return {
    problemGroups,
    standardGroups,
    problemCount: problemGroups.reduce((n, g) => n + g.items.length, 0),
    itemCount: all.reduce((n, g) => n + g.items.length, 0),
    anyExample: problemGroups.some((g) => g.items.some((i) => i.example)),
    blankDocx: routes.selfCheckBlankDocx(),
    ledger: routes.rectification(),
  };
}

/**
 * The blank 自查情况报告, for printing and filling in by hand: a row for every procedure's 工作标准, so the largest
 * Word file of the site, and the one that grows with the guide.
 */
export const getSelfCheckBlankDocx = oncePerBuild(async (): Promise<Buffer> => {
  const { problemGroups, standardGroups } = await getSelfCheckGroups();
  const model = selfCheckReport([...problemGroups, ...standardGroups], emptyState(), { blank: true });
  return renderDocx(model, { title: REPORT_TITLE, subject: '基层党建工作指引 自查情况报告（空白）' });
});

/** The blank form's one path; asking for it starts the form (src/data/queries/word-files.ts says why). */
export async function getSelfCheckBlankPaths() {
  startEarly(getSelfCheckBlankDocx);
  return [{ params: { form: 'blank' } }];
}
