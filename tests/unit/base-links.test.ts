import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { baseLinksPlugin } from '../../src/markdown/base-links.ts';

const render = (md: string, base: string) => markdownToHtml(md, { hastPlugins: [baseLinksPlugin(base)] }).html;

describe('baseLinksPlugin', () => {
  it('prefixes root-relative links and images written in Markdown with the base', () => {
    const html = render('[程序](/guide/organization/) ![图](/images/a.png)', '/djzy/');
    expect(html).toContain('href="/djzy/guide/organization/"');
    expect(html).toContain('src="/djzy/images/a.png"');
  });
  it('leaves external links, fragments and the root base alone', () => {
    const html = render('[外](https://www.12371.cn/) [锚](#概述)', '/djzy/');
    expect(html).toContain('href="https://www.12371.cn/"');
    expect(html).toContain('href="#%E6%A6%82%E8%BF%B0"'); // the fragment of #概述, percent-encoded
    expect(render('[程序](/guide/)', '/')).toContain('href="/guide/"');
  });
});
