/**
 * The corpus of bad inputs in tests/fixtures/bad-inputs/: each case folder adds or replaces files (its content/, and
 * its editions/ if it has one) in a copy of the site's content (and frozen editions, for a case that has editions/);
 * the checker must report every
 * message of the case's expect.txt (one regular expression per line, matched at the start of a
 * `path:line 字段: 问题 — 怎么改` line), in Chinese, with no stack trace. Generated rather than committed: a file named
 * <name>.size stands for a file of that many bytes (a PNG for images, text for .mdx/.yaml), and <name>.symlink for a
 * symbolic link to the path it holds. A new case folder is picked up as it is added.
 *
 * The cases run in the checker itself (each is a full check of the site's content, ~0.5 s; in the unit loop they
 * would double it, hence here); one case runs through `npm run check` as an editor meets it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { ROOT } from '../support/builds.ts';
import { copyContent, type ContentCopy } from '../support/content-fixture.ts';

const CORPUS = join(ROOT, 'tests/fixtures/bad-inputs');
const cases = globSync('*/expect.txt', { cwd: CORPUS })
  .map((f) => f.split('/')[0]!)
  .sort();
const expected = (name: string) =>
  readFileSync(join(CORPUS, name, 'expect.txt'), 'utf8')
    .trim()
    .split('\n');

/** A stack frame, or an error class's English name (SyntaxError:, YAMLParseError: …): what an editor must never see. */
const STACK_TRACE = /^\s+at \S|\b\w*Error:/m;

/** A PNG of 1600×900 padded to `bytes`. */
function bigPng(bytes: number): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452000006400000038408020000000000000000', 'hex');
  return Buffer.concat([header, Buffer.alloc(bytes - header.length)]);
}

let copy: ContentCopy | undefined;
afterEach(() => copy?.cleanup());

/** A text file of `bytes` bytes: valid frontmatter, then the same paragraph over and over (a pasted book). */
function bigText(bytes: number): Buffer {
  const head = '---\ntitle: 示例条目\nkind: 重点文化活动\norder: 9\nsummary: 用于测试。\n---\n\n';
  const paragraph = '党支部按期召开党员大会，研究发展党员工作。\n\n';
  return Buffer.from(head + paragraph.repeat(Math.ceil(bytes / Buffer.byteLength(paragraph)))).subarray(0, bytes);
}

/** The site's content (and frozen editions) with the case laid over it, its markers turned into what they stand for. */
function withCase(name: string): ContentCopy {
  // Frozen editions only where the case concerns them: their checks cost about a second a case.
  copy = copyContent('site', { editions: existsSync(join(CORPUS, name, 'editions')) });
  for (const folder of ['content', 'editions']) {
    if (existsSync(join(CORPUS, name, folder)))
      cpSync(join(CORPUS, name, folder), join(copy.root, folder), { recursive: true });
  }
  for (const marker of globSync('{content,editions}/**/*.size', { cwd: copy.root })) {
    const target = marker.slice(0, -'.size'.length);
    const bytes = Number(readFileSync(join(copy.root, marker), 'utf8'));
    writeFileSync(join(copy.root, target), /\.(mdx|ya?ml)$/.test(target) ? bigText(bytes) : bigPng(bytes));
    rmSync(join(copy.root, marker));
  }
  for (const marker of globSync('{content,editions}/**/*.symlink', { cwd: copy.root })) {
    const target = readFileSync(join(copy.root, marker), 'utf8').trim();
    rmSync(join(copy.root, marker));
    symlinkSync(target, join(copy.root, marker.slice(0, -'.symlink'.length)));
  }
  return copy;
}

describe('bad inputs', () => {
  it('number at least 15 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => expected(c).join('\n'))).size).toBe(cases.length);
  });

  it.each(cases)('%s', async (name) => {
    const report = (await checkContent(withCase(name).root)).problems.map(formatProblem).join('\n');
    for (const pattern of expected(name)) expect(report, report).toMatch(new RegExp(`^${pattern}`, 'm'));
    expect(report).not.toMatch(STACK_TRACE);
  });

  it(`fail npm run check with their messages in Chinese (case ${cases[0]})`, () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), withCase(cases[0]!).root], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^内容检查发现 \d+ 个问题：/);
    for (const pattern of expected(cases[0]!)) expect(run.stderr, run.stderr).toMatch(new RegExp(`^  ${pattern}`, 'm'));
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
