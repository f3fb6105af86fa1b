/**
 * npm run illustrations: draw the 示例 illustration of every typical case whose frontmatter names
 * `cover: ./cover.jpg` but has no such file yet — a 1200×675 JPEG with the series, the title and a “示例插图”
 * mark, rendered in the system Chromium. The PNGs are committed like any image; the site never draws them at
 * build time. Real photographs replace them by overwriting cover.jpg.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLLECTION_LIST } from '../src/schemas/collections.ts';
import { loadContent } from '../src/lib/content-source/entries.ts';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { escapeHtml } from '../src/lib/html.ts';

const root = resolve(import.meta.dirname, '..');
// Read as the checker reads it (src/lib/content-source/): a case the checker cannot read gets no illustration.
const { entries } = loadContent(
  root,
  COLLECTION_LIST.filter((def) => def.name === 'cases' || def.name === 'series'),
);
const series = new Map(
  entries.filter((e) => e.def.name === 'series').map((e) => [e.id, (e.data as { title: string }).title]),
);

const todo = entries
  .filter((e) => e.def.name === 'cases')
  .map((e) => {
    const data = e.data as { title: string; series: string; cover?: string };
    return { dir: join(root, e.file, '..'), data };
  })
  .filter(({ dir, data }) => data.cover && !existsSync(join(dir, data.cover)));

if (!todo.length) {
  console.log('所有案例插图都已存在。');
  process.exit(0);
}
const chromium = findChromium();
if (!chromium) {
  console.error('需要 Chromium 才能生成插图。');
  process.exit(1);
}
const browser = await launchChromium(chromium);
const page = await browser.newPage({ viewport: { width: 1200, height: 675 } });
for (const { dir, data } of todo) {
  const hue = [...data.series].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
  await page.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0">
    <div style="width:1200px;height:675px;box-sizing:border-box;padding:72px 88px;display:flex;flex-direction:column;justify-content:space-between;
      font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#fff;
      background:linear-gradient(135deg,#7a1015 0%,hsl(${hue},45%,32%) 100%)">
      <div style="font-size:34px;letter-spacing:4px;opacity:.9">典型案例 · ${escapeHtml(series.get(data.series) ?? data.series)}</div>
      <div style="font-size:60px;font-weight:700;line-height:1.35">${escapeHtml(data.title)}</div>
      <div style="display:flex;justify-content:space-between;align-items:flex-end;font-size:30px;opacity:.85">
        <span>基层党建工作指引</span><span style="border:3px solid #fff;padding:6px 18px;border-radius:8px">示例插图</span>
      </div>
    </div></body></html>`);
  await page.screenshot({ path: join(dir, data.cover!), type: 'jpeg', quality: 85 });
  console.log(`已生成 ${join(dir, data.cover!).slice(root.length + 1)}`);
}
await browser.close();
