/**
 * The past editions as built, in both builds (/ and /djzy/): every page of /editions/<year>/ says which edition it
 * is and links to the current text of the same page; the links of its body that lead to a page the edition holds
 * lead to the edition's copy; and its Word files are the edition's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pastEditionOf } from '../../src/lib/editions/links.ts';
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

  it('serves each edition’s own Word file: a template that changed differs from the current one', () => {
    const changed = [...site.files].filter((f) => /^editions\/\d{4}\/templates\/[^/]+\.docx$/.test(f));
    const differs = changed.filter((f) => {
      const current = f.replace(/^editions\/\d{4}\//, '');
      return site.files.has(current) && !readFileSync(join(dir, f)).equals(readFileSync(join(dir, current)));
    });
    expect(differs.length).toBeGreaterThan(0);
  });
});
