/**
 * The accessibility tree of every page kind (tests/support/page-kinds.ts), as a screen reader gets it.
 *
 * Fixtures: tests/fixtures/aria/<kind>.yml holds each page's <main> as Playwright's ARIA snapshot
 * (locator.ariaSnapshot()), and chrome.yml the header, navigation and footer that every page shares. A change in
 * roles, names, headings or order fails the test with a diff. When the change is meant (new content, a new
 * control), write the fixtures again and read the diff in git before committing:
 *
 *     UPDATE_ARIA=1 npx vitest run --project browser tests/e2e/access-tree.test.ts
 *
 * Besides the fixtures, the structure is asserted directly: landmarks (one banner, named navigations, one main, one
 * contentinfo), exactly one h1, no skipped heading level, every control and image named, every chart with a text
 * alternative; and every page file under src/pages/ has a page kind.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKind } from '../support/access.ts';
import { BUILDS, ROOT, onBuild } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { PAGE_KINDS } from '../support/page-kinds.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
const build = BUILDS[0];
const FIXTURES = join(ROOT, 'tests/fixtures/aria');
const UPDATE = process.env.UPDATE_ARIA === '1';

/** Compares with the fixture, or writes it under UPDATE_ARIA=1 (a missing fixture is a failure otherwise). */
function matchFixture(name: string, snapshot: string) {
  const file = join(FIXTURES, `${name}.yml`);
  const text = `${snapshot.trimEnd()}\n`;
  if (UPDATE) {
    mkdirSync(FIXTURES, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(
    existsSync(file),
    `没有 ${relative(ROOT, file)}：运行 UPDATE_ARIA=1 npx vitest run --project browser tests/e2e/access-tree.test.ts`,
  ).toBe(true);
  expect(text, `${name} 的无障碍树变了；确属有意的修改，用 UPDATE_ARIA=1 重写夹具并检查 git diff`).toBe(
    readFileSync(file, 'utf8'),
  );
}

it('every page file under src/pages/ has a page kind in tests/support/page-kinds.ts', () => {
  const pages = join(ROOT, 'src/pages');
  const files = (readdirSync(pages, { recursive: true }) as string[]).filter((f) => f.endsWith('.astro'));
  const covered = new Set(PAGE_KINDS.flatMap((k) => k.files));
  expect(files.filter((f) => !covered.has(f)).sort()).toEqual([]);
});

describe.skipIf(!chromiumPath)(onBuild(build, '无障碍树'), () => {
  const served = serveInChromium(build, chromiumPath);
  let page: Page;
  beforeAll(async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Deadline marks (“还有 3 天”, “已过时限”) are worked out from the reader's today: a fixed day keeps the fixtures
    // from changing by themselves.
    await context.clock.setFixedTime(new Date('2026-07-01T09:00:00+08:00'));
    page = await context.newPage();
  });
  afterAll(() => page.context().close());

  it('页头、导航和页脚（各页相同）', async () => {
    await page.goto(served.url('guide/'));
    const parts = await Promise.all(
      ['.site-header', '.site-nav', '.site-footer'].map((s) => page.locator(s).ariaSnapshot()),
    );
    matchFixture('chrome', parts.join('\n'));
  });

  it.each(PAGE_KINDS.map((k) => [k.kind, k] as const))('%s', async (_kind, kind) => {
    await openKind(page, served.url, kind);
    // Landmarks, headings, names: from the tree itself.
    const facts = await page.evaluate(() => {
      const named = (el: Element) =>
        Boolean(el.getAttribute('aria-label')?.trim() || el.getAttribute('aria-labelledby'));
      const shown = (el: Element) => el.getClientRects().length > 0 || el.closest('[hidden]') === null;
      const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).filter(
        (h) => shown(h) && !h.closest('[aria-hidden="true"], svg'),
      );
      const levels = headings.map((h) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)));
      const skips = levels.flatMap((l, i) =>
        i > 0 && l > levels[i - 1]! + 1
          ? [`h${levels[i - 1]} → h${l}「${headings[i]!.textContent!.trim().slice(0, 30)}」`]
          : [],
      );
      return {
        banner: document.querySelectorAll('header.site-header, [role="banner"]').length,
        main: document.querySelectorAll('main, [role="main"]').length,
        contentinfo: document.querySelectorAll('footer.site-footer, [role="contentinfo"]').length,
        unnamedNavs: Array.from(document.querySelectorAll('nav, [role="navigation"]'))
          .filter((n) => !named(n))
          .map((n) => n.outerHTML.slice(0, 80)),
        h1: headings.filter((h, i) => levels[i] === 1).map((h) => h.textContent!.trim()),
        firstLevel: levels[0],
        skips,
        unnamedImages: Array.from(document.querySelectorAll('img:not([alt]), svg[role="img"]'))
          .filter((el) => el.tagName === 'IMG' || !(named(el) && el.querySelector('title')?.textContent?.trim()))
          .map((el) => el.outerHTML.slice(0, 80)),
        // Every chart has a text version beside it (the figure's steps) or a description.
        chartsWithoutText: Array.from(document.querySelectorAll('.diagram svg[role="img"]'))
          .filter((svg) => !svg.getAttribute('aria-describedby') && !svg.querySelector('desc')?.textContent?.trim())
          .map((svg) => svg.id),
      };
    });
    expect(facts).toMatchObject({
      banner: 1,
      main: 1,
      contentinfo: 1,
      unnamedNavs: [],
      firstLevel: 1,
      skips: [],
      unnamedImages: [],
      chartsWithoutText: [],
    });
    expect(facts.h1).toHaveLength(1);
    // Every control has a name, as the browser computes it.
    const tree = await page.locator('body').ariaSnapshotJSON();
    const CONTROLS = new Set([
      'link',
      'button',
      'textbox',
      'searchbox',
      'checkbox',
      'radio',
      'combobox',
      'spinbutton',
      'switch',
      'tab',
      'menuitem',
      'slider',
    ]);
    const unnamed: string[] = [];
    const visit = (nodes: unknown[]) => {
      for (const node of nodes as { role?: string; name?: string; children?: unknown[] }[]) {
        if (node && typeof node === 'object') {
          if (node.role && CONTROLS.has(node.role) && !node.name?.trim())
            unnamed.push(JSON.stringify(node).slice(0, 120));
          if (Array.isArray(node.children)) visit(node.children);
        }
      }
    };
    visit(Array.isArray(tree) ? tree : [tree]);
    expect(unnamed).toEqual([]);
    matchFixture(kind.kind, await page.locator('main').ariaSnapshot());
  });
});
