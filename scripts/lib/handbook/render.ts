/**
 * Print the handbook document with the system Chromium, in passes: the first finds the page of every contents entry
 * (from the PDF's named destinations, which Chromium writes for every link target), the next prints with those
 * numbers in the contents' fixed-width slots; a pass that finds the same pages as the numbers it printed is final
 * (normally the second). Then our bookmarks are appended (pdf.ts).
 *
 * The document is served from memory and the site folder through Playwright's routing, at an address that is no
 * real host: nothing leaves the machine and no port is opened.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { PDF_OPTIONS } from '../../../src/lib/handbook/key.ts';
import { namedDestinations, openPdf, withBookmarks, type Bookmark } from '../../../src/lib/handbook/pdf.ts';
import {
  contentsEntries,
  fillContentsPages,
  type ContentsEntry,
  type HandbookSource,
} from '../../../src/lib/handbook/source.ts';
import { launchChromium } from '../chromium.ts';

const ORIGIN = 'http://handbook.invalid';
const MAX_PASSES = 4;

export interface RenderedHandbook {
  pdf: Uint8Array;
  passes: number;
  pages: ReadonlyMap<string, number>;
  chromium: string;
  seconds: number;
}

/** Chapters at the top, each holding its procedures; appendices at the top too. */
export function bookmarkTree(entries: readonly ContentsEntry[]): Bookmark[] {
  const tree: Bookmark[] = [];
  for (const e of entries) {
    if (e.level === 1 || !tree.length) tree.push({ title: e.title, dest: e.id, children: [] });
    else tree.at(-1)!.children!.push({ title: e.title, dest: e.id });
  }
  return tree;
}

export async function renderHandbook(
  site: string,
  source: HandbookSource,
  chromiumPath: string,
): Promise<RenderedHandbook> {
  const started = performance.now();
  if (source.html.includes('diagram-pending')) {
    throw new Error('打印版中有尚未绘制的流程图：先运行 npm run diagrams，再生成整本指引 PDF');
  }
  const entries = contentsEntries(source.html);
  if (!entries.length) throw new Error('打印版的目录中没有条目（data-contents-level）：无法生成书签和页码');
  const browser = await launchChromium(chromiumPath);
  try {
    const page = await browser.newPage();
    let current = source.html;
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      if (path === '/guide/print/') return route.fulfill({ body: current, contentType: 'text/html; charset=utf-8' });
      const file = join(site, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      if (existsSync(file) && statSync(file).isFile()) return route.fulfill({ path: file });
      return route.fulfill({ status: 404, body: '' });
    });
    let printed = new Map<string, number>();
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      await page.goto(`${ORIGIN}/guide/print/`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf(PDF_OPTIONS);
      const dests = namedDestinations(openPdf(pdf));
      const found = new Map<string, number>();
      for (const e of entries) {
        const dest = dests.get(e.id);
        if (!dest) throw new Error(`PDF 中找不到目录条目“${e.title}”（#${e.id}）的位置`);
        found.set(e.id, dest.page);
      }
      if (pass > 1 && entries.every((e) => found.get(e.id) === printed.get(e.id))) {
        return {
          pdf: withBookmarks(pdf, bookmarkTree(entries)),
          passes: pass,
          pages: found,
          chromium: browser.version(),
          seconds: (performance.now() - started) / 1000,
        };
      }
      printed = found;
      current = fillContentsPages(source.html, found);
    }
    throw new Error(
      `目录页码在 ${MAX_PASSES} 次排版后仍不稳定：目录中的页码槽宽度可能不固定（见 print.astro 的 .toc-page）`,
    );
  } finally {
    await browser.close();
  }
}
