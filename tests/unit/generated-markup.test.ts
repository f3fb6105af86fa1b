/**
 * Editors' text in markup the site writes by hand: a chart's name (from accTitle, via the SVG's <title>) in its
 * figure's attributes and captions, and search excerpts in the result list. Each shows the text once, as written.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cachedKeys, cachedSvg } from '../../src/lib/diagrams/cache.ts';
import { diagramFigureHtml, diagramFullHtml, diagramTitle } from '../../src/lib/diagrams/figure.ts';
import { decodeXmlText, escapeHtml } from '../../src/lib/html.ts';
import { excerptParts } from '../../src/lib/search.ts';
import { MARKUP } from '../support/hostile-text.ts';

/** The figure's own markup as a browser builds it (the inline chart left out: happy-dom cannot parse its SVG). */
const page = (html: string) => {
  const document = new Window().document;
  document.body.innerHTML = html.replace(/<svg\b[\s\S]*?<\/svg>/g, '');
  return document;
};

describe('escapeHtml and decodeXmlText', () => {
  it.each(MARKUP)('round-trip %s, and the escaped form opens no tag or attribute', (text) => {
    expect(decodeXmlText(escapeHtml(text))).toBe(text);
    expect(escapeHtml(text)).not.toMatch(/[<>"']/);
  });
  it('decode in one pass, character references included', () => {
    expect(decodeXmlText('&amp;lt; &#x3C;b&#62; &quot;&apos; &nbsp; &#0; &#xD800;')).toBe(
      '&lt; <b> "\' &nbsp; &#0; &#xD800;',
    );
  });
});

describe('a chart named with markup', () => {
  const key = cachedKeys()[0]!;
  // As svgo writes the <title> of an accTitle such as: 流程<img src=x onerror=alert(1)> &lt;b&gt; "引号" 'x'
  const name = `流程<img src=x onerror=alert(1)> &lt;b&gt; "引号" 'x'`;
  const svg = cachedSvg(key)!.replace(/(<title\b[^>]*>)[^<]*/, `$1${escapeHtml(name).replace(/&#39;/g, '&apos;')}`);

  it('is read from the SVG as its text', () => expect(diagramTitle(svg)).toBe(name));

  it.each([
    ['on the page', diagramFigureHtml({ key, source: 'flowchart TD', svg }, '/')],
    ['full size', diagramFullHtml({ key, source: 'flowchart TD', svg }, '/')],
  ])('shows that text once, in every label and caption (%s)', (_where, html) => {
    const document = page(html);
    const slices = [...document.querySelectorAll('img.diagram-slice')];
    expect(slices.length).toBeGreaterThan(0);
    for (const img of slices) {
      expect(img.getAttribute('alt')).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(img.getAttributeNames().sort()).toEqual(['alt', 'class', 'src']);
    }
    for (const caption of document.querySelectorAll('.diagram-slice-title'))
      expect(caption.textContent).toContain(name);
    const region = document.querySelector('.diagram-scroll');
    if (region) expect(region.getAttribute('aria-label')).toBe(`${name}（可左右滚动查看）`);
    // The only <img> elements are the print slices: none came from the name.
    expect(document.querySelectorAll('img').length).toBe(slices.length);
  });
});

describe('search excerpts', () => {
  it('become text and highlighted text, whatever the page text held', () => {
    expect(excerptParts('党费&lt;img src=x onerror=alert(1)&gt;按<mark>月</mark><mark>交纳</mark>。&amp;lt;')).toEqual([
      { text: '党费<img src=x onerror=alert(1)>按', marked: false },
      { text: '月交纳', marked: true },
      { text: '。&amp;lt;', marked: false },
    ]);
  });
  it('keep the page words of a raw tag as text', () => {
    expect(excerptParts('<b>粗</b> <mark>x</mark>')).toEqual([
      { text: '<b>粗</b> ', marked: false },
      { text: 'x', marked: true },
    ]);
  });
});
