/**
 * The search index's split: the past editions' pages go to a bundle of their own (pagefind-editions/), which keeps
 * only what Pagefind's mergeIndex reads; the pages about editions (changes, comparisons) stay in the default one.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSearch, isPastEditionPage, partitionPages } from '../../src/pipeline/after-build/search-index.ts';
import { authoritativeFirst, EDITIONS_PARAM, searchScope } from '../../src/lib/search.ts';

describe('isPastEditionPage', () => {
  it.each([
    'editions/2022/index.html',
    'editions/2022/guide/index.html',
    'editions/2022/guide/members/member-recruitment/index.html',
    'editions/2023/templates/ballot/index.html',
    'editions/2024/flowcharts/party-dues/index.html',
    'editions/2022/regulations/index.html',
    'editions\\2022\\guide\\index.html',
    '/editions/2022/templates/ballot/',
    'editions/2022/',
  ])('%s is a page of a past edition', (file) => {
    expect(isPastEditionPage(file)).toBe(true);
  });

  it.each([
    'index.html',
    'editions/index.html',
    'editions/2023/changes/index.html',
    'editions/2023/compare/procedures/member-recruitment/index.html',
    'editions/2024/compare/templates/ballot/index.html',
    'guide/members/member-recruitment/index.html',
    'templates/ballot/index.html',
    'editions/22/index.html',
    'editions/20222/index.html',
    'editions/2022.html',
    'changelog/editions/2022/index.html',
  ])('%s is not', (file) => {
    expect(isPastEditionPage(file)).toBe(false);
  });
});

describe('partitionPages', () => {
  it('keeps the order within each part', () => {
    const pages = [
      'editions/2022/guide/index.html',
      'editions/2023/changes/index.html',
      'guide/index.html',
      'editions/2022/index.html',
      'editions/index.html',
    ];
    expect(partitionPages(pages)).toEqual({
      current: ['editions/2023/changes/index.html', 'guide/index.html', 'editions/index.html'],
      past: ['editions/2022/guide/index.html', 'editions/2022/index.html'],
    });
  });
});

describe('searchScope', () => {
  it('says what the search covered', () => {
    expect(EDITIONS_PARAM).toBe('往年版本');
    expect(searchScope('', false)).toBe('');
    expect(searchScope('工作指引', false)).toBe('在“工作指引”栏目中：');
    expect(searchScope('', true)).toBe('连同往年版本：');
    expect(searchScope('工作指引', true)).toBe('在“工作指引”栏目中（连同往年版本）：');
  });
});

describe('authoritativeFirst with past editions', () => {
  const hit = (id: string, score: number, edition?: string) => ({ id, score, example: false, edition });
  it('puts the current page before an equally relevant past edition’s, not before a clearly better one', () => {
    const ranked = authoritativeFirst([
      hit('2023', 20, '2023 年版'),
      hit('2022', 10, '2022 年版'),
      hit('current', 9.8),
    ]);
    expect(ranked.map((h) => h.id)).toEqual(['2023', 'current', '2022']);
  });
});

const page = (body: string, edition?: string) =>
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title></head><body>' +
  `<main data-pagefind-body>${edition ? `<span data-pagefind-meta="edition:${edition}" hidden></span>` : ''}` +
  `<span data-pagefind-filter="栏目:工作指引" hidden></span><h1>${body}</h1><p>${body}</p></main></body></html>`;

describe('indexSearch', () => {
  const root = mkdtempSync(join(tmpdir(), 'djzy-search-index-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function site(name: string, pages: Record<string, string>): string {
    const dir = join(root, name);
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
    return dir;
  }

  it('indexes the past editions apart, keeping only what merging reads', () => {
    const dir = site('with-editions', {
      'index.html': page('发展党员工作'),
      'guide/index.html': page('预备期'),
      'editions/index.html': page('历年版本'),
      'editions/2023/changes/index.html': page('修订情况'),
      'editions/2022/index.html': page('二〇二二年版', '2022 年版'),
      'editions/2022/guide/index.html': page('十九届历次全会精神', '2022 年版'),
      'print/index.html': '<!DOCTYPE html><html lang="zh-CN"><body><main>不建索引</main></body></html>',
    });
    expect(indexSearch(dir, join(root, 'scratch'))).toEqual({ pages: 4, editionPages: 2 });
    expect(existsSync(join(root, 'scratch'))).toBe(false);

    const main = readdirSync(join(dir, 'pagefind'));
    expect(main).toContain('pagefind.js');
    expect(main.some((f) => f.startsWith('wasm.'))).toBe(true);
    expect(main.filter((f) => f.includes('-ui') || f.includes('highlight'))).toEqual([]);

    const merged = readdirSync(join(dir, 'pagefind-editions')).sort();
    expect(merged.filter((f) => !f.endsWith('.pf_meta'))).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
    ]);
    expect(merged.filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-editions/pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')).version).toBe(entry.version);
  });

  it('builds no second bundle without past editions, and drops one left from before', () => {
    const dir = site('without-editions', {
      'index.html': page('发展党员工作'),
      'editions/index.html': page('历年版本'),
      'pagefind-editions/pagefind-entry.json': '{}',
    });
    expect(indexSearch(dir, join(root, 'scratch'))).toEqual({ pages: 2, editionPages: 0 });
    expect(existsSync(join(dir, 'pagefind-editions'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});
