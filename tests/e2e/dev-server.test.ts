/**
 * `npm run dev` as an editor uses it, in a throw-away copy of the project: a content file with an error shows the
 * Chinese problem with file and line in the terminal and in the browser (never Astro's English error or a stack
 * trace), and saving the fixed file brings the page back by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBuildInputs } from '../../scripts/lib/project-files.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { ROOT } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';

const chromiumPath = chromiumOrSkip();
const CASE = 'content/cases/branch-method-example/index.mdx';
const BROKEN_LINE = '\n![支部党员集中学习](./missing.jpg)\n';
const PROBLEM =
  /content\/cases\/branch-method-example\/index\.mdx:\d+ 正文: 找不到图片文件 \.\/missing\.jpg — 把图片放进 content\/cases\/branch-method-example\//;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Wait until `test` holds, polling; fails with `what` after `ms`. */
async function until(test: () => boolean | Promise<boolean>, what: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`等待超时：${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!chromiumPath)('npm run dev with a content error', () => {
  const project = mkdtempSync(join(tmpdir(), 'djzy-dev-'));
  let dev: ChildProcess;
  let browser: Browser;
  let output = '';
  let url = '';

  beforeAll(async () => {
    copyBuildInputs(ROOT, project);
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    writeFileSync(join(project, CASE), readFileSync(join(project, CASE), 'utf8') + BROKEN_LINE);
    const port = await freePort();
    url = `http://localhost:${port}/cases/branch-method-example/`;
    // As an editor starts it: not under vitest's NODE_ENV=test and VITEST* variables, with which Vite does not watch.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'CI'),
    );
    dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
      cwd: project,
      env,
    });
    dev.stdout!.on('data', (d) => (output += d));
    dev.stderr!.on('data', (d) => (output += d));
    await until(() => PROBLEM.test(output), '终端显示内容问题');
    browser = await launchChromium(chromiumPath!);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    dev?.kill();
    rmSync(project, { recursive: true, force: true });
  });

  it('prints the problem in the terminal, in Chinese, without a stack trace', () => {
    expect(output).toMatch(PROBLEM);
    expect(output).toContain('改好后保存即可，不需要重启预览');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toContain('ImageNotFound');
  });

  it('shows the problem on the page and in the overlay, and the page returns once the file is fixed', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.title()).toBe('内容检查发现 1 个问题，涉及 1 个文件');
    expect(await page.locator('body').innerText()).toMatch(PROBLEM);
    await until(() => page.evaluate(() => !!document.querySelector('vite-error-overlay')), '浏览器中的错误提示层');
    const overlay = await page.evaluate(
      () => document.querySelector('vite-error-overlay')!.shadowRoot!.textContent ?? '',
    );
    expect(overlay).toMatch(PROBLEM);
    expect(overlay).not.toContain('Image not found');

    writeFileSync(join(project, CASE), readFileSync(join(project, CASE), 'utf8').replace(BROKEN_LINE, ''));
    // Vite reloads the page on the save itself, before the check has passed again: wait for the case's own page.
    const title = () => page.title().catch(() => '');
    await until(async () => (await title()).includes('支部工作法'), '改好后页面恢复');
    expect(await page.locator('h1').first().innerText()).toContain('支部工作法');
    const overlayGone = () => page.evaluate(() => !document.querySelector('vite-error-overlay')).catch(() => false);
    await until(overlayGone, '改好后错误提示层消失');
    await page.close();
  }, 90_000);
});
