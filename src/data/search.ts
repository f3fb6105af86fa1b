/**
 * The views of /search/. The page: an index of every page with its title and a one-line summary, grouped by the
 * 栏目 of the section table (the same labels the search filter uses): its no-JS listing and its title filter.
 * Full-text search (Pagefind) builds on the same pages. And search/vocabulary.json, which the search loads with its
 * index: the site's words for cutting a question, the readers' words (content/search/words.yaml and each
 * procedure's and template's `readerWords`) and the facts the site holds as data (the basis notes' time limits and
 * numbers, the 时限要求 lines), each with its source and page.
 */
import { duesFacts, duesStandard, type DuesData } from '../lib/dues/content.ts';
import { routes } from '../lib/routes.ts';
import { factKinds, type Fact, type Vocabulary } from '../lib/search-question.ts';
import { factOfLine, factsOfNote, siteWords } from '../lib/search-vocabulary.ts';
import { getPastEditions } from './queries/editions.ts';
import { regulationNames } from './queries/links.ts';
import { deadlineLines, getTimelineIndex } from './queries/timelines.ts';
import { SECTION_LABELS, sectionOf } from '../lib/sections.ts';
import { PILLARS } from '../lib/navigation.ts';
import { PILLAR_SUMMARIES } from '../lib/pillar-counts.ts';
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
  getAll,
  getSearchWords,
} from './queries/entries.ts';
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

/** Whether the search offers to include the past editions' pages (there are some). */
export const hasPastEditions = async () => (await getPastEditions()).length > 0;

async function allPages(): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = PILLARS.map((p) => ({ title: p.label, href: p.href, summary: PILLAR_SUMMARIES[p.id] }));
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

/** The current content's collections whose words a reader may type (the past editions' are not searched by default). */
const TEXT_COLLECTIONS = [
  'duties',
  'chapters',
  'procedures',
  'flowcharts',
  'templates',
  'regulations',
  'bulletins',
  'rectification',
  'units',
  'series',
  'cases',
  'publicity',
] as const;

export async function getSearchVocabulary(): Promise<Vocabulary> {
  const words = await getSearchWords();
  const procedures = await getProcedures();
  const templates = await getTemplates();
  const names = await regulationNames(undefined);

  const readerWords: Vocabulary['readerWords'] = {};
  for (const w of words?.data.words ?? []) {
    for (const said of w.readerWords)
      readerWords[said] = { terms: w.term ? [w.term] : [], ...(w.kind ? { kind: w.kind } : {}) };
  }
  const pageWords: Vocabulary['pageWords'] = {};
  const named = [
    ...procedures.map((p) => ({
      href: routes.procedure(p.chapterId, p.id),
      title: p.data.title,
      said: p.data.readerWords,
    })),
    ...templates.map((t) => ({ href: routes.template(t.id), title: t.data.title, said: t.data.readerWords })),
  ];
  for (const page of named) {
    for (const said of page.said ?? []) (pageWords[said] ??= []).push({ href: page.href, terms: [page.title] });
  }

  const facts: Fact[] = [];
  for (const p of procedures) {
    const page = { href: routes.procedure(p.chapterId, p.id), title: p.data.title };
    for (const b of p.data.basis) {
      if (!b.note) continue;
      const name = names.get(b.regulation.id)?.title ?? b.regulation.id;
      facts.push(...factsOfNote(b.note, { ...page, source: `《${name}》${b.articles ?? ''}` }));
    }
    for (const line of await deadlineLines(p, undefined)) facts.push(...factOfLine(line, page));
    if (p.data.dues) {
      for (const f of duesFacts(duesStandard(p.data.dues as DuesData))) {
        const kinds = factKinds(f.text);
        const name = names.get(f.regulation)?.title ?? f.regulation;
        if (kinds.length) facts.push({ ...page, text: f.text, source: `《${name}》${f.articles}`, kinds });
      }
    }
  }

  const texts: string[] = [];
  for (const name of TEXT_COLLECTIONS) {
    for (const e of await getAll(name)) texts.push(JSON.stringify(e.data), e.body ?? '');
  }
  return {
    // The site's own words only: the readers' words join the dictionary in the browser (dictionaryOf), and whether a
    // reader's word is also searched as written depends on the site using it.
    words: siteWords(texts),
    ignore: words?.data.ignore ?? [],
    readerWords,
    pageWords,
    facts,
  };
}
