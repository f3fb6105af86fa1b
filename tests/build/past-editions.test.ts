/**
 * The past editions as built, in both builds (/ and /djzy/): every page of /editions/<year>/ says which edition it
 * is and links to the current text of the same page; the links of its body that lead to a page the edition holds
 * lead to the edition's copy; and its Word files are the edition's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pastEditionOf } from '../../src/lib/routes.ts';
import { stripBase } from '../../src/lib/urls.ts';
import { readBuiltSite } from '../../scripts/lib/read-built-site.ts';
import { BUILD_TITLE, BUILDS, requireBuild } from '../support/builds.ts';

const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
const linksOf = (html: string) =>
  [...html.matchAll(/<[a-z][^>]*\s(?:xlink:)?href="([^"]*)"[^>]*>/gi)].map((m) => ({ tag: m[0], href: m[1]! }));

describe.each(BUILDS)(BUILD_TITLE, ({ dir, base }) => {
  const site = readBuiltSite(requireBuild(dir));
  const past = site.pages.filter((p) => pastEditionOf(`/${p.file.replace(/index\.html$/, '')}`));
  /** The built file of a base-less page address. */
  const fileOf = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

  it('has the three past editions, each a whole section', () => {
    const years = new Set(past.map((p) => p.file.split('/')[1]));
    expect([...years].sort()).toEqual(['2022', '2023', '2024']);
    for (const year of years) {
      const own = past.filter((p) => p.file.startsWith(`editions/${year}/`)).map((p) => p.file);
      expect(own).toContain(`editions/${year}/guide/index.html`);
      expect(own.filter((f) => /\/guide\/[^/]+\/[^/]+\/index\.html$/.test(f)).length).toBeGreaterThanOrEqual(20);
      expect(own.filter((f) => /\/flowcharts\/[^/]+\/index\.html$/.test(f))).toHaveLength(9);
      expect(own.filter((f) => /\/templates\/[^/]+\/index\.html$/.test(f))).toHaveLength(30);
      expect(
        [...site.files].filter((f) => f.startsWith(`editions/${year}/templates/`) && f.endsWith('.docx')),
      ).toHaveLength(30);
    }
  });

  it.each(past.map((p) => [p.file, p.html]))('%s: marked as a past edition, links kept inside it', (file, html) => {
    const year = file.split('/')[1]!;
    const main = mainOf(html);
    expect(main).toContain('aria-label="往年版本提示"');
    expect(main).toContain(`data-pagefind-meta="edition:${year} 年版"`);
    let inside = 0;
    for (const { tag, href } of linksOf(main)) {
      const path = stripBase(href.replace(/[?#].*$/, ''), base);
      if (!href.startsWith(base) || path === null) continue;
      if (tag.includes('data-current-text')) {
        // The way to the current text leads out of the edition, to a page the current site has.
        expect(path.startsWith('/editions/'), href).toBe(false);
        expect(site.files.has(fileOf(path)), href).toBe(true);
        continue;
      }
      if (path.startsWith(`/editions/${year}/`)) inside++;
      // A link to a page the edition also holds must be the edition's copy (the site's home is not the
      // edition's home, /editions/<year>/, which is another page).
      else if (path === '/') continue;
      else
        expect(site.files.has(`editions/${year}/${fileOf(path).replace(/^\//, '')}`), `${href} 应指向本版`).toBe(false);
    }
    expect(inside).toBeGreaterThan(0);
    // Every past page offers the way to the current text.
    expect(linksOf(main).filter(({ tag }) => tag.includes('data-current-text')).length).toBeGreaterThan(0);
  });

  it('says in plain words that each past edition is a reconstruction, on the index and on every page', () => {
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
    const index = text(mainOf(site.pages.find((p) => p.file === 'editions/index.html')!.html));
    expect(index).toContain(
      '本站收录的2024年版、2023年版、2022年版是示意版本：根据现行指引和修订记录倒推整理，不是当年印发的指引原件，不代表当年实际执行的文本，只用来演示往年版本的查阅和对比。',
    );
    expect(index.split('示意版本：根据现行指引和修订记录倒推整理，不是当年印发的原件。')).toHaveLength(4);
    for (const { file, html } of past) {
      const banner = text(html.slice(html.indexOf('aria-label="往年版本提示"'), html.indexOf('</aside>')));
      expect(banner, file).toContain(
        '本版是示意版本：根据现行指引和修订记录倒推整理，不是当年印发的指引原件，不代表当年实际执行的文本，只用来演示往年版本的查阅和对比。现行版本为2026年版，办理工作请以现行版本为准。',
      );
    }
  });

  it('states nothing about a reconstruction as what was in use in its year', () => {
    for (const { file, html } of site.pages) {
      expect(html, file).not.toMatch(/在用的指引|只供查阅当时的规定|查阅当时的全文/);
    }
  });

  it('a past edition’s guide sends a reader to its own pages for paper, never to the current handbook', () => {
    for (const year of ['2022', '2023', '2024']) {
      const html = site.pages.find((p) => p.file === `editions/${year}/guide/index.html`)!.html;
      const hrefs = linksOf(mainOf(html)).map(({ href }) => stripBase(href, base));
      expect(hrefs).not.toContain('/guide/print/');
      expect(hrefs).not.toContain('/guide/handbook.pdf');
      expect(hrefs).toContain(`/editions/${year}/`);
      expect(mainOf(html).replace(/\s+/g, '')).toContain('整本指引的打印版和PDF只按现行版本生成，本版没有。');
    }
    // The current guide still offers the handbook.
    const current = linksOf(mainOf(site.pages.find((p) => p.file === 'guide/index.html')!.html));
    expect(current.map(({ href }) => stripBase(href, base))).toContain('/guide/print/');
  });

  it('serves each edition’s own Word file: a template that changed differs from the current one', () => {
    const changed = [...site.files].filter((f) => /^editions\/\d{4}\/templates\/[^/]+\.docx$/.test(f));
    const differs = changed.filter((f) => {
      const current = f.replace(/^editions\/\d{4}\//, '');
      return site.files.has(current) && !readFileSync(join(dir, f)).equals(readFileSync(join(dir, current)));
    });
    expect(differs.length).toBeGreaterThan(0);
  });
});
