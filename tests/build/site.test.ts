/**
 * Assertions over the two builds `npm test` makes: at the root (dist/) and under the intranet sub-path /djzy/
 * (.build/subpath/). Every page, not a sample.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { isBlocking } from '../../src/lib/content-source/problem.ts';
import { checkLinks } from '../../src/pipeline/after-build/link-check.ts';
import { GIT_LOG_ARGS, parseGitLog } from '../../src/lib/git-dates.ts';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { allPageRoutes } from '../../src/lib/site-map.ts';
import { revisionLog } from '../../src/lib/content-source/editions.ts';
import { editionPageRoutes, pastEditionPageRoutes } from '../../src/lib/editions/coverage.ts';
import { diagramOf } from '../../src/lib/diagrams/diagram.ts';
import { contentDiagrams } from '../../src/lib/diagrams/sources.ts';
import { routes } from '../../src/lib/routes.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { readBuiltSite } from '../../scripts/lib/read-built-site.ts';
import { BUILD_TITLE, BUILDS, onBuild, requireBuild, ROOT } from '../support/builds.ts';

const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

describe.each(BUILDS)(BUILD_TITLE, ({ dir, base }) => {
  const site = readBuiltSite(requireBuild(dir));

  it('builds exactly the pages the content defines, plus 404', async () => {
    expect((await checkContent(ROOT)).problems.filter(isBlocking)).toEqual([]);
    const { entries } = loadContent(ROOT, COLLECTION_LIST);
    const contentPages = allPageRoutes(
      entries.map((e) => ({ collection: e.def.name, id: e.id, filePath: e.file, data: e.data })),
    );
    // Each chart of the content also has its full-size page.
    const charts = new Set(contentDiagrams(ROOT).map((d) => routes.diagramPage(diagramOf(d.source).key)));
    // And the editions add a changes page per edition after the first, and a comparison per changed procedure.
    const revisions = revisionLog(ROOT);
    const editions = editionPageRoutes(ROOT, revisions);
    // And each past edition its whole section under /editions/<year>/.
    const pastEditions = pastEditionPageRoutes(ROOT, revisions);
    expect(pastEditions.length).toBeGreaterThan(3 * 60);
    const expected = [...contentPages, ...charts, ...editions, ...pastEditions]
      .map((r) => `${r.slice(1)}index.html`)
      .concat('404.html')
      .sort();
    expect(site.pages.map((p) => p.file)).toEqual(expected);
  });

  it('has no broken links, missing anchors or links escaping the base', () => {
    expect(checkLinks(site.pages, site.files, base)).toEqual([]);
  });

  it.each(site.pages.map((p) => [p.file, p.html]))(
    '%s: lang, CSP, no inline handlers, nothing remote',
    (_file, html) => {
      expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).toContain("'self'");
      // Only 'wasm-unsafe-eval' (Pagefind's WebAssembly) is added to the strict default.
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      const markup = withoutScripts(html);
      expect(markup).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(markup).not.toMatch(/<(script|link|img|iframe|source|video|audio)\b[^>]*\s(src|href)="(https?:)?\/\//i);
      expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
      expect(html).toContain('<meta name="renderer" content="webkit">');
    },
  );
});

describe(onBuild(BUILDS[0], 'procedure pages'), () => {
  const site = readBuiltSite(requireBuild(BUILDS[0].dir));
  const procedurePages = site.pages.filter(
    (p) => /^guide\/[^/]+\/[^/]+\/index\.html$/.test(p.file) && p.file !== 'guide/print/index.html',
  );
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout;
  const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
  const committed = shallow ? new Map<string, Date>() : parseGitLog(git(GIT_LOG_ARGS));

  it.each(procedurePages.map((p) => [p.file, p.html]))(
    '%s: sections, citations, edition, last change',
    (file, html) => {
      for (const heading of ['概述', '工作程序', '工作标准'])
        expect(html).toMatch(new RegExp(`<h2 id="${heading}">${heading}</h2>`));
      // 依据 folds under a line that says how many it holds (the steps come first on a phone).
      expect(html).toMatch(
        /<summary>依据（\d+条）<\/summary><ul class="citations"><li><a href="\/regulations\/#[a-z0-9-]+">/,
      );
      expect(html).toMatch(/<dt>版本<\/dt>/);
      expect(html).toMatch(/<ol>\s*<li>/); // numbered steps
      // 最后更新 appears exactly when git history knows the source file (not for uncommitted files or shallow clones).
      const changed = committed.get(`content/${file.replace(/\/index\.html$/, '.mdx')}`);
      if (changed) expect(html).toContain(`最后更新：<time datetime="${changed.toISOString().slice(0, 10)}">`);
      else expect(html).not.toContain('最后更新');
    },
  );
});
