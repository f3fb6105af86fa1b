/** `npm run check` as an editor meets it: every broken file named, with lines, in Chinese, and a non-zero exit. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/builds.ts';
import { copyContent, type ContentCopy } from '../support/content-fixture.ts';

let copy: ContentCopy | undefined;
afterEach(() => copy?.cleanup());

const runCheck = (root: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), root], { encoding: 'utf8' });

describe('npm run check', () => {
  it('passes on the real content', () => {
    const run = runCheck(ROOT);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The review backlog (pages on a superseded regulation) is listed first and does not fail the check.
    expect(run.stdout).toMatch(/^待复核（不影响检查和发布）：\d+ 个文件依据的制度已修订/);
    expect(run.stdout).toMatch(/\n内容检查通过：/);
  });

  it('names two files with broken frontmatter, with lines and Chinese messages, and exits 1', () => {
    copy = copyContent('site');
    copy.edit('content/guide/organization/establish-branch.mdx', 'order: 1', 'order: 第一');
    copy.edit('content/publicity/guomen-hall.mdx', 'kind: 宣传平台', 'kind: 平台\ncolour: red');
    const run = runCheck(copy.root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/guide/organization/establish-branch.mdx:3 order: 「顺序」应为数字');
    expect(run.stderr).toMatch(
      /content\/publicity\/guomen-hall\.mdx:\d+ kind: 「类别」不能是文字「平台」 — 只能填以下之一：宣传平台、重点文化活动、党建特色宣传、人物宣传/,
    );
    expect(run.stderr).toMatch(/content\/publicity\/guomen-hall\.mdx:\d+ colour: 不认识的字段：colour/);
    expect(run.stderr).toContain('共 2 个文件需要修改');
  });

  it('hands the build every problem through a pipe, however many (far beyond the 64 KB a pipe holds)', () => {
    copy = copyContent('site');
    const file = 'content/guide/organization/establish-branch.mdx';
    copy.write(file, copy.read(file) + '\n' + Array.from({ length: 3000 }, (_, i) => `第${i}行\u200b。`).join('\n\n'));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), copy.root, '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(4 * 65536);
    const problems = JSON.parse(run.stdout) as { file: string }[];
    expect(problems.filter((p) => p.file === file).length).toBeGreaterThanOrEqual(3000);
  });
});
