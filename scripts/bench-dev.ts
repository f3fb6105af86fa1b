/**
 * npm run bench:dev [-- --runs 5]: how long an editor waits in `npm run dev` between saving a file and seeing the
 * result on the page, in the system Chromium, in a throw-away copy of the project:
 *
 *   text    a sentence of a procedure's body changed: until the page shows the new sentence;
 *   broken  a picture that does not exist added to that body: until the check's problem is on the page (the overlay);
 *   fixed   the line taken out again: until the overlay is gone and the procedure is back.
 *
 * Each is timed from the moment the file is written, --runs times, and the medians printed with the machine. The
 * dev server is warmed first (the first page Vite compiles takes seconds, once per session).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { median } from './lib/bench-figures.ts';
import { copyBuildInputs } from './lib/project-files.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const chromium = findChromium();
if (!chromium) {
  console.error('未找到 Chromium，无法测量（设置 CHROMIUM_PATH 或安装 chromium）。');
  process.exit(1);
}

const FILE = 'content/guide/members/member-recruitment.mdx';
const PAGE = '/guide/members/member-recruitment/';
const SENTENCE = '发展党员必须把政治标准放在首位';
const BROKEN_LINE = '\n![示意图](./missing.jpg)\n';

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

async function until(test: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test().catch(() => false))) {
    if (Date.now() > end) throw new Error(`等待超时：${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const project = mkdtempSync(join(tmpdir(), 'djzy-bench-dev-'));
copyBuildInputs(root, project);
symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
const port = await freePort();
const dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
  cwd: project,
  stdio: 'ignore',
});
const browser = await launchChromium(chromium);
try {
  const url = `http://localhost:${port}${PAGE}`;
  await until(() => fetch(url).then((r) => r.ok), '开发服务器启动', 120_000);
  const page = await browser.newPage();
  await page.goto(url);
  const original = readFileSync(join(project, FILE), 'utf8');
  const bodyHas = (text: string) => page.evaluate((t) => document.body.innerText.includes(t), text);
  const overlayShown = () =>
    page.evaluate(() =>
      (document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').includes('找不到图片文件'),
    );
  const procedureBack = () =>
    page.evaluate(
      (t) => !document.querySelector('vite-error-overlay') && document.body.innerText.includes(t),
      SENTENCE,
    );
  const timed = async (write: string, done: () => Promise<boolean>, what: string) => {
    const started = performance.now();
    writeFileSync(join(project, FILE), write);
    await until(done, what);
    return performance.now() - started;
  };
  const seen = { text: [] as number[], broken: [] as number[], fixed: [] as number[] };
  for (let i = 0; i <= runs; i++) {
    const marker = `（第${i}次修改）`;
    const text = await timed(
      original.replace(SENTENCE, SENTENCE + marker),
      () => bodyHas(marker),
      '页面显示修改后的文字',
    );
    const broken = await timed(original + BROKEN_LINE, overlayShown, '页面显示内容问题');
    const fixed = await timed(original, procedureBack, '改好后页面恢复');
    // The first round warms Vite's compiled modules and the checker's memo, as an editor's first save does.
    if (i === 0) continue;
    seen.text.push(text);
    seen.broken.push(broken);
    seen.fixed.push(fixed);
    console.log(
      `第 ${i} 次：改字 ${text.toFixed(0)} 毫秒，出错 ${broken.toFixed(0)} 毫秒，改好 ${fixed.toFixed(0)} 毫秒`,
    );
  }
  const ms = (list: number[]) => `${median(list).toFixed(0)} 毫秒（${list.map((n) => n.toFixed(0)).join(' / ')}）`;
  console.log(`\n保存到页面显示结果（${runs} 次中位数）：`);
  console.log(`  改一句正文，页面显示新文字：${ms(seen.text)}`);
  console.log(`  写错（图片不存在），页面显示问题：${ms(seen.broken)}`);
  console.log(`  改好，问题消失、页面恢复：${ms(seen.fixed)}`);
  console.log(
    `\n机器：${cpus()[0]?.model ?? '未知 CPU'}，${cpus().length} 核，${(totalmem() / 2 ** 30).toFixed(0)} GiB 内存；Node ${process.version}。`,
  );
} finally {
  await browser.close();
  dev.kill();
  rmSync(project, { recursive: true, force: true });
}
