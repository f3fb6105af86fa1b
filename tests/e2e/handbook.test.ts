/** The printable handbook, printed to PDF by headless Chromium as a reader's “另存为 PDF” would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { BUILDS, onBuild, ROOT } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';
import { toolOrSkip } from '../support/tools.ts';

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
