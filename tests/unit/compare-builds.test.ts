import { describe, expect, it } from 'vitest';
import { hashedNameMap, normaliseHashedNames, normaliseScopeIds } from '../../scripts/lib/compare-builds.ts';

describe('compare-builds: hashed names', () => {
  const before = hashedNameMap([
    '_astro/Base.DnIhvzfs.css',
    '_astro/cover.B5rC_85w_1QT3q8.webp',
    'pagefind/fragment/zh-cn_121e60b.pf_fragment',
    'guide/index.html',
  ]);
  const after = hashedNameMap(['_astro/Base.Xy12ab_Z.css', 'pagefind/fragment/zh-cn_9a9a9a9.pf_fragment']);

  it('reads a Vite or Pagefind name with another hash as the same name', () => {
    expect(before.get('_astro/Base.DnIhvzfs.css')).toBe(after.get('_astro/Base.Xy12ab_Z.css'));
    expect(before.get('pagefind/fragment/zh-cn_121e60b.pf_fragment')).toBe(
      after.get('pagefind/fragment/zh-cn_9a9a9a9.pf_fragment'),
    );
    expect(before.has('guide/index.html')).toBe(false);
  });

  it('normalises references inside pages, so only a real change differs', () => {
    const page = (css: string, text: string) => `<link href="/djzy/_astro/${css}"><p>${text}</p>`;
    const a = normaliseHashedNames(page('Base.DnIhvzfs.css', '入党'), before);
    expect(a).toBe(normaliseHashedNames(page('Base.Xy12ab_Z.css', '入党'), after));
    expect(a).not.toBe(normaliseHashedNames(page('Base.Xy12ab_Z.css', '入團'), after));
    // A stem that changed is a change: the reader's file name is different.
    expect(hashedNameMap(['_astro/Layout.DnIhvzfs.css']).get('_astro/Layout.DnIhvzfs.css')).not.toBe(
      before.get('_astro/Base.DnIhvzfs.css'),
    );
  });
});

describe('compare-builds: scoped-style ids', () => {
  it('reads the scoped ids of a moved page as the same when they mark the same elements', () => {
    const page = (a: string, b: string) =>
      `<h1 data-astro-cid-${a}>x</h1><p data-astro-cid-${b}>y</p><style>h1[data-astro-cid-${a}]{}</style>`;
    expect(normaliseScopeIds(page('abcd1234', 'zzzz9999'))).toBe(normaliseScopeIds(page('q1w2e3r4', 'zzzz9999')));
    // An element that moved to another component's scope is a change.
    expect(normaliseScopeIds(page('abcd1234', 'zzzz9999'))).not.toBe(normaliseScopeIds(page('abcd1234', 'abcd1234')));
  });
});
