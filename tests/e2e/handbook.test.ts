/**
 * The printable handbook: /guide/print/ printed by headless Chromium as a reader's “另存为 PDF” would, and the
 * published handbook PDF (guide/handbook.pdf, from the committed cache handbook/) read with poppler as a reader's
 * viewer would: pages, footer numbers, contents numbers, bookmarks, tags, and how the pages break.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { BUILDS, onBuild, ROOT } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';
import { toolOrSkip } from '../support/tools.ts';
import { handbookLinkLabel } from '../../src/lib/handbook/cache.ts';

const chromiumPath = chromiumOrSkip();
const canReadPdf = toolOrSkip('pdftotext', 'poppler-utils') && toolOrSkip('pdfinfo', 'poppler-utils');

describe.skipIf(!chromiumPath || !canReadPdf)(onBuild(BUILDS[0], '/guide/print/ as an A4 PDF'), () => {
  const served = serveInChromium(BUILDS[0], chromiumPath);
  const work = mkdtempSync(join(tmpdir(), 'djzy-pdf-'));

  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
  });

  it('is a multi-page document with every chapter and procedure title and no site chrome', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url('guide/print/'), { waitUntil: 'load' });
    const pdfPath = join(work, 'handbook.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
    await page.close();

    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);

    const { entries } = loadContent(ROOT, COLLECTION_LIST);
    const titles = (name: string) =>
      entries.filter((e) => e.def.name === name).map((e) => (e.data as { title: string }).title);
    const procedures = titles('procedures');
    const chapters = titles('chapters');
    // Cover, contents, a page per chapter and per procedure at the least (page breaks before each).
    expect(pages).toBeGreaterThanOrEqual(2 + chapters.length + procedures.length);

    const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    for (const title of [...chapters, ...procedures]) expect(text).toContain(title.replace(/\s+/g, ''));
    for (const chrome of ['跳到正文', '长者模式', '承办：', '快捷入口', '当前位置', '首页›']) {
      expect(text, `打印版中出现了站点导航内容“${chrome}”`).not.toContain(chrome);
    }
  });

  it('prints every monthly bulletin as one A4 sheet', async () => {
    const page = await served.browser.newPage();
    const months = loadContent(ROOT, COLLECTION_LIST)
      .entries.filter((e) => e.def.name === 'bulletins')
      .map((e) => e.id);
    expect(months.length).toBeGreaterThanOrEqual(12); // at least a year of monthly issues
    for (const month of months) {
      await page.goto(served.url(`bulletins/${month}/`), { waitUntil: 'load' });
      const pdfPath = join(work, `${month}.pdf`);
      writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
      const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).stdout;
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1]), `${month} 的提示单超过一页`).toBe(1);
    }
    await page.close();
  });
});

const canReadOutline = canReadPdf && toolOrSkip('pdftohtml', 'poppler-utils');

describe.skipIf(!canReadOutline)('published handbook PDF (guide/handbook.pdf)', () => {
  const pdfPath = join(BUILDS[0].dir, 'guide/handbook.pdf');
  const { entries } = loadContent(ROOT, COLLECTION_LIST);
  const of = (name: string) => entries.filter((e) => e.def.name === name).map((e) => e.data as Record<string, unknown>);
  const chapters = of('chapters')
    .sort((a, b) => Number(a.order) - Number(b.order))
    .map((c) => `第${String(c.order)}章　${String(c.title)}`);
  const procedures = of('procedures').map((p) => String(p.title));
  const flowcharts = of('flowcharts').map((f) => String(f.title));
  const squash = (s: string) => s.replace(/\s+/g, '');
  /** Each page's non-empty lines; the last one is the footer. */
  const pages = () =>
    spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .stdout.split('\f')
      .slice(0, -1)
      .map((page) => page.split('\n').filter((line) => line.trim()));
  /** The bookmarks as poppler reads them: title, page and depth. */
  const bookmarks = () => {
    const xml = spawnSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-f', '1', '-l', '1', pdfPath], {
      encoding: 'utf8',
    }).stdout;
    const out: { title: string; page: number; depth: number }[] = [];
    let depth = 0;
    for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
      if (m[0] === '<outline>') depth += 1;
      else if (m[0] === '</outline>') depth -= 1;
      else out.push({ title: m[2]!, page: Number(m[1]), depth });
    }
    return out;
  };

  it('is published by both builds as the same A4, tagged file, linked with its true page count and size', () => {
    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+基层党建工作指引/);
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(count).toBeGreaterThanOrEqual(2 + chapters.length + procedures.length);
    const bytes = readFileSync(pdfPath);
    expect(readFileSync(join(BUILDS[1].dir, 'guide/handbook.pdf')).equals(bytes)).toBe(true);
    const label = handbookLinkLabel({ pages: count, bytes: statSync(pdfPath).size });
    for (const build of BUILDS) {
      for (const page of ['guide/index.html', 'guide/print/index.html']) {
        const html = readFileSync(join(build.dir, page), 'utf8');
        expect(html, `${build.name} ${page}`).toContain(`href="${build.base}guide/handbook.pdf"`);
        expect(html, `${build.name} ${page}`).toContain(`<span data-handbook-label>${label}</span>`);
      }
    }
  });

  it('numbers every page in its footer: 第 N 页 共 M 页', () => {
    const all = pages();
    all.forEach((lines, i) => expect(squash(lines.at(-1) ?? '')).toBe(`第${i + 1}页共${all.length}页`));
  });

  it('has a bookmark for every chapter holding its procedures, and the contents give the same pages', () => {
    const marks = bookmarks();
    const all = pages();
    const top = marks.filter((m) => m.depth === 1).map((m) => m.title);
    expect(top.slice(0, chapters.length)).toEqual(chapters);
    expect(top.slice(chapters.length)).toEqual(['附录一　文书模板目录', '附录二　制度文件目录']);
    expect(
      marks
        .filter((m) => m.depth === 2)
        .map((m) => m.title)
        .sort(),
    ).toEqual([...procedures].sort());
    // The contents pages: from page 2 up to the page where the first chapter opens.
    const contents = all
      .slice(1, marks[0]!.page - 1)
      .flat()
      .map(squash);
    for (const mark of marks) {
      const title = squash(mark.title);
      expect(squash(all[mark.page - 1]!.join('')), `第 ${mark.page} 页应有“${mark.title}”`).toContain(title);
      const line = contents.find((l) => l.replace(/\d+$/, '') === title);
      expect(line, `目录中没有“${mark.title}”`).toBeDefined();
      expect(Number(/(\d+)$/.exec(line!)?.[1]), `目录中“${mark.title}”的页码`).toBe(mark.page);
    }
  });

  it('leaves no heading alone at the foot of a page and no near-empty page', () => {
    const all = pages();
    const headings = new Set(
      [...chapters, ...procedures, ...flowcharts, '概述', '工作程序', '工作标准', '常见问题', '关区规定'].map(squash),
    );
    const opensChapterOrChart = (lines: string[] | undefined) =>
      [...chapters, ...flowcharts, '附录一'].some((t) => squash(lines?.[0] ?? '').startsWith(squash(t)));
    all.forEach((lines, i) => {
      const body = lines.slice(0, -1);
      if (i === 0 || i === all.length - 1) return; // the cover; the last page
      expect(headings.has(squash(body.at(-1) ?? '')), `第 ${i + 1} 页末行是孤立的标题“${body.at(-1)}”`).toBe(false);
      // A page before a chapter or a flowchart (which takes a page of its own) may end early, never with a stray line.
      const least = opensChapterOrChart(all[i + 1]) ? 3 : 10;
      expect(body.length, `第 ${i + 1} 页只有 ${body.length} 行`).toBeGreaterThanOrEqual(least);
    });
  });
});
