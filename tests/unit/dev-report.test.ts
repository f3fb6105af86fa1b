/** The dev server's report of content problems: the editor's own lines, escaped for the overlay, located. */
import { describe, expect, it } from 'vitest';
import { overlayPayload, problemPage, problemSummary } from '../../src/lib/content-check/dev-report.ts';
import type { Problem } from '../../src/lib/content-source/problem.ts';

const problems: Problem[] = [
  {
    file: 'content/guide/organization/establish-branch.mdx',
    line: 4,
    field: 'summary',
    problem: '读者能看到的文字中有起草用语「种子材料」',
    fix: '改写',
  },
  { file: 'content/publicity/x.mdx', line: 9, field: '正文', problem: '不允许使用 <script> 标签', fix: '删除该标签' },
];

describe('overlayPayload', () => {
  const payload = overlayPayload(problems, '/work/site/');

  it('is the error payload Astro’s overlay shows, pointing at the first problem’s file and line', () => {
    expect(payload.type).toBe('error');
    expect(payload.__isEnhancedAstroErrorPayload).toBe(true);
    expect(payload.err.loc).toEqual({
      file: '/work/site/content/guide/organization/establish-branch.mdx',
      line: 4,
      column: 1,
    });
    expect(payload.err.title).toBe('内容检查发现 2 个问题，涉及 2 个文件');
  });

  it('lists every problem in the checker’s own words, with markup escaped', () => {
    expect(payload.err.message).toContain(
      '<li>content/guide/organization/establish-branch.mdx:4 summary: 读者能看到的文字中有起草用语「种子材料」 — 改写</li>',
    );
    expect(payload.err.message).toContain('不允许使用 &lt;script&gt; 标签');
    expect(payload.err.message).not.toContain('<script>');
    expect(payload.err.stack).not.toMatch(/\bat\b|\.ts:\d+/);
  });

  it('summarises counts of problems and files', () => {
    expect(problemSummary(problems.slice(0, 1))).toBe('内容检查发现 1 个问题，涉及 1 个文件');
  });
});

describe('problemPage', () => {
  const page = problemPage(problems, '/djzy/');

  it('lists every problem, escaped, under the summary', () => {
    expect(page).toContain('<title>内容检查发现 2 个问题，涉及 2 个文件</title>');
    expect(page).toContain(
      '<code>content/guide/organization/establish-branch.mdx:4 summary: 读者能看到的文字中有起草用语「种子材料」 — 改写</code>',
    );
    expect(page).toContain('不允许使用 &lt;script&gt; 标签');
    expect(page).not.toContain('<script> 标签');
  });

  it("loads Vite's client under the site's base, to get the overlay and reload once fixed", () => {
    expect(page).toContain('<script type="module" src="/djzy/@vite/client"></script>');
  });
});
