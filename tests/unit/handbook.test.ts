/** The handbook PDF's pure parts: the printed document, its cache key, the publish decision, the PDF read and update. */
import { describe, expect, it } from 'vitest';
import { bookmarkTree } from '../../scripts/lib/handbook/render.ts';
import { handbookLinkLabel } from '../../src/lib/handbook/cache.ts';
import { handbookKey } from '../../src/lib/handbook/key.ts';
import { getObject, namedDestinations, openPdf, pageCount, withBookmarks } from '../../src/lib/handbook/pdf.ts';
import { planHandbook, type HandbookFactsForPlan } from '../../src/lib/handbook/plan.ts';
import { baseFreeAsset, contentsEntries, fillContentsPages, handbookSource } from '../../src/lib/handbook/source.ts';
import {
  chapterAnchor,
  CONTENTS_LEVEL_ATTR,
  CONTENTS_TITLE_CLASS,
  HANDBOOK_CLASS,
  PAGE_SLOT_ATTR,
  PAGE_SLOT_CLASS,
  procedureAnchor,
  SCREEN_ONLY_ATTR,
} from '../../src/lib/handbook/markup.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/builds.ts';

/** A print page as Astro builds it, under `base`. */
const printPage = (base: string, extra = '') => `<!DOCTYPE html><html lang="zh-CN" data-base="${base}"><head>
<link rel="stylesheet" href="${base}_astro/Base.Ab12.css"><link rel="stylesheet" href="${base}_astro/print.Cd34.css">
<title>基层党建工作指引（打印版）</title></head><body><header class="site-header"><a href="${base}">首页</a></header>
<main><div class="doc"><div class="handbook" data-astro-cid-x><section class="handbook-cover">
<div class="no-print panel" data-handbook-screen><a href="${base}guide/handbook.pdf"><span data-handbook-label>下载整本指引 PDF（9 页，1.0 MB）</span></a></div></section>
<nav class="handbook-toc"><ol><li><a href="#chapter-org" data-contents-level="1" data-astro-cid-x><span class="toc-title" data-astro-cid-x>第1章　组织设置</span><span class="toc-page" data-page-for="chapter-org" data-astro-cid-x></span></a>
<ol><li><a href="#procedure-elect" data-contents-level="2"><span class="toc-title">换届&amp;“选举”</span><span class="toc-page" data-page-for="procedure-elect"></span></a></li></ol></li></ol></nav>
<section class="handbook-chapter"><h2 id="chapter-org">第1章　组织设置</h2><article><h3 id="procedure-elect">换届选举</h3>
<p>见<a href="${base}guide/org/elect/#常见问题">换届选举</a>、<a href="${base}guide/org/">本章</a>、<a href="${base}templates/vote/">计票单</a>、<a href="https://www.gov.cn/">国务院</a>和<a href="#chapter-org">本章开头</a>。${extra}</p>
<svg><a xlink:href="${base}templates/vote/"><g><text>计票</text></g></a></svg><img src="${base}_astro/photo.Ef56.webp" alt="">
</article></section></div></div></main><footer class="site-footer"><a href="${base}changelog/">修订记录</a></footer><script type="module">x()</script></body></html>`;

describe('handbook document (what Chromium prints)', () => {
  const root = handbookSource(printPage('/'), '/');
  const sub = handbookSource(printPage('/djzy/'), '/djzy/');

  it('is the same for the root build and the sub-path build', () => {
    expect(sub).toEqual(root);
    expect(root.html).not.toContain('djzy');
    expect(root.assets).toEqual(['/_astro/Base.Ab12.css', '/_astro/print.Cd34.css', '/_astro/photo.Ef56.webp']);
  });

  it('reads a chart slice as one address, commas and all, and its SVG file base-free', () => {
    const slice =
      '<div class="handbook"><img src="/djzy/diagrams/k.svg#svgView(viewBox(0,10,600,400))" alt="图"></div>';
    const { assets, html } = handbookSource(`<html><head></head><body>${slice}</body></html>`, '/djzy/');
    expect(assets).toEqual(['/diagrams/k.svg']);
    expect(html).toContain('src="/diagrams/k.svg#svgView(viewBox(0,10,600,400))"');
    const svg = (base: string) => new TextEncoder().encode(`<svg><a xlink:href="${base}templates/x/"/></svg>`);
    expect(baseFreeAsset('/diagrams/k.svg', svg('/djzy/'), '/djzy/')).toEqual(svg('/'));
    expect(baseFreeAsset('/photo.webp', svg('/djzy/'), '/djzy/')).toEqual(svg('/djzy/'));
  });

  it('holds the handbook alone: no site header, footer, scripts or the link to the PDF itself', () => {
    for (const gone of ['site-header', 'site-footer', '<script', 'data-handbook-screen', 'handbook.pdf', '首页']) {
      expect(root.html).not.toContain(gone);
    }
    expect(root.html).toContain('<html lang="zh-CN" class="handbook-pdf">');
  });

  it('links chapters and procedures inside the PDF, keeps web links, and turns other site links into text', () => {
    expect(root.html).toContain('<a href="#procedure-elect">换届选举</a>');
    expect(root.html).toContain('<a href="#chapter-org">本章</a>');
    expect(root.html).toContain('<span class="handbook-link">计票单</span>');
    expect(root.html).toContain('<a href="https://www.gov.cn/">国务院</a>');
    expect(root.html).toContain('<a href="#chapter-org">本章开头</a>');
    expect(root.html).toContain('<svg><g><g><text>计票</text></g></g></svg>');
    expect(root.html).not.toMatch(/href="\/(?!_astro)/);
  });

  it('reads the contents entries and fills in their page numbers without touching anything else', () => {
    expect(contentsEntries(root.html)).toEqual([
      { id: 'chapter-org', level: 1, title: '第1章　组织设置' },
      { id: 'procedure-elect', level: 2, title: '换届&“选举”' },
    ]);
    const filled = fillContentsPages(
      root.html,
      new Map([
        ['chapter-org', 3],
        ['procedure-elect', 12],
      ]),
    );
    expect(filled).toContain('data-page-for="chapter-org" data-astro-cid-x>3</span>');
    expect(filled).toContain('data-page-for="procedure-elect">12</span>');
    expect(fillContentsPages(filled, new Map()).length).toBe(root.html.length);
  });
});

describe('the markup the print page writes and the PDF step reads (src/lib/handbook/markup.ts)', () => {
  const entry = (id: string, level: 1 | 2, title: string) =>
    `<a href="#${id}" ${CONTENTS_LEVEL_ATTR}="${level}"><span class="${CONTENTS_TITLE_CLASS}">${title}</span>` +
    `<span class="${PAGE_SLOT_CLASS}" ${PAGE_SLOT_ATTR}="${id}"></span></a>`;
  const page =
    `<html><head></head><body><div class="${HANDBOOK_CLASS}"><div ${SCREEN_ONLY_ATTR}>下载</div><nav>` +
    `${entry(chapterAnchor('org'), 1, '第1章')}${entry(procedureAnchor('elect'), 2, '换届选举')}</nav>` +
    `<h2 id="${chapterAnchor('org')}">第1章</h2><h3 id="${procedureAnchor('elect')}">换届选举</h3>` +
    `<a href="/guide/org/elect/">见</a></div></body></html>`;
  const { html } = handbookSource(page, '/');

  it('is found by the PDF step as the print page writes it: the contents, the page slots, the links inside', () => {
    expect(html).not.toContain('下载');
    expect(contentsEntries(html)).toEqual([
      { id: chapterAnchor('org'), level: 1, title: '第1章' },
      { id: procedureAnchor('elect'), level: 2, title: '换届选举' },
    ]);
    expect(fillContentsPages(html, new Map([[procedureAnchor('elect'), 7]]))).toContain(
      `${PAGE_SLOT_ATTR}="${procedureAnchor('elect')}">7</span>`,
    );
    expect(html).toContain(`<a href="#${procedureAnchor('elect')}">见</a>`);
  });

  it('is what print.astro spells where Astro cannot take the names from markup.ts', () => {
    const source = readFileSync(join(ROOT, 'src/pages/[...past]/guide/print.astro'), 'utf8');
    expect(source).toContain(`<div class="no-print panel" ${SCREEN_ONLY_ATTR}>`);
    expect(source.match(new RegExp(` ${CONTENTS_LEVEL_ATTR}="[12]"`, 'g'))).toHaveLength(3);
    expect(source.match(new RegExp(`<span class={PAGE_SLOT_CLASS} ${PAGE_SLOT_ATTR}=`, 'g'))).toHaveLength(3);
    expect(source).toMatch(new RegExp(`^\\s*\\.${PAGE_SLOT_CLASS}:empty \\{`, 'm'));
  });
});

describe('handbook cache key', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const assets = (css: string, name = 'print.Cd34') =>
    new Map([
      ['/_astro/Base.Ab12.css', bytes('body{}')],
      [`/_astro/${name}.css`, bytes(css)],
      ['/_astro/photo.Ef56.webp', bytes('img')],
    ]);
  const { html } = handbookSource(printPage('/'), '/');
  const key = handbookKey(html, assets('@page{size:A4}'));

  it('is stable, and independent of the assets’ hashed names', () => {
    expect(handbookKey(html, assets('@page{size:A4}'))).toBe(key);
    const renamed = html.replace('print.Cd34.css', 'print.Zz99.css');
    expect(handbookKey(renamed, assets('@page{size:A4}', 'print.Zz99'))).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with the print CSS, the content, or a changed line ending never', () => {
    expect(handbookKey(html, assets('@page{size:A5}'))).not.toBe(key);
    expect(handbookKey(handbookSource(printPage('/', '新增一句。'), '/').html, assets('@page{size:A4}'))).not.toBe(key);
    expect(handbookKey(html.replace(/\n/g, '\r\n'), assets('@page{size:A4}'))).toBe(key);
  });

  it('ignores the page’s screen-only parts: the PDF link’s own words cannot re-key the PDF', () => {
    const relabelled = printPage('/').replace('9 页，1.0 MB', '107 页，2.4 MB');
    expect(handbookKey(handbookSource(relabelled, '/').html, assets('@page{size:A4}'))).toBe(key);
  });
});

describe('publishing the handbook PDF', () => {
  const facts = (over: Partial<HandbookFactsForPlan>): HandbookFactsForPlan => ({
    key: 'new',
    cached: ['old'],
    last: 'old',
    chromium: true,
    ci: false,
    requireRender: false,
    ...over,
  });

  it('publishes a hit as it is, never re-rendering it, even under CI or npm run handbook', () => {
    for (const over of [{}, { ci: true }, { requireRender: true }, { chromium: false }]) {
      expect(planHandbook(facts({ cached: ['new'], ...over })).action).toBe('hit');
    }
  });

  it('renders a miss with Chromium and falls back to the last PDF, with a Chinese warning, without', () => {
    expect(planHandbook(facts({})).action).toBe('render');
    const fallback = planHandbook(facts({ chromium: false }));
    expect(fallback).toMatchObject({ action: 'fallback', publish: 'old' });
    expect(fallback.action === 'fallback' && fallback.warning).toContain('npm run handbook');
    expect(planHandbook(facts({ chromium: false, cached: [], last: undefined })).action).toBe('none');
  });

  it('fails a stale PDF under CI=true, saying what to run and what to commit', () => {
    for (const chromium of [true, false]) {
      const plan = planHandbook(facts({ ci: true, chromium }));
      expect(plan.action).toBe('fail');
      expect(plan.action === 'fail' && plan.message).toMatch(/已过期.*npm run handbook.*提交 cache\/handbook\//);
    }
    expect(planHandbook(facts({ ci: true, requireRender: true })).action).toBe('render');
    expect(planHandbook(facts({ requireRender: true, chromium: false })).action).toBe('fail');
  });

  it('words the download link with the page count and size', () => {
    expect(handbookLinkLabel({ pages: 107, bytes: 2_567_842 })).toBe('下载整本指引 PDF（107 页，2.4 MB）');
    expect(handbookLinkLabel({ pages: 3, bytes: 40_000 })).toBe('下载整本指引 PDF（3 页，39 KB）');
  });
});

/** A minimal PDF as Chromium writes it: classic xref table, catalog with /Dests. */
function tinyPdf(pages: number): Uint8Array {
  const objects: string[] = [];
  const pageNums = Array.from({ length: pages }, (_, i) => 4 + i);
  objects[1] = '<</Type /Catalog /Pages 2 0 R /Dests 3 0 R /MarkInfo <</Marked true>>>>';
  objects[2] = `<</Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pages}>>`;
  objects[3] = `<</chapter-a [4 0 R /XYZ 10.5 800 0] /proc-b [${pageNums.at(-1)} 0 R /XYZ 10.5 700.25 0]>>`;
  for (const n of pageNums) objects[n] = '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n += 1) {
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n += 1) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('PDF: page numbers of the contents and bookmarks', () => {
  it('reads the page count and the page of every named destination', () => {
    const pdf = tinyPdf(5);
    expect(pageCount(pdf)).toBe(5);
    const dests = namedDestinations(openPdf(pdf));
    expect(dests.get('chapter-a')?.page).toBe(1);
    expect(dests.get('proc-b')?.page).toBe(5);
  });

  it('appends bookmarks (chapters open, holding their procedures) as an incremental update', () => {
    const before = tinyPdf(3);
    const tree = bookmarkTree([
      { id: 'chapter-a', level: 1, title: '第1章　政治建设' },
      { id: 'proc-b', level: 2, title: '“第一议题”和理论学习' },
    ]);
    const after = withBookmarks(before, tree);
    expect(Buffer.from(after.slice(0, before.length)).equals(Buffer.from(before))).toBe(true);
    const pdf = openPdf(after);
    expect(pageCount(after)).toBe(3);
    const catalog = getObject(pdf, 1) as { dict: Map<string, unknown> };
    expect(catalog.dict.get('MarkInfo')).toBeDefined();
    expect(catalog.dict.get('PageMode')).toEqual({ name: 'UseOutlines' });
    const outlines = getObject(pdf, (catalog.dict.get('Outlines') as { ref: number }).ref) as {
      dict: Map<string, unknown>;
    };
    expect(outlines.dict.get('Count')).toBe(2);
    const first = getObject(pdf, (outlines.dict.get('First') as { ref: number }).ref) as {
      dict: Map<string, unknown>;
    };
    const title = (first.dict.get('Title') as { str: string }).str;
    expect(Buffer.from(title.slice(2), 'latin1').swap16().toString('utf16le')).toBe('第1章　政治建设');
    expect(first.dict.get('Dest')).toEqual([{ ref: 4 }, { name: 'XYZ' }, 10.5, 800, 0]);
    expect(first.dict.get('Count')).toBe(1);
    expect(() => withBookmarks(before, [{ title: '无', dest: 'nowhere' }])).toThrow(/#nowhere/);
  });
});
