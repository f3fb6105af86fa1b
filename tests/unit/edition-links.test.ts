/**
 * Links inside a past edition: the views write them with the edition's addresses (src/data/queries/edition-links.ts
 * over src/lib/editions/links.ts), and only an MDX body's own links and a cached chart's drawn links are mapped after
 * rendering (keepLinksInEdition, prefixSvgLinks).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { setCollections } from '../support/astro-content-stub.ts';
import { editionLinks, guideTrail } from '../../src/data/queries/edition-links.ts';
import { prefixSvgLinks } from '../../src/lib/diagrams/figure.ts';
import { frozenFrom, splitEditionId } from '../../src/lib/editions/collections.ts';
import { currentTextLinks, editionHref, pastEditionLinks, keepLinksInEdition } from '../../src/lib/editions/links.ts';
import { currentPathOf, pastEditionOf } from '../../src/lib/routes.ts';

const held = new Set([
  '/guide/',
  '/guide/organization/branch-election/',
  '/flowcharts/branch-election/',
  '/templates/ballot/',
  '/templates/ballot.docx',
  '/regulations/',
]);
const in2023 = pastEditionLinks('2023', held);

describe('an address in a text', () => {
  it('is the edition’s own when the edition holds the page, fragment and query kept', () => {
    expect(in2023('/guide/organization/branch-election/')).toBe('/editions/2023/guide/organization/branch-election/');
    expect(in2023('/regulations/#party-constitution')).toBe('/editions/2023/regulations/#party-constitution');
    expect(in2023('/templates/ballot.docx?v=1')).toBe('/editions/2023/templates/ballot.docx?v=1');
  });

  it('is the current site’s when the edition does not hold the page', () => {
    for (const href of ['/duties/branch/', '/guide/members/member-education/', '/editions/2022/', '/guide/print/']) {
      expect(in2023(href)).toBe(href);
    }
    for (const href of ['#top', 'https://www.12371.cn/', '../ballot/']) expect(in2023(href)).toBe(href);
  });

  it('is itself in the current text', () => {
    expect(currentTextLinks('/guide/organization/branch-election/')).toBe('/guide/organization/branch-election/');
  });

  it('gives a guide page’s trail in the text', () => {
    expect(guideTrail(in2023, ['文书模板', '/templates/'], ['选票', '/templates/ballot/'])).toEqual([
      { label: '工作指引', href: '/editions/2023/guide/' },
      { label: '文书模板', href: '/templates/' },
      { label: '选票', href: '/editions/2023/templates/ballot/' },
    ]);
  });
});

describe('the links of a text, from its entries', () => {
  const chapter = (id: string) => ({ id, data: { title: id, summary: '', order: 1 } });
  const procedure = (id: string, chapterId: string, templates: string[]) => ({
    id,
    filePath: `editions/${id.slice(0, 4)}/guide/${chapterId}/${id.slice(5)}.mdx`,
    data: { title: id, summary: '', order: 1, templates: templates.map((t) => ({ id: t })) },
  });
  const template = (id: string) => ({ id, data: { title: id, number: 1, category: '请示', procedures: [] } });

  beforeEach(() => {
    setCollections({
      editionChapters: [chapter('2022/organization')],
      editionProcedures: [
        procedure('2022/branch-election', 'organization', ['ballot', 'request']),
        procedure('2022/establish-branch', 'organization', ['ballot']),
      ],
      editionFlowcharts: [{ id: '2022/branch-election', data: { title: '', summary: '' } }],
      editionTemplates: [template('2022/ballot'), template('2022/request')],
      editionRegulations: [],
    });
  });

  it('lead to the pages, Word files and zips the edition holds, and elsewhere to the current site', async () => {
    const link = await editionLinks('2022');
    expect(
      [
        '/guide/',
        '/guide/organization/',
        '/guide/organization/branch-election/',
        '/guide/organization/branch-election/templates.zip',
        '/guide/organization/establish-branch/templates.zip',
        '/flowcharts/branch-election/',
        '/templates/request.docx',
        '/templates/all-templates.zip',
        '/regulations/#x',
        '/guide/members/added-later/',
        '/duties/branch/',
      ].map(link),
    ).toEqual([
      '/editions/2022/guide/',
      '/editions/2022/guide/organization/',
      '/editions/2022/guide/organization/branch-election/',
      '/editions/2022/guide/organization/branch-election/templates.zip',
      '/guide/organization/establish-branch/templates.zip',
      '/editions/2022/flowcharts/branch-election/',
      '/editions/2022/templates/request.docx',
      '/editions/2022/templates/all-templates.zip',
      '/editions/2022/regulations/#x',
      '/guide/members/added-later/',
      '/duties/branch/',
    ]);
  });

  it('are the current addresses in the current text', async () => {
    expect(await editionLinks(undefined)).toBe(currentTextLinks);
  });
});

describe('the links an MDX body or a cached chart writes itself', () => {
  for (const base of ['/', '/djzy/']) {
    it(`are mapped in built HTML under the base (${base})`, () => {
      const to = (path: string) => `${base}${path.slice(1)}`;
      expect(editionHref(to('/guide/organization/branch-election/'), base, in2023)).toBe(
        to('/editions/2023/guide/organization/branch-election/'),
      );
      expect(editionHref(to('/regulations/#party-constitution'), base, in2023)).toBe(
        to('/editions/2023/regulations/#party-constitution'),
      );
      for (const href of [to('/duties/branch/'), to('/editions/2022/'), '#top', 'https://www.12371.cn/', '../x/']) {
        expect(editionHref(href, base, in2023)).toBe(href);
      }
    });
  }

  it('has every href of a body mapped, and nothing else', () => {
    const html =
      '<a href="/djzy/flowcharts/branch-election/">图</a><img src="/djzy/templates/ballot/x.png"><a href="/djzy/cases/">案例</a>';
    expect(keepLinksInEdition(html, '/djzy/', pastEditionLinks('2022', held))).toBe(
      '<a href="/djzy/editions/2022/flowcharts/branch-election/">图</a><img src="/djzy/templates/ballot/x.png"><a href="/djzy/cases/">案例</a>',
    );
  });

  it('turns the links inside a flowchart’s SVG (xlink:href) too', () => {
    const svg = '<a xlink:href="/templates/ballot/"><text>投票</text></a>';
    expect(keepLinksInEdition(svg, '/', pastEditionLinks('2022', held))).toBe(
      '<a xlink:href="/editions/2022/templates/ballot/"><text>投票</text></a>',
    );
  });

  it('leaves the link marked as leading to the current text as it is', () => {
    const html = '<a class="button" href="/guide/" data-current-text>现行</a><a href="/guide/">本版</a>';
    expect(keepLinksInEdition(html, '/', pastEditionLinks('2022', held))).toBe(
      '<a class="button" href="/guide/" data-current-text>现行</a><a href="/editions/2022/guide/">本版</a>',
    );
  });

  it('gives a cached chart’s drawn links the base and the text’s address', () => {
    const svg = '<a xlink:href="/templates/ballot/"><text>投票</text></a><a xlink:href="/cases/x/"></a>';
    expect(prefixSvgLinks(svg, '/djzy/', pastEditionLinks('2022', held))).toBe(
      '<a xlink:href="/djzy/editions/2022/templates/ballot/"><text>投票</text></a><a xlink:href="/djzy/cases/x/"></a>',
    );
    expect(prefixSvgLinks(svg, '/')).toBe(svg);
  });
});

describe('which pages are a past edition’s', () => {
  it('are those under /editions/<year>/, not the pages about an edition', () => {
    expect(pastEditionOf('/editions/2022/')).toBe('2022');
    expect(pastEditionOf('/editions/2022/guide/members/party-dues/')).toBe('2022');
    expect(pastEditionOf('/editions/2023/changes/')).toBeUndefined();
    expect(pastEditionOf('/editions/2023/compare/procedures/party-dues/')).toBeUndefined();
    expect(pastEditionOf('/editions/')).toBeUndefined();
    expect(pastEditionOf('/guide/')).toBeUndefined();
  });

  it('have the current page at the same address without the edition', () => {
    expect(currentPathOf('/editions/2022/templates/ballot/')).toBe('/templates/ballot/');
    expect(currentPathOf('/editions/2022/')).toBe('/');
  });
});

describe('a frozen file', () => {
  it('resolves its imports as the file it was frozen from, and other files are left alone', () => {
    expect(frozenFrom('/work/site/editions/2023/guide/members/x.mdx')).toBe('/work/site/content/guide/members/x.mdx');
    expect(frozenFrom('C:\\site\\editions\\2023\\guide\\x.mdx')).toBe('C:/site/content/guide/x.mdx');
    expect(frozenFrom('/work/site/content/guide/members/x.mdx')).toBeUndefined();
    expect(frozenFrom('/work/site/src/editions/notes.ts')).toBeUndefined();
  });

  it('has its entry id made of its edition’s year and its own id', () => {
    expect(splitEditionId('2022/member-recruitment')).toEqual(['2022', 'member-recruitment']);
  });
});
