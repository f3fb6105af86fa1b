/**
 * The search page's view: an index of every page with its title and a one-line summary, grouped by the 栏目 of the
 * section table (the same labels the search filter uses): its no-JS listing and its title filter. Full-text search
 * (Pagefind) builds on the same pages.
 */
import { routes } from '../lib/routes.ts';
import { getTimelineIndex } from './timelines.ts';
import { SECTION_LABELS, sectionOf } from '../lib/sections.ts';
import { PILLARS } from '../lib/navigation.ts';
import { POSTS } from '../schemas/seed-facts.ts';
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
} from './entries.ts';
import { bulletinName } from '../lib/bulletin-name.ts';

export interface IndexedPage {
  title: string;
  href: string;
  summary: string;
}

export interface IndexGroup {
  label: string;
  pages: IndexedPage[];
}

/** The page index in the section table's order; within a group, in the order of the site. */
export async function getSearchPage(): Promise<{ groups: IndexGroup[] }> {
  const pages = await allPages();
  const groups = SECTION_LABELS.map((label) => ({
    label,
    pages: pages.filter((p) => sectionOf(p.href)?.label === label),
  }));
  return { groups: groups.filter((g) => g.pages.length) };
}

async function allPages(): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = PILLARS.map((p) => ({ title: p.label, href: p.href, summary: p.summary }));
  for (const list of await getDutyLists()) {
    pages.push({ title: list.data.title, href: routes.dutyList(list.id), summary: list.data.summary });
  }
  for (const post of POSTS) {
    pages.push({
      title: `${post.subject}岗位`,
      href: routes.role(post.id),
      summary: `${post.subject}的责任、工作程序和提示事项`,
    });
  }
  for (const c of await getChapters()) {
    pages.push({ title: c.data.title, href: routes.chapter(c.id), summary: c.data.summary });
  }
  for (const p of await getProcedures()) {
    pages.push({ title: p.data.title, href: routes.procedure(p.chapterId, p.id), summary: p.data.summary });
  }
  for (const f of await getFlowcharts()) {
    pages.push({ title: f.data.title, href: routes.flowchart(f.id), summary: f.data.summary });
  }
  for (const t of await getTemplates()) {
    pages.push({ title: t.data.title, href: routes.template(t.id), summary: t.data.purpose });
  }
  pages.push({ title: '制度文件目录', href: routes.regulations(), summary: '党内法规、规范性文件和国家标准' });
  pages.push({ title: '修订记录', href: routes.changelog(), summary: '指引的历次修订' });
  for (const b of await getBulletins()) {
    pages.push({
      title: bulletinName(b.data, 'full'),
      href: routes.bulletin(b.id),
      summary: b.data.tasks.map((t) => t.title).join('；'),
    });
  }
  for (const e of await getPublicity()) {
    pages.push({ title: e.data.title, href: routes.publicityItem(e.id), summary: e.data.summary });
  }
  pages.push({
    title: '共性问题整改台账',
    href: routes.rectification(),
    summary: '问题、整改措施、责任部门和完成时限',
  });
  for (const u of await getUnits()) {
    pages.push({ title: u.data.name, href: routes.unit(u.id), summary: u.data.problems.map((p) => p.item).join('；') });
  }
  for (const s of await getSeries()) {
    pages.push({ title: `${s.data.title}系列`, href: routes.series(s.id), summary: s.data.summary });
  }
  for (const c of await getCases()) {
    pages.push({ title: c.data.title, href: routes.case(c.id), summary: c.data.summary });
  }
  pages.push(
    { title: '工作工具', href: routes.tools(), summary: '党支部对照清单自查、按规定时限推算日期' },
    {
      title: '党建工作自查',
      href: routes.selfCheck(),
      summary: '对照共性问题和各项工作程序的工作标准逐项自查，导出自查情况报告',
    },
    { title: '时间推算', href: routes.timelines(), summary: '有时限要求的工作程序，按已知日期推算各节点的日期' },
    ...(await getTimelineIndex()).map((t) => ({
      title: `${t.title}：时间推算`,
      href: t.href,
      summary: `${t.stepCount}个节点、${t.limitCount}条时限的规定和出处`,
    })),
  );
  pages.push(
    { title: '投稿指南', href: routes.contribute(), summary: '编辑如何新增和修改内容' },
    { title: '给信息中心', href: routes.itOffice(), summary: '部署本站和设置办公电脑（公文字体）' },
  );
  return pages;
}
