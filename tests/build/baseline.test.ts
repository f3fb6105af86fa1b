/** Every script and stylesheet the build ships stays within the browser baseline (Chromium 83, Firefox ESR 78). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCss, checkJs, isBaselineException } from '../../scripts/lib/baseline.ts';
import { readBuiltSite } from '../../scripts/lib/read-built-site.ts';
import { BUILDS, onBuild, requireBuild } from '../support/builds.ts';

const dir = requireBuild(BUILDS[0].dir);
const site = readBuiltSite(dir);
const shipped = (ext: string) => [...site.files].filter((f) => f.endsWith(ext) && !isBaselineException(f)).sort();

describe(onBuild(BUILDS[0], 'browser baseline'), () => {
  it.each(shipped('.js'))('%s parses as ES2020 and uses no newer APIs', (file) => {
    expect(checkJs(readFileSync(join(dir, file), 'utf8'))).toEqual([]);
  });

  it('inline scripts too', () => {
    const inline = site.pages.flatMap((p) =>
      [...p.html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => [p.file, m[1]!] as const),
    );
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.flatMap(([file, code]) => checkJs(code).map((p) => `${file}: ${p}`))).toEqual([]);
  });

  it.each(shipped('.css'))('%s lays out without features the baseline lacks', (file) => {
    expect(checkCss(readFileSync(join(dir, file), 'utf8'))).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    expect(checkJs('let a = {}; a.b ||= 1;')[0]).toMatch(/语法超出 ES2020/);
    expect(checkJs('class A { #x = 1 }')[0]).toMatch(/语法超出 ES2020/);
    expect(checkJs('[1].at(-1)')).toEqual(['使用了 Array.prototype.at (92)']);
    expect(checkCss('.a:has(b){color:red}')).toEqual(['使用了 :has() (105)']);
    expect(checkCss('.a{display:flex;gap:1rem}')[0]).toMatch(/gap 没有 grid-gap 兜底/);
    expect(checkCss('.a{display:grid;grid-gap:1rem;gap:1rem}')).toEqual([]);
    expect(checkCss('.a{.b{color:red}}')).toEqual(['使用了 CSS nesting (112)']);
  });
});
