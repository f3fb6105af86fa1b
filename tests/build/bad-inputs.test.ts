/**
 * The corpus of bad inputs in tests/fixtures/bad-inputs/: each case adds or replaces files in a copy of the site's
 * content; `npm run check` must exit non-zero and print every message of the case's expect.txt (one regular
 * expression per line). A file named <name>.size stands for a file of that many bytes (a large PNG), generated
 * here rather than committed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/builds.ts';
import { copyContent, type ContentCopy } from '../support/content-fixture.ts';

const CORPUS = join(ROOT, 'tests/fixtures/bad-inputs');
const cases = globSync('*/expect.txt', { cwd: CORPUS }).map((f) => f.split('/')[0]!).sort();

/** A PNG of 1600×900 padded to `bytes`. */
function bigPng(bytes: number): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452000006400000038408020000000000000000', 'hex');
  return Buffer.concat([header, Buffer.alloc(bytes - header.length)]);
}

let copy: ContentCopy | undefined;
afterEach(() => copy?.cleanup());

describe('bad inputs', () => {
  it('number at least 15 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    const messages = cases.map((c) => readFileSync(join(CORPUS, c, 'expect.txt'), 'utf8').trim());
    expect(new Set(messages).size).toBe(cases.length);
  });

  it.each(cases)('%s', (name) => {
    copy = copyContent('site');
    cpSync(join(CORPUS, name, 'content'), join(copy.root, 'content'), { recursive: true });
    for (const marker of globSync('content/**/*.size', { cwd: copy.root })) {
      writeFileSync(join(copy.root, marker.slice(0, -'.size'.length)), bigPng(Number(readFileSync(join(copy.root, marker), 'utf8'))));
      rmSync(join(copy.root, marker));
    }
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), copy.root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const pattern of readFileSync(join(CORPUS, name, 'expect.txt'), 'utf8').trim().split('\n')) {
      expect(run.stderr, run.stderr).toMatch(new RegExp(`^  ${pattern}`, 'm'));
    }
  });
});
