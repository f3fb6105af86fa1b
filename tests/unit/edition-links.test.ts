import { describe, expect, it } from 'vitest';
import { frozenFrom, splitEditionId } from '../../src/lib/editions/collections.ts';
import { editionHref, keepLinksInEdition, keepPageInEdition } from '../../src/lib/editions/links.ts';
import { currentPathOf, pastEditionOf } from '../../src/lib/routes.ts';

const held = new Set([
  '/guide/',
  '/guide/organization/branch-election/',
  '/flowcharts/branch-election/',
  '/templates/ballot/',
  '/templates/ballot.docx',
  '/regulations/',
]);

describe('links inside a past edition', () => {
  for (const base of ['/', '/djzy/']) {
    it(`lead to the edition's own pages, fragments and queries kept (base ${base})`, () => {
      const to = (path: string) => `${base}${path.slice(1)}`;
      expect(editionHref(to('/guide/organization/branch-election/'), '2023', base, held)).toBe(
        to('/editions/2023/guide/organization/branch-election/'),
      );
      expect(editionHref(to('/regulations/#party-constitution'), '2023', base, held)).toBe(
        to('/editions/2023/regulations/#party-constitution'),
      );
      expect(editionHref(to('/templates/ballot.docx?v=1'), '2023', base, held)).toBe(
        to('/editions/2023/templates/ballot.docx?v=1'),
      );
    });

    it(`leave links to what the edition does not hold as they are (base ${base})`, () => {
      const to = (path: string) => `${base}${path.slice(1)}`;
      for (const href of [to('/duties/branch/'), to('/guide/members/member-education/'), to('/editions/2022/')]) {
        expect(editionHref(href, '2023', base, held)).toBe(href);
      }
      for (const href of ['#top', 'https://www.12371.cn/', '../ballot/']) {
        expect(editionHref(href, '2023', base, held)).toBe(href);
      }
    });
  }

  it('rewrites every href of a page, and nothing else', () => {
    const html =
      '<a href="/djzy/flowcharts/branch-election/">图</a><img src="/djzy/templates/ballot/x.png"><a href="/djzy/cases/">案例</a>';
    expect(keepLinksInEdition(html, '2022', '/djzy/', held)).toBe(
      '<a href="/djzy/editions/2022/flowcharts/branch-election/">图</a><img src="/djzy/templates/ballot/x.png"><a href="/djzy/cases/">案例</a>',
    );
  });

  it('turns the links inside a flowchart’s SVG (xlink:href) too', () => {
    const svg = '<a xlink:href="/templates/ballot/"><text>投票</text></a>';
    expect(keepLinksInEdition(svg, '2022', '/', held)).toBe(
      '<a xlink:href="/editions/2022/templates/ballot/"><text>投票</text></a>',
    );
  });

  it('leaves the link marked as leading to the current text as it is', () => {
    const html = '<a class="button" href="/guide/" data-current-text>现行</a><a href="/guide/">本版</a>';
    expect(keepLinksInEdition(html, '2022', '/', held)).toBe(
      '<a class="button" href="/guide/" data-current-text>现行</a><a href="/editions/2022/guide/">本版</a>',
    );
  });

  it('keeps the site’s header and footer leading to the current site: only <main> is the edition’s', () => {
    const page =
      '<header><a href="/guide/">工作指引</a></header><main id="main"><a href="/guide/">指引</a></main><footer><a href="/guide/">指引</a></footer>';
    expect(keepPageInEdition(page, '2024', '/', held)).toBe(
      '<header><a href="/guide/">工作指引</a></header><main id="main"><a href="/editions/2024/guide/">指引</a></main><footer><a href="/guide/">指引</a></footer>',
    );
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
