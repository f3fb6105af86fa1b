/**
 * Navigation of the site as plain data: the five pillars of the header, the guide's sidebar, the reading order of
 * the handbook (prev/next across chapter boundaries) and breadcrumbs. Pages hand in entries already reduced to
 * these small shapes, so the logic is tested without Astro.
 */
import { routes } from './routes.ts';
import { sectionOf, type PillarId } from './sections.ts';

export type { PillarId };

export interface Pillar {
  id: PillarId;
  /** Short label for the header. */
  label: string;
  /** The question the pillar answers (为什么/是什么/…). */
  question: string;
  /** The seed's section title. */
  title: string;
  href: string;
}

/** The five pillars of the “响应、呼应、反应” mechanism, in the seed's order. */
export const PILLARS: readonly Pillar[] = [
  {
    id: 'duties',
    label: '三级五岗',
    question: '为什么',
    title: '以“三级五岗”责任为纲，增强“为什么”的自觉',
    href: routes.duties(),
  },
  {
    id: 'guide',
    label: '工作指引',
    question: '是什么',
    title: '以“基层党建指引”为本，强化“是什么”的遵循',
    href: routes.guide(),
  },
  {
    id: 'bulletins',
    label: '重点工作提示单',
    question: '干什么',
    title: '以“重点工作提示”为基，增强“干什么”的统筹',
    href: routes.bulletins(),
  },
  {
    id: 'publicity',
    label: '党建宣传',
    question: '怎么干',
    title: '以“党建宣传”为先，增强“怎么干”的引领',
    href: routes.publicity(),
  },
  {
    id: 'rectification',
    label: '双面清单',
    question: '怎么样',
    title: '以“双面清单”为要，鲜明“怎么样”的导向',
    href: routes.rectification(),
  },
];

export interface Link {
  label: string;
  href: string;
}

/** Quick entries under the header: the pages members look for most. */
export const QUICK_LINKS: readonly Link[] = [
  { label: '岗位入口', href: routes.roles() },
  { label: '流程图', href: routes.flowcharts() },
  { label: '文书模板', href: routes.templates() },
  { label: '制度文件', href: routes.regulations() },
  { label: '典型案例', href: routes.cases() },
  { label: '工作工具', href: routes.tools() },
];

export interface ChapterNav {
  id: string;
  title: string;
  order: number;
}

export interface ProcedureNav {
  id: string;
  title: string;
  order: number;
  chapterId: string;
}

export interface SidebarGroup {
  label: string;
  href: string;
  items: Link[];
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Sidebar of the guide: each chapter with its procedures, in order. */
export function guideSidebar(chapters: readonly ChapterNav[], procedures: readonly ProcedureNav[]): SidebarGroup[] {
  return [...chapters].sort(byOrder).map((chapter) => ({
    label: chapter.title,
    href: routes.chapter(chapter.id),
    items: procedures
      .filter((p) => p.chapterId === chapter.id)
      .sort(byOrder)
      .map((p) => ({ label: p.title, href: routes.procedure(chapter.id, p.id) })),
  }));
}

/**
 * The sidebar as a page shows it: every chapter, with only the chapter holding `current` opened. Each page then
 * carries the chapter list plus one chapter's procedures, so its size does not grow with the whole guide.
 */
export function openCurrentGroup(groups: readonly SidebarGroup[], current: string): SidebarGroup[] {
  // A chapter's own address prefixes the addresses of its procedures (routes.ts), so one comparison per chapter
  // finds the open one, whatever the number of procedures.
  return groups.map((group) => (current.startsWith(group.href) ? group : { ...group, items: [] }));
}

/** The handbook in reading order: guide overview, then each chapter followed by its procedures. */
export function readingOrder(chapters: readonly ChapterNav[], procedures: readonly ProcedureNav[]): Link[] {
  return [
    { label: '工作指引总览', href: routes.guide() },
    ...guideSidebar(chapters, procedures).flatMap((group) => [
      { label: group.label, href: group.href },
      ...group.items,
    ]),
  ];
}

/**
 * Previous and next page of every page of a reading order, either absent at the ends: computed once per build, so
 * a page finds its neighbours by one look-up instead of a search of the whole order.
 */
export function readingNeighbours(order: readonly Link[]): Map<string, { prev?: Link; next?: Link }> {
  return new Map(order.map((link, at) => [link.href, { prev: order[at - 1], next: order[at + 1] }]));
}

/** The pillar a page belongs to, from its address, for highlighting the header. */
export function pillarOf(path: string): PillarId | undefined {
  return sectionOf(path)?.pillar;
}
