/**
 * An index of every page with its title and a one-line summary: the search page's no-JS listing and its title
 * filter. Full-text search (Pagefind) builds on the same pages.
 */
import { routes } from '../lib/routes.ts';
import { PILLARS } from '../lib/navigation.ts';
import { POSTS } from '../lib/seed-facts.ts';
import {
  getBulletins,
  getCases,
  getChapters,
  getDutyLists,
  getFlowcharts,
  getProcedures,
  getPublicity,
  getSeries,
  getTemplates,
  getUnits,
} from './collections.ts';
import { formatMonth } from '../lib/dates.ts';

export interface IndexedPage {
  section: string;
  title: string;
  href: string;
  summary: string;
}

export async function getSiteIndex(): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = PILLARS.map((p) => ({ section: '栏目', title: p.label, href: p.href, summary: p.summary }));
  for (const list of await getDutyLists()) {
    pages.push({ section: '三级五岗', title: list.data.title, href: routes.dutyList(list.id), summary: list.data.summary });
  }
  for (const post of POSTS) {
    pages.push({ section: '岗位入口', title: `${post.subject}岗位`, href: routes.role(post.id), summary: `${post.subject}的责任、工作程序和提示事项` });
  }
  for (const c of await getChapters()) {
    pages.push({ section: '工作指引', title: c.data.title, href: routes.chapter(c.id), summary: c.data.summary });
  }
  for (const p of await getProcedures()) {
    pages.push({ section: '工作程序', title: p.data.title, href: routes.procedure(p.chapterId, p.id), summary: p.data.summary });
  }
  for (const f of await getFlowcharts()) {
    pages.push({ section: '流程图', title: f.data.title, href: routes.flowchart(f.id), summary: f.data.summary });
  }
  for (const t of await getTemplates()) {
    pages.push({ section: '文书模板', title: t.data.title, href: routes.template(t.id), summary: t.data.purpose });
  }
  pages.push({ section: '工作指引', title: '制度文件目录', href: routes.regulations(), summary: '党内法规、规范性文件和国家标准' });
  pages.push({ section: '工作指引', title: '修订记录', href: routes.changelog(), summary: '指引的历次修订' });
  for (const b of await getBulletins()) {
    pages.push({
      section: '提示单',
      title: `第${b.data.issue}期重点工作提示单（${formatMonth(b.data.month)}）`,
      href: routes.bulletin(b.id),
      summary: b.data.tasks.map((t) => t.title).join('；'),
    });
  }
  for (const e of await getPublicity()) {
    pages.push({ section: '党建宣传', title: e.data.title, href: routes.publicityItem(e.id), summary: e.data.summary });
  }
  pages.push({ section: '双面清单', title: '共性问题整改台账', href: routes.rectification(), summary: '问题、整改措施、责任部门和完成时限' });
  for (const u of await getUnits()) {
    pages.push({ section: '个性问题清单', title: u.data.name, href: routes.unit(u.id), summary: u.data.problems.map((p) => p.item).join('；') });
  }
  for (const s of await getSeries()) {
    pages.push({ section: '典型案例', title: `${s.data.title}系列`, href: routes.series(s.id), summary: s.data.summary });
  }
  for (const c of await getCases()) {
    pages.push({ section: '典型案例', title: c.data.title, href: routes.case(c.id), summary: c.data.summary });
  }
  pages.push({ section: '帮助', title: '投稿指南', href: routes.contribute(), summary: '编辑如何新增和修改内容' });
  return pages;
}
