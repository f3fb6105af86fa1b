/**
 * The editors' editor at /admin/ as an editor meets it: on their own machine (the local mode, a real clone and
 * decap-server in git mode) it opens in Chinese with every collection of the content model; an old browser and a
 * site whose editor is not switched on are told so in Chinese. Only the local mode is tested here; the forge login
 * (GitLab CE, Forgejo) is configured from content/site.yaml and is not exercised (README.md says so).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { routes } from '../../src/lib/routes.ts';
import { BUILDS } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { startLocalEditorBackend, type LocalEditorBackend } from '../support/editor-backend.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
const EDITOR = routes.editor().slice(1);
/** Decap loads its configuration, the clone's entries and its own chunks before it shows anything. */
const WAIT = { timeout: 20_000 };

describe.skipIf(!chromiumPath)('网页编辑器（/admin/）：本机没有运行 npm run editor 时', () => {
  const served = serveInChromium(BUILDS[0], chromiumPath);

  it('says to run npm run editor, and offers no login anywhere else', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(served.url(EDITOR).replace('127.0.0.1', 'localhost'));
    await page.locator('#editor-no-server').waitFor({ state: 'visible', ...WAIT });
    expect(await page.locator('#editor-no-server').innerText()).toContain('npm run editor');
    expect(requests.some((url) => url.endsWith('decap-cms.js'))).toBe(false);
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('网页编辑器（/admin/）', () => {
  const build = BUILDS[0];
  const served = serveInChromium(build, chromiumPath);
  let backend: LocalEditorBackend;
  beforeAll(async () => {
    backend = await startLocalEditorBackend();
  });
  afterAll(async () => {
    await backend?.stop();
  });

  /** The editor on this machine: the page must be on localhost for Decap to use decap-server. */
  async function openLocal(): Promise<{ page: Page; errors: string[] }> {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) errors.push(message.text());
    });
    await page.goto(served.url(EDITOR).replace('127.0.0.1', 'localhost'));
    return { page, errors };
  }

  /** Logged in to the local mode, at one of the editor's own addresses (e.g. '#/collections/bulletins/new'). */
  async function openLoggedIn(at?: string): Promise<{ page: Page; errors: string[] }> {
    const opened = await openLocal();
    await opened.page.getByRole('button', { name: '登录' }).click(WAIT);
    await opened.page.getByText('集合').first().waitFor(WAIT);
    if (at) await opened.page.goto(`${opened.page.url().replace(/#.*$/, '')}${at}`);
    return opened;
  }

  it('opens in Chinese on a clone through the local mode, with every collection, within its own policy', async () => {
    const { page, errors } = await openLoggedIn();
    const sidebar = await page.locator('body').innerText();
    const missing = COLLECTION_LIST.map((def) => def.label).filter((label) => !sidebar.includes(label));
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('saves an edit of one field as a draft branch whose diff is that one line, and deletes the draft', async () => {
    const { page, errors } = await openLoggedIn('#/collections/bulletins/entries/2022-07');
    const issue = page.getByLabel('期号');
    await issue.waitFor(WAIT);
    expect(await issue.inputValue()).toBe('63');
    await issue.fill('64');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '删除未发布的修改' }).waitFor(WAIT);
    // The draft is a branch of the clone, as it would be a merge request on the forge; the file's comment, quoted
    // month and every other line are as they were.
    const diff = backend.git(
      'diff',
      '--unified=0',
      'main',
      'cms/bulletins/2022-07',
      '--',
      'content/bulletins/2022-07.yaml',
    );
    const changed = diff.split('\n').filter((line) => /^[-+](?![-+])/.test(line));
    expect(changed).toEqual(['-issue: 63', '+issue: 64']);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '删除未发布的修改' }).click();
    await page.waitForFunction(() => !document.body.innerText.includes('删除未发布的修改'), undefined, WAIT);
    expect(backend.git('branch', '--list', 'cms/*').trim()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a wrong entry in Chinese before it is saved: nothing reaches the clone', async () => {
    const { page, errors } = await openLoggedIn('#/collections/bulletins/new');
    const month = page.getByLabel('所属月份');
    await month.waitFor(WAIT);
    await page.getByLabel('期号').fill('200');
    // A thirteenth month: the schema's pattern, carried into the form with its Chinese message.
    await month.fill('2031-13');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('「所属月份」格式不对').first().waitFor(WAIT);
    expect(backend.git('branch', '--list', 'cms/*').trim()).toBe('');
    // Decap ends a refused save by rejecting its promise without a value (an uncaught “undefined”, unseen by the
    // editor); anything else thrown would be ours.
    expect(errors.filter((message) => message !== 'undefined')).toEqual([]);
    await page.context().close();
  });

  it('tells an old browser so in Chinese, and never starts the editor there', async () => {
    const context = await served.browser.newContext();
    // A browser without Array.prototype.findLast (Chromium before 97, Firefox before 104).
    await context.addInitScript(() => {
      delete (Array.prototype as { findLast?: unknown }).findLast;
    });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(served.url(EDITOR));
    await page.locator('#editor-old').waitFor({ state: 'visible' });
    expect(await page.locator('#editor-old').innerText()).toContain('浏览器版本较旧');
    expect(await page.locator('#editor-loading').isVisible()).toBe(false);
    expect(requests.some((url) => url.endsWith('decap-cms.js'))).toBe(false);
    await context.close();
  });

  it('says the editor is not switched on when the site names no forge and is not on this machine', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    // The built site as the intranet serves it, under a host name other than localhost.
    await page.route('http://intranet.test/**', async (route) =>
      route.fulfill({
        response: await page.request.fetch(route.request().url().replace('http://intranet.test', served.server.origin)),
      }),
    );
    await page.goto(`http://intranet.test${served.server.base}${EDITOR}`);
    await page.locator('#editor-off').waitFor({ state: 'visible' });
    expect(await page.locator('#editor-off').innerText()).toContain('网页编辑器尚未启用');
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('网页编辑器的预览（/admin/）：按页面的样子和本站样式显示', () => {
  const served = serveInChromium(BUILDS[0], chromiumPath);
  let backend: LocalEditorBackend;
  beforeAll(async () => {
    backend = await startLocalEditorBackend();
  });
  afterAll(async () => {
    await backend?.stop();
  });

  /** One entry open in the local mode, and the preview pane's document once it shows `ready`. */
  async function openPreview(at: string, ready: string) {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url(EDITOR).replace('127.0.0.1', 'localhost'));
    await page.getByRole('button', { name: '登录' }).click(WAIT);
    await page.getByText('集合').first().waitFor(WAIT);
    await page.goto(`${page.url().replace(/#.*$/, '')}${at}`);
    const preview = page.frameLocator('iframe').first();
    await preview.locator(ready).first().waitFor(WAIT);
    return { page, preview, errors };
  }

  it('shows a bulletin as its sheet, with the task list styled by the page’s own scoped rules', async () => {
    const { page, preview, errors } = await openPreview('#/collections/bulletins/entries/2022-07', 'ol.task-list');
    expect(await preview.locator('h1').first().innerText()).toContain('全面从严治党重点工作提示单');
    expect(await preview.locator('.sheet-meta').innerText()).toContain('第63期');
    expect(await preview.locator('.task-list > li').count()).toBeGreaterThan(0);
    // Rules of src/pages/bulletins/[id].astro and TaskList.astro, which match only elements carrying their scope.
    expect(await preview.locator('.sheet h1').evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');
    expect(
      await preview
        .locator('.task-deadline')
        .first()
        .evaluate((el) => getComputedStyle(el).whiteSpace),
    ).toBe('nowrap');
    // A field typed in the form shows in the preview.
    await page.getByLabel('期号').fill('64');
    await preview.getByText('第64期').waitFor(WAIT);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('flags above the preview what npm run check would refuse, in the checker’s words, and refuses to save it', async () => {
    const { page, preview, errors } = await openPreview('#/collections/bulletins/entries/2022-07', 'ol.task-list');
    // A 期号 another bulletin has: a rule across files (rules/placement.ts), judged against the build's snapshot.
    await page.getByLabel('期号').fill('62');
    const box = preview.locator('.entry-warnings[role="alert"]');
    await box.waitFor(WAIT);
    expect(await box.innerText()).toContain('期号 62 与 content/bulletins/2022-06.yaml 重复');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('保存内容失败').first().waitFor(WAIT);
    expect(await page.getByText('保存内容失败').first().innerText()).toContain('期号 62');
    expect(backend.git('branch', '--list', 'cms/*').trim()).toBe('');
    // Put right, the box goes and the entry saves.
    await page.getByLabel('期号').fill('63');
    await box.waitFor({ state: 'detached', ...WAIT });
    // A refused save ends in a rejected promise without a value (an uncaught “undefined”, unseen by the editor).
    expect(errors.filter((message) => message !== 'undefined')).toEqual([]);
    await page.context().close();
  });

  it('shows a procedure’s facts block and its steps with the site’s panel style', async () => {
    const { page, preview, errors } = await openPreview(
      '#/collections/procedures/entries/org-life/theme-party-day',
      '.facts-panel',
    );
    const facts = await preview.locator('.facts-panel').innerText();
    expect(facts).toContain('责任主体');
    expect(facts).toContain('依据');
    expect(await preview.locator('.procedure-body').innerText()).not.toBe('');
    // .panel of src/styles/base.css: the site's stylesheet is in the preview pane.
    expect(await preview.locator('.facts-panel').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a case as its card in the list, with its photo, and as its page', async () => {
    const { page, preview, errors } = await openPreview(
      '#/collections/cases/entries/branch-method-example/index',
      '.case-card',
    );
    await preview.locator('.case-card img').waitFor(WAIT);
    expect(
      await preview.locator('.case-card img').evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBeGreaterThan(0);
    expect(await preview.locator('h1').innerText()).toContain('支部工作法');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
