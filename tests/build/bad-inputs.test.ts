/**
 * The corpus of bad inputs in tests/fixtures/bad-inputs/: each case folder adds or replaces files (its content/) in a
 * copy of the site's content; the checker must report every message of the case's expect.txt (one regular
 * expression per line, matched at the start of a `path:line 字段: 问题 — 怎么改` line), in Chinese, with no stack
 * trace. A file named <name>.size stands for a file of that many bytes (a large PNG), generated here rather than
 * committed. A new case folder is picked up as it is added.
 *
 * The cases run in the checker itself (each is a full check of the site's content, ~0.5 s; in the unit loop they
 * would double it, hence here); one case runs through `npm run check` as an editor meets it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The site's content with the case laid over it. */
function withCase(name: string): ContentCopy {
  copy = copyContent('site');
  cpSync(join(CORPUS, name, 'content'), join(copy.root, 'content'), { recursive: true });
  for (const marker of globSync('content/**/*.size', { cwd: copy.root })) {
    writeFileSync(
      join(copy.root, marker.slice(0, -'.size'.length)),
      bigPng(Number(readFileSync(join(copy.root, marker), 'utf8'))),
    );
    rmSync(join(copy.root, marker));
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
