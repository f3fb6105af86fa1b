import { describe, expect, it } from 'vitest';
import { checkLinks, extractIds, extractUrls, urlOfFile } from '../../src/pipeline/after-build/link-check.ts';

const page = (file: string, body: string) => ({ file, html: `<html><body>${body}</body></html>` });

describe('extraction', () => {
  it('finds href, src, action and srcset URLs but not those inside scripts', () => {
    const html =
      '<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><form action="/s/"></form><script>var s = \' href="/nope/"\'</script>';
    expect(extractUrls(html)).toEqual(['/a/?x=1&y=2', '/i.png', '/s/', '/i-1.png', '/i-2.png']);
    expect(extractIds('<h2 id="概述">概述</h2><a name="old"></a>')).toEqual(new Set(['概述', 'old']));
  });
  it('maps files to served URLs', () => {
    expect(urlOfFile('index.html', '/djzy/')).toBe('/djzy/');
    expect(urlOfFile('guide/index.html', '/')).toBe('/guide/');
    expect(urlOfFile('404.html', '/djzy/')).toBe('/djzy/404.html');
  });
});

describe('checkLinks', () => {
  const files = new Set(['index.html', 'guide/index.html', '_astro/a.css']);
  const pages = (body: string) => [page('index.html', body), page('guide/index.html', '<h2 id="概述">概述</h2>')];

  it('accepts links to existing pages, assets and anchors, and ignores external URLs', () => {
    const body =
      '<a href="/djzy/guide/">g</a><a href="/djzy/guide/#%E6%A6%82%E8%BF%B0">a</a><a href="guide/#概述">r</a><link href="/djzy/_astro/a.css"><a href="https://www.12371.cn/">x</a><a href="#">top</a>';
    expect(checkLinks(pages(body), files, '/djzy/')).toEqual([]);
  });
  it('reports missing pages, missing anchors, missing trailing slashes and links escaping the base', () => {
    const body =
      '<a href="/djzy/nope/">1</a><a href="/djzy/guide/#无">2</a><a href="/djzy/guide">3</a><a href="/guide/">4</a><a href="../x/">5</a>';
    const problems = checkLinks(pages(body), files, '/djzy/').map((p) => `${p.url} ${p.problem}`);
    expect(problems).toEqual([
      '/djzy/nope/ 指向的文件不存在',
      '/djzy/guide/#无 页面中没有 id 为“无”的位置',
      '/djzy/guide 站内页面地址缺少末尾的 /',
      '/guide/ 链接超出站点根路径 /djzy/',
      '../x/ 链接超出站点根路径 /djzy/',
    ]);
  });
  it('reads pages one by one and checks fragments against pages read later', () => {
    function* lazily() {
      yield page('index.html', '<a href="/djzy/guide/#概述">a</a><a href="/djzy/guide/#无">b</a>');
      yield page('guide/index.html', '<h2 id="概述">概述</h2><a href="/djzy/guide/#无">c</a>');
    }
    expect(checkLinks(lazily(), files, '/djzy/')).toEqual([
      { file: 'index.html', url: '/djzy/guide/#无', problem: '页面中没有 id 为“无”的位置' },
      { file: 'guide/index.html', url: '/djzy/guide/#无', problem: '页面中没有 id 为“无”的位置' },
    ]);
  });
});
