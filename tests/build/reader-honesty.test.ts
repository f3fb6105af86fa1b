/**
 * What a reader sees is honest about where it comes from (issue: the guideline as an authority): no word of the
 * drafting process on any page or feed, reconstructed duty lists and illustrative publicity detail marked from
 * their data, every 关区规定 actionable, and one current edition everywhere it is named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDraftingWords } from '../../src/lib/content-check/reader-words.ts';
import { latinWordsOf } from '../../src/lib/reader-latin-words.ts';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { DUTY_LISTS } from '../../src/schemas/seed-facts.ts';
import { readBuiltSite } from '../../scripts/lib/read-built-site.ts';
import { BUILDS, onBuild, requireBuild, ROOT } from '../support/builds.ts';

const dir = requireBuild(BUILDS[0].dir);
const site = readBuiltSite(dir);
const page = (route: string) => {
  const found = site.pages.find((p) => p.file === `${route.replace(/^\//, '')}index.html`);
  if (!found) throw new Error(`dist/ 中没有页面 ${route}`);
  return found.html;
};
/** The text a reader can see or hear: markup without scripts and styles, attribute values a screen reader reads. */
const readerText = (html: string) =>
  html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*?\b(?:alt|title|aria-label|content)="([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');

const { entries } = loadContent(ROOT, COLLECTION_LIST);
const data = (collection: string) =>
  entries.filter((e) => e.def.name === collection).map((e) => ({ id: e.id, data: e.data as Record<string, unknown> }));

describe(onBuild(BUILDS[0], 'no drafting vocabulary reaches a reader'), () => {
  const readable = [...site.files].filter((f) => /\.(html|xml|ics|csv)$/.test(f)).sort();

  it('covers every page, feed, calendar and table', () => {
    expect(readable.length).toBeGreaterThan(150);
  });

  it.each(readable)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(findDraftingWords(file.endsWith('.html') ? readerText(text) : text)).toEqual([]);
  });
});

describe(onBuild(BUILDS[0], "reader pages speak in the reader's words"), () => {
  // The editors' guide and the IT office's page are written for them, in their words.
  const forStaff = /^(?:contribute|it)\//;
  const pages = site.pages.filter((p) => !forStaff.test(p.file));
  /** Body text and the attributes a reader sees or hears; the head (meta content) is for machines. */
  const bodyText = (html: string) =>
    html
      .replace(/<head\b[\s\S]*?<\/head>/i, '')
      .replace(/<(script|style|svg)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<[^>]*?\b(?:alt|title|aria-label|placeholder)="([^"]*)"[^>]*>/gi, ' $1 ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/gi, ' ');

  it('covers every reader page, past editions included', () => {
    expect(pages.length).toBeGreaterThan(300);
    expect(pages.some((p) => p.file.startsWith('editions/2024/'))).toBe(true);
  });

  it('no page has Latin-letter words other than names and file names (src/lib/reader-latin-words.ts)', () => {
    const found = pages
      .map((p) => ({ page: p.file, words: latinWordsOf(bodyText(p.html)) }))
      .filter((p) => p.words.length > 0);
    expect(found).toEqual([]);
  });
});

describe(onBuild(BUILDS[0], 'reconstructed duty lists are marked from their data'), () => {
  const lists = data('duties');
  const MARK = '参照整理 · 以关区印发原文为准';

  it('every list says where its items come from', () => {
    expect(lists.map((l) => l.id).sort()).toEqual(DUTY_LISTS.map((l) => l.id).sort());
    for (const list of lists) expect(['参照整理', '关区原文']).toContain(list.data.origin);
  });

  it.each(lists.map((l) => [l.id, l.data.origin] as const))(
    '%s shows its mark exactly when it is 参照整理',
    (id, origin) => {
      const shows = readerText(page(`/duties/${id}/`)).includes(MARK);
      expect(shows).toBe(origin === '参照整理');
      const index = readerText(page('/duties/'));
      if (origin === '参照整理') expect(index).toContain(MARK);
    },
  );

  it('role portals show the mark of their own list', () => {
    for (const list of lists.filter((l) => /secretary|members/.test(l.id) && l.data.origin === '参照整理')) {
      expect(readerText(page(`/roles/${list.id}/`))).toContain(MARK);
    }
  });
});

describe(onBuild(BUILDS[0], 'illustrative publicity detail is marked where it is'), () => {
  const flagged = data('publicity').filter((p) => p.data.illustrativeDetail === true);

  it('some publicity pages carry illustrative detail', () => {
    expect(flagged.length).toBeGreaterThan(0);
  });

  it.each(flagged.map((p) => p.id))('%s marks each 示例 block', (id) => {
    const html = page(`/publicity/${id}/`);
    const blocks = html.match(/<aside class="example-block[^"]*"[^>]*>[\s\S]*?<\/aside>/g) ?? [];
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).toMatch(/<span class="badge badge-example[^"]*"[^>]*>示例<\/span>/);
  });

  it('pages without the flag have no 示例 block', () => {
    for (const p of data('publicity').filter((e) => e.data.illustrativeDetail !== true)) {
      expect(page(`/publicity/${p.id}/`)).not.toContain('class="example-block');
    }
  });
});

describe(onBuild(BUILDS[0], '关区规定 are actionable'), () => {
  const procedurePages = site.pages.filter(
    (p) => /^guide\/[^/]+\/[^/]+\/index\.html$/.test(p.file) && p.file !== 'guide/print/index.html',
  );

  it.each(procedurePages.map((p) => [p.file, p.html]))('%s', (_file, html) => {
    const sections = html.match(/<section class="district-rules[\s\S]*?<\/section>/g) ?? [];
    for (const section of sections) {
      const rules = section.match(/<div class="district-rule[\s\S]*?<\/dl>/g) ?? [];
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(rule).toMatch(/<dt[^>]*>全国性规定<\/dt>\s*<dd[^>]*>[^<]+<\/dd>/);
        expect(rule).toMatch(/<dt[^>]*>通行做法<\/dt>\s*<dd[^>]*>[^<]+<\/dd>/);
        expect(readerText(rule)).toMatch(/[0-9一二两三四五六七八九十半]/);
      }
    }
    // The old 提示框 labelled 关区规定 (which only deferred) is gone for good: 关区规定 are the section above.
    expect(html).not.toMatch(/<p class="note-label"[^>]*>关区规定<\/p>/);
  });

  it('the procedures that leave points to the district show them', () => {
    const withRules = data('procedures').filter(
      (p) => Array.isArray(p.data.districtRules) && p.data.districtRules.length > 0,
    );
    expect(withRules.length).toBeGreaterThan(10);
    for (const p of withRules) {
      const file = procedurePages.find((pg) => pg.file.endsWith(`/${p.id}/index.html`));
      expect(file?.html).toMatch(/<h2 id="关区规定"[^>]*>关区规定<\/h2>/);
    }
  });
});

describe(onBuild(BUILDS[0], 'one current edition'), () => {
  const revisions = data('revisions').sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)));
  const current = revisions[0]!;
  const title = String(current.data.title);

  it('the footer of every page names the newest revision as the current edition', () => {
    for (const p of site.pages) expect(readerText(p.html), p.file).toContain(`现行版本：《基层党建工作指引》${title}`);
  });

  it('the changelog, the print cover and each procedure agree', () => {
    expect(readerText(page('/changelog/'))).toContain(`现行版本为${title}`);
    expect(page('/changelog/')).toMatch(new RegExp(`<h2 id="rev-${current.id}"[^>]*>${title}\\s*（现行版本）`));
    expect(page('/guide/print/')).toMatch(new RegExp(`<p class="cover-edition"[^>]*>\\s*${title}（`));
    for (const p of site.pages.filter(
      (pg) => /^guide\/[^/]+\/[^/]+\/index\.html$/.test(pg.file) && pg.file !== 'guide/print/index.html',
    )) {
      expect(readerText(p.html), p.file).toMatch(new RegExp(`版本\\s*现行\\s*${title}`));
      expect(readerText(p.html), p.file).toMatch(/本程序(于本版|于.+?)修订（\d{4}年\d{1,2}月\d{1,2}日）/);
    }
  });
});
