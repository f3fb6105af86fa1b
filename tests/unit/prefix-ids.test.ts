import { describe, expect, it } from 'vitest';
import { demoteHeadings, prefixIds } from '../../src/lib/prefix-ids.ts';

describe('prefixIds', () => {
  it('prefixes ids and in-document fragment links, leaving other links alone', () => {
    const html = '<h2 id="概述">概述</h2><a href="#概述">上</a><a href="/guide/#x">站内</a><div class="id">x</div>';
    expect(prefixIds(html, 'p1')).toBe(
      '<h2 id="p1-概述">概述</h2><a href="#p1-概述">上</a><a href="/guide/#x">站内</a><div class="id">x</div>',
    );
  });
});

describe('prefixIds and a section labelled by its heading', () => {
  it('keeps the label pointing at the prefixed heading, each id of a list', () => {
    const html =
      '<section aria-labelledby="关区规定"><h2 id="关区规定">关区规定</h2><p aria-describedby="a b">x</p></section>';
    expect(prefixIds(html, 'p1')).toBe(
      '<section aria-labelledby="p1-关区规定"><h2 id="p1-关区规定">关区规定</h2><p aria-describedby="p1-a p1-b">x</p></section>',
    );
  });
});

describe('demoteHeadings', () => {
  it('lowers opening and closing heading tags, capped at h6', () => {
    expect(demoteHeadings('<h2 id="a">A</h2><h3>B</h3><h5>C</h5><header>x</header>', 2)).toBe(
      '<h4 id="a">A</h4><h5>B</h5><h6>C</h6><header>x</header>',
    );
  });
});
