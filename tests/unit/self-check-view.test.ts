/** The self-check page's view over a few in-memory entries: groups by chapter, standards read from the body, links. */
import { beforeEach, describe, expect, it } from 'vitest';
import { setCollections } from '../support/astro-content-stub.ts';
import { getSelfCheckPage } from '../../src/data/tools/self-check.ts';

const ref = (id: string) => ({ id });

beforeEach(() => {
  setCollections({
    chapters: [
      { id: 'political', data: { title: '政治建设', summary: '', order: 1 } },
      { id: 'org-life', data: { title: '组织生活', summary: '', order: 3 } },
    ],
    procedures: [
      {
        id: 'party-lesson',
        filePath: 'content/guide/org-life/party-lesson.mdx',
        data: { title: '党课', summary: '', order: 1, basis: [] },
        body: '## 工作程序\n\n1. 讲课\n\n## 工作标准\n\n- 每季度至少1次。\n- 有记录。\n\n## 常见问题\n',
      },
      {
        id: 'no-standards',
        filePath: 'content/guide/political/no-standards.mdx',
        data: { title: '没有标准的程序', summary: '', order: 1, basis: [] },
        body: '## 概述\n\n正文\n',
      },
    ],
    rectification: [
      { id: 'p02', data: { number: 2, chapter: ref('org-life'), title: '党课不经常', example: true, measures: [] } },
      {
        id: 'p01',
        data: {
          number: 1,
          chapter: ref('org-life'),
          title: '记录不全',
          detail: '（示意）',
          example: true,
          measures: [],
        },
      },
    ],
  });
});

describe('getSelfCheckPage', () => {
  it('groups the problems by chapter in number order, linked to the ledger', async () => {
    const view = await getSelfCheckPage();
    expect(view.problemGroups.map((g) => [g.id, g.chapter.title, g.items.map((i) => i.label)])).toEqual([
      ['problems-org-life', '组织生活', ['问题1', '问题2']],
    ]);
    expect(view.problemGroups[0]!.items[0]).toMatchObject({
      id: 'p01',
      href: '/rectification/#p01',
      detail: '（示意）',
    });
    expect(view).toMatchObject({ problemCount: 2, itemCount: 4, anyExample: true });
  });

  it('reads each procedure’s standards, its section named for links from the procedure page', async () => {
    const view = await getSelfCheckPage();
    const [none, lesson] = view.standardGroups;
    expect(lesson).toMatchObject({
      id: 'std-party-lesson',
      title: '党课',
      procedure: { href: '/guide/org-life/party-lesson/', standardsHref: '/guide/org-life/party-lesson/#工作标准' },
    });
    expect(lesson!.items.map((i) => [i.label, i.text])).toEqual([
      ['1', '每季度至少1次。'],
      ['2', '有记录。'],
    ]);
    expect(lesson!.items[0]!.id).toMatch(/^party-lesson-/);
    expect(none).toMatchObject({ id: 'std-no-standards', items: [] });
  });
});
