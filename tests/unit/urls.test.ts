import { describe, expect, it } from 'vitest';
import { isExternalOrSpecial, normalizeBase, stripBase, withBase } from '../../src/lib/urls.ts';

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/djzy', '/djzy/'],
    ['djzy/', '/djzy/'],
    ['//a/b//', '/a/b/'],
  ])('%j → %j', (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe('withBase', () => {
  it('prefixes root-relative paths with the base', () => {
    expect(withBase('/guide/', '/')).toBe('/guide/');
    expect(withBase('/guide/', '/djzy/')).toBe('/djzy/guide/');
    expect(withBase('/', '/djzy')).toBe('/djzy/');
    expect(withBase('/regulations/#party-constitution', '/djzy/')).toBe('/djzy/regulations/#party-constitution');
  });
  it('leaves external, protocol-relative, fragment and relative URLs alone', () => {
    for (const url of ['https://www.12371.cn/', '//cdn.example/x.js', '#main', '?q=1', 'mailto:a@b.c', 'x/y/']) {
      expect(withBase(url, '/djzy/')).toBe(url);
    }
    expect(isExternalOrSpecial('javascript:alert(1)')).toBe(true);
  });
});

describe('stripBase', () => {
  it('recovers the site path or reports an escape', () => {
    expect(stripBase('/djzy/guide/', '/djzy/')).toBe('/guide/');
    expect(stripBase('/djzy', '/djzy/')).toBe('/');
    expect(stripBase('/other/', '/djzy/')).toBeNull();
    expect(stripBase('/guide/', '/')).toBe('/guide/');
  });
});
