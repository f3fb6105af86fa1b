/** A broken link found in the built site is reported where the editor wrote it, with the reason in their terms. */
import { describe, expect, it } from 'vitest';
import { pageSourcesOf, placeLinkProblem } from '../../src/lib/content-check/link-sources.ts';
import { formatProblem } from '../../src/lib/content-source/problem.ts';

const sources = [
  { file: 'content/publicity/a.mdx', text: '---\ntitle: 甲\n---\n\n见[程序](/guide/x/#无此节)。\n' },
  { file: 'content/publicity/b.mdx', text: '---\ntitle: 乙\n---\n\n[一](/guide/x/#无此节)\n\n[二](/guide/概述/)\n' },
];

describe('placeLinkProblem', () => {
  it('finds the address without the base, in the page’s own source first, and words the fix for the reason', () => {
    const found = {
      file: 'publicity/b/index.html',
      url: '/djzy/guide/x/#无此节',
      problem: '页面中没有 id 为“无此节”的位置',
    };
    const placed = placeLinkProblem(
      found,
      sources,
      '/djzy/',
      pageSourcesOf([{ route: '/publicity/b/', file: 'content/publicity/b.mdx' }]),
    );
    expect(placed && formatProblem(placed)).toBe(
      'content/publicity/b.mdx:5 链接 /djzy/guide/x/#无此节 页面中没有 id 为“无此节”的位置（构建后检查页面 publicity/b/index.html 时发现） — # 后面写目标页面上小标题的文字（去掉标点）；在预览中点目标页“本页目录”里的那一节，复制地址栏中 # 之后的部分',
    );
    // Without knowing the page's source, the first file that holds it.
    expect(placeLinkProblem(found, sources, '/djzy/')?.file).toBe('content/publicity/a.mdx');
  });

  it('matches a percent-encoded address to what the editor typed', () => {
    const found = { file: 'x/index.html', url: '/guide/%E6%A6%82%E8%BF%B0/', problem: '指向的文件不存在' };
    expect(placeLinkProblem(found, sources, '/')).toMatchObject({ file: 'content/publicity/b.mdx', line: 7 });
  });

  it('leaves a link no source holds to the built page', () => {
    expect(
      placeLinkProblem({ file: 'a/index.html', url: '/nowhere/', problem: '指向的文件不存在' }, sources, '/'),
    ).toBeUndefined();
  });
});
