import { describe, expect, it } from 'vitest';
import { editionHref, keepLinksInEdition } from '../../src/lib/editions/links.ts';

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
});
