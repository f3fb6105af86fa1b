/**
 * Every built page in the system Chromium: no console errors, no request leaving the local server, no CSP
 * violation, zero axe violations at WCAG 2.1 AA, and no horizontal scrolling on a 360 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/read-built-site.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { pastEditionOf } from '../../src/lib/routes.ts';
import { BUILDS, onBuild, requireBuild } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Findings {
  /** Every URL the page requested that names mermaid: with a complete cache there must be none. */
  mermaidRequests: string[];
  /** Search files requested without the reader touching search: there must be none. */
  pagefindRequests: string[];
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
  cspViolations: string[];
}

/** A page that has done nothing wrong. */
const noFindings = (): Findings => ({
  mermaidRequests: [],
  pagefindRequests: [],
  consoleErrors: [],
  foreignRequests: [],
  failedRequests: [],
  cspViolations: [],
});

async function openInstrumentedPage(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; findings: Findings }> {
  const findings = noFindings();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/mermaid/i.test(url)) findings.mermaidRequests.push(url);
    if (/\/pagefind(-editions)?\//.test(url)) findings.pagefindRequests.push(url);
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    findings.foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') findings.consoleErrors.push(m.text());
    if (/Content Security Policy/i.test(m.text())) findings.cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => findings.consoleErrors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) findings.failedRequests.push(`${r.status()} ${r.url()}`);
  });
  return { page, findings };
}

const [rootBuild, subBuild] = BUILDS;

/**
 * The pages opened in the browser: every page of the current site; of the past editions, every page of the oldest
 * and each one's home. A past edition's pages are the current page files over an older text (each is checked for
 * its banner and its links in tests/build/past-editions.test.ts), so one edition in full covers their layout
 * without tripling this suite's time.
 */
function browserPages(files: string[]): string[] {
  const yearOf = (f: string) => pastEditionOf(`/${f.replace(/index\.html$/, '')}`);
  const oldest = files.map(yearOf).filter(Boolean).sort()[0];
  return files.filter((f) => {
    const year = yearOf(f);
    return f !== '404.html' && (!year || year === oldest || f === `editions/${year}/index.html`);
  });
}

describe.skipIf(!chromiumPath)(onBuild(rootBuild, 'every page in Chromium'), () => {
  const site = readBuiltSite(requireBuild(rootBuild.dir));
  const pages = browserPages(site.pages.map((p) => p.file));
  const served = serveInChromium(rootBuild, chromiumPath);
  let context: BrowserContext;
  let page: Page;
  let findings: Findings;

  beforeAll(async () => {
    context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    ({ page, findings } = await openInstrumentedPage(context, served.server.origin));
  });

  it.each(pages)('%s', async (file) => {
    for (const list of Object.values(findings)) list.length = 0;
    const path = file.replace(/index\.html$/, '');
    await page.setViewportSize({ width: 1280, height: 900 });
    const response = await page.goto(served.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    const axe = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);

    await page.setViewportSize({ width: 360, height: 740 });
    // A chart's full-size page scrolls sideways by design (flowchart-fit.test.ts); the rest of it must not.
    const overflow = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLElement>('.diagram-full .diagram-canvas');
      if (canvas) canvas.hidden = true;
      const excess = document.documentElement.scrollWidth - window.innerWidth;
      if (canvas) canvas.hidden = false;
      return excess;
    });
    expect(overflow, '360px 宽的手机上出现横向滚动').toBeLessThanOrEqual(0);

    const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect({ ...findings, cspViolations: [...findings.cspViolations, ...csp] }).toEqual(noFindings());
  });

  it('shows every flowchart as an inline SVG named by its <title> and <desc>, drawn with its styles', async () => {
    const charts = pages.filter((f) => /^flowcharts\/[^/]+\/index\.html$/.test(f));
    expect(charts).toHaveLength(SEED_COUNTS.flowcharts.count);
    for (const file of charts) {
      await page.goto(served.url(file.replace(/index\.html$/, '')));
      const svg = page.locator('.diagram-scroll > svg');
      await expect(svg.count()).resolves.toBe(1);
      const facts = await svg.evaluate((el) => ({
        role: el.getAttribute('role'),
        title: el.querySelector('title')?.textContent ?? '',
        desc: el.querySelector('desc')?.textContent ?? '',
        // mermaid's CSS fills nodes light purple; black would mean its <style> was blocked or broken.
        nodeFill: getComputedStyle(el.querySelector('.node rect, .node polygon')!).fill,
      }));
      expect(facts.role).toBe('img');
      expect(facts.title.length).toBeGreaterThan(2);
      expect(facts.desc.length).toBeGreaterThan(10);
      expect(facts.nodeFill).not.toBe('rgb(0, 0, 0)');
    }
  });

  it('answers an unknown address with the 404 page', async () => {
    const response = await page.goto(served.url('no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('页面不存在');
  });
});

describe.skipIf(!chromiumPath)(onBuild(subBuild, `served under ${subBuild.base}`), () => {
  const site = readBuiltSite(requireBuild(subBuild.dir));
  const served = serveInChromium(subBuild, chromiumPath);

  it('loads every page with all its assets and no errors', async () => {
    const context = await served.browser.newContext();
    const { page, findings } = await openInstrumentedPage(context, served.server.origin);
    for (const file of site.pages.map((p) => p.file).filter((f) => f !== '404.html')) {
      await page.goto(served.url(file.replace(/index\.html$/, '')), { waitUntil: 'load' });
    }
    expect(findings).toEqual(noFindings());
    await context.close();
  });
});

describe.skipIf(!chromiumPath)(onBuild(rootBuild, 'every page without JavaScript'), () => {
  const site = readBuiltSite(requireBuild(rootBuild.dir));
  const pages = browserPages(site.pages.map((p) => p.file));
  const served = serveInChromium(rootBuild, chromiumPath);
  let page: Page;
  const downloads = new Set<string>();
  const errors: string[] = [];

  beforeAll(async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  });

  it.each(pages)('%s reads and navigates', async (file) => {
    errors.length = 0;
    await page.goto(served.url(file.replace(/index\.html$/, '')), { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      text: (document.querySelector('main') as HTMLElement).innerText.trim().length,
      navLinks: document.querySelectorAll('.site-nav a[href]').length,
      brokenImages: Array.from(document.images)
        .filter((img) => img.loading !== 'lazy' && (!img.complete || img.naturalWidth === 0))
        .map((img) => img.src),
      inlineDiagrams: document.querySelectorAll('.diagram-scroll > svg').length,
      pending: document.querySelectorAll('.diagram-pending').length,
      downloads: Array.from(document.querySelectorAll<HTMLAnchorElement>('a[download]')).map((a) => a.href),
    }));
    expect(facts.text).toBeGreaterThan(40);
    expect(facts.navLinks).toBeGreaterThanOrEqual(5);
    expect(facts.brokenImages).toEqual([]);
    expect(facts.pending).toBe(0);
    if (/^flowcharts\/[^/]+\/index\.html$/.test(file)) expect(facts.inlineDiagrams).toBe(1);
    facts.downloads.forEach((href) => downloads.add(href));
    expect(errors).toEqual([]);
  });

  it('every download link serves its file', async () => {
    // A Word file per template, the all-templates zip, at least one calendar.
    expect(downloads.size).toBeGreaterThanOrEqual(SEED_COUNTS.templates.count + 2);
    for (const href of downloads) {
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
      expect((await response.arrayBuffer()).byteLength, href).toBeGreaterThan(100);
    }
  });
});
