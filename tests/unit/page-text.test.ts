/** The text the same-text twin of `npm run bench` takes from each built page (scripts/lib/page-text.ts). */
import { describe, expect, it } from 'vitest';
import { hasMdxBody, indexedRegion, regionToMarkdown, titleOf } from '../../scripts/lib/page-text.ts';

const page = (main: string) =>
  `<!DOCTYPE html><html><head><title>程序 &amp; 依据 - 指引</title></head><body><nav>导航</nav>${main}<footer>页脚</footer></body></html>`;

describe('indexedRegion', () => {
  it('takes the main element Pagefind indexes, and nothing of a page it does not index', () => {
    expect(indexedRegion(page('<main id="main" class="page-main" data-pagefind-body><p>正文</p></main>'))).toBe(
      '<p>正文</p>',
    );
    expect(indexedRegion(page('<main id="main"><p>工具</p></main>'))).toBeUndefined();
  });
  it('reads the title as the site gives it', () => {
    expect(titleOf(page(''))).toBe('程序 & 依据 - 指引');
  });
});

describe('hasMdxBody', () => {
  it('knows the wrappers the site puts around a rendered MDX body', () => {
    expect(hasMdxBody('<div class="prose procedure-body"><p>x</p></div>')).toBe(true);
    expect(hasMdxBody('<div class="prose"><p>x</p></div>')).toBe(true);
    expect(hasMdxBody('<div class="flowchart-body"><p>x</p></div>')).toBe(true);
    expect(hasMdxBody('<div class="prose-note"><p>x</p></div><p class="lead">x</p>')).toBe(false);
  });
});

describe('regionToMarkdown', () => {
  it('keeps headings, paragraphs and list items, and inline markup as its text', () => {
    const region =
      '<h1 data-pagefind-weight="10">发展党员</h1><p class="lead">从<a href="/x/">递交</a>入党申请<strong>起</strong></p>' +
      '<h2 id="s">步骤</h2><ol><li><p>谈话</p></li><li>培养<ul><li>考察</li></ul></li></ol>' +
      '<dl><dt>时限</dt><dd>一个月内</dd></dl><table><tr><th>项目</th><td>内容</td></tr></table>';
    expect(regionToMarkdown(region)).toBe(
      '# 发展党员\n\n从递交入党申请起\n\n## 步骤\n\n- 谈话\n\n- 培养\n\n- 考察\n\n时限\n\n一个月内\n\n项目\n\n内容\n',
    );
  });
  it('leaves out what Pagefind leaves out: data-pagefind-ignore, forms, labels, navigation, scripts, drawings', () => {
    const region =
      '<nav class="breadcrumbs" data-pagefind-ignore><a>首页</a></nav><p>留下</p>' +
      '<section data-pagefind-ignore><section><p>内层</p></section><p>外层</p></section>' +
      '<form><p>表单</p></form><p><label>标签</label>说明</p><details class="fold page-toc"><nav>目录</nav></details>' +
      '<script>var a = "<p>";</script><svg><text>图</text></svg><style>p{}</style><p>结尾<br/>一行</p>';
    expect(regionToMarkdown(region)).toBe('留下\n\n说明\n\n结尾\n\n一行\n');
  });
  it('escapes every character Markdown or MDX would read as markup, and decodes entities', () => {
    const md = regionToMarkdown('<p>1. {x} &lt;b&gt; *星* [链接](y) #号 a_b `c` | &amp; \\</p>');
    expect(md).toBe('1\\. \\{x\\} \\<b\\> \\*星\\* \\[链接\\]\\(y\\) \\#号 a\\_b \\`c\\` \\| \\& \\\\\n');
  });
  it('collapses whitespace as a browser would', () => {
    expect(regionToMarkdown('<p>\n  一\n  二  </p>\n\n<p>  </p>')).toBe('一 二\n');
  });
});
