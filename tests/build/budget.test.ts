/** Every built page within its size budget (gzip): JS before search, CSS, procedure HTML; no mermaid fetched. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, overBudget, weighPage } from '../../scripts/lib/budgets.ts';
import { readBuiltSite } from '../../scripts/lib/read-built-site.ts';
import { BUILD_TITLE, BUILDS, requireBuild } from '../support/builds.ts';

describe.each(BUILDS)(`${BUILD_TITLE}的页面预算`, ({ dir, base }) => {
  const site = readBuiltSite(requireBuild(dir));
  const read = (path: string) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined);
  it('every page is within budget', () => {
    const failures = site.pages.flatMap((p) => {
      const weight = weighPage(p.file, p.html, read, base);
      return overBudget(
        weight,
        /^guide\/[^/]+\/[^/]+\/index\.html$/.test(p.file) && p.file !== 'guide/print/index.html',
      ).map((f) => `${p.file}: ${f}`);
    });
    expect(failures).toEqual([]);
  });
  it('actually measures the scripts and styles pages load', () => {
    const home = site.pages.find((p) => p.file === 'index.html')!;
    const weight = weighPage(home.file, home.html, read, base);
    expect(weight.js).toBeGreaterThan(200);
    expect(weight.css).toBeGreaterThan(1000);
    expect(weight.js).toBeLessThan(BUDGETS.jsBeforeSearch);
  });
});
