/** View functions (src/data/) over a few in-memory entries: what each page kind is handed to render. */
import { beforeEach, describe, expect, it } from 'vitest';
import { setCollections } from '../support/astro-content-stub.ts';
import { getDutyListPage } from '../../src/data/duties.ts';
import { getRolePage } from '../../src/data/roles.ts';
import { getLedgerPage } from '../../src/data/rectification.ts';
import { getSearchPage } from '../../src/data/search.ts';
import { DUTY_LISTS, POSTS } from '../../src/schemas/seed-facts.ts';

const ref = (id: string) => ({ id });
const secretary = POSTS.find((p) => p.organisation)!;
const otherPost = POSTS.find((p) => p.id !== secretary.id && p.organisation !== secretary.organisation)!;

beforeEach(() => {
  setCollections({
    chapters: [{ id: 'org-life', data: { title: '组织生活', summary: '三会一课', order: 3 } }],
    procedures: [
      {
        id: 'party-lesson',
        filePath: 'content/guide/org-life/party-lesson.mdx',
        data: {
          title: '党课',
          summary: '讲党课',
          order: 1,
          responsible: [ref(secretary.id)],
          templates: [ref('t1')],
          basis: [],
        },
      },
      {
        id: 'other',
        filePath: 'content/guide/org-life/other.mdx',
        data: { title: '别的程序', summary: '别人的事', order: 2, responsible: [ref(otherPost.id)], basis: [] },
      },
    ],
    templates: [
      { id: 't1', data: { title: '党课记录', number: 7, category: '记录', procedures: [ref('party-lesson')] } },
    ],
    regulations: [
      { id: 'branch-rules', data: { title: '中国共产党支部工作条例（试行）', kind: '党内法规', issued: '2018-10-28' } },
    ],
    duties: [
      {
        id: secretary.id,
        data: {
          title: `${secretary.subject}责任清单`,
          summary: '',
          origin: '参照整理',
          items: [
            {
              text: '讲党课',
              basis: [{ regulation: ref('branch-rules'), articles: '第十九条' }],
              procedures: [ref('party-lesson'), ref('not-yet-written')],
            },
          ],
          rhythm: [{ when: '每季度', what: '讲党课', procedure: ref('party-lesson') }],
        },
      },
    ],
    bulletins: [
      {
        id: '2022-07',
        data: {
          issue: 12,
          month: '2022-07',
          tasks: [
            { title: '讲党课', audience: [ref(secretary.id)] },
            { title: '别的任务', audience: [ref(otherPost.id)] },
          ],
        },
      },
    ],
    rectification: [
      {
        id: 'p01',
        data: {
          number: 10,
          title: '十号问题',
          chapter: ref('org-life'),
          example: true,
          statusAsOf: '2022-12',
          measures: [
            { status: '已完成', lead: '机关党委', coLeads: [], deadline: new Date(Date.UTC(2022, 2, 31)) },
            { status: '整改中', lead: '机关党委', coLeads: ['人事处'], deadline: new Date(Date.UTC(2022, 11, 31)) },
          ],
        },
      },
      {
        id: 'p02',
        data: {
          number: 2,
          title: '二号问题',
          chapter: ref('org-life'),
          example: true,
          statusAsOf: '2022-07',
          measures: [{ status: '已完成', lead: '人事处', coLeads: [], deadline: new Date(Date.UTC(2022, 5, 30)) }],
        },
      },
    ],
  });
});

describe('view functions', () => {
  it('a duty list resolves citations to titles and keeps an unwritten procedure as text', async () => {
    const { items } = await getDutyListPage(secretary.id);
    expect(items[0]!.citations).toEqual([
      {
        href: '/regulations/#branch-rules',
        title: '中国共产党支部工作条例（试行）',
        articles: '第十九条',
        note: undefined,
      },
    ]);
    expect(items[0]!.procedures).toEqual([
      { title: '党课', href: '/guide/org-life/party-lesson/' },
      { title: 'not-yet-written' },
    ]);
  });

  it('a role portal holds only what concerns its post', async () => {
    const view = await getRolePage(DUTY_LISTS.find((d) => d.id === secretary.id)!);
    expect(view.procedures.map((p) => p.title)).toEqual(['党课']);
    expect(view.templates).toEqual([{ id: 't1', number: 7, title: '党课记录', href: '/templates/t1/' }]);
    expect(view.tasks.map((t) => t.title)).toEqual(['讲党课']);
    expect(view.rhythm[0]!.procedure?.href).toBe('/guide/org-life/party-lesson/');
  });

  it('the ledger counts problems by status and chapter', async () => {
    const view = await getLedgerPage();
    // In 问题序号 order, though the collection gave 10 before 2.
    expect(view.problems.map((p) => [p.number, p.status])).toEqual([
      [2, '已清零'],
      [10, '整改中'],
    ]);
    // Each state says when it was true; the summary spans the months of the problems it adds up.
    expect(view.problems.map((p) => p.asOf)).toEqual(['截至2022年7月', '截至2022年12月']);
    expect(view.asOf).toBe('各问题分别截至2022年7月至2022年12月');
    expect(view.problems[1]).toMatchObject({
      chapter: { id: 'org-life', title: '组织生活' },
      departments: '机关党委|人事处',
    });
    expect(view.problems[1]!.measures.map((m) => [m.number, m.coLeads, m.deadline])).toEqual([
      ['10.1', '—', { iso: '2022-03-31', year: '2022年', day: '3月31日' }],
      ['10.2', '人事处', { iso: '2022-12-31', year: '2022年', day: '12月31日' }],
    ]);
    expect(view.byChapter).toEqual([{ id: 'org-life', title: '组织生活', problems: 2, measures: 3, cleared: 1 }]);
    expect(view.anyExample).toBe(true);
  });

  it('the search page index groups pages in the section table’s order', async () => {
    const { groups } = await getSearchPage();
    const labels = groups.map((g) => g.label);
    expect(labels.indexOf('责任清单')).toBeLessThan(labels.indexOf('工作指引'));
    expect(groups.find((g) => g.label === '工作指引')!.pages.map((p) => p.title)).toContain('党课');
    expect(groups.find((g) => g.label === '文书模板')!.pages).toEqual([
      { title: '党课记录', href: '/templates/t1/', summary: undefined },
    ]);
  });
});
