/**
 * The bad-input corpus (tests/fixtures/bad-inputs/): each case folder holds files to lay over a copy of the project
 * (its content/, and its editions/ if it has one) and expect.txt, one regular expression per line that must match the
 * start of a line of the checker's report. Generated rather than committed: <name>.size stands for a file of that
 * many bytes (a PNG for images, text for .mdx/.yaml), and <name>.symlink for a symbolic link to the path it holds.
 */
import { cpSync, existsSync, globSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './builds.ts';

export const CORPUS = join(ROOT, 'tests/fixtures/bad-inputs');

/** Every case, by folder name. */
export const CASES = globSync('*/expect.txt', { cwd: CORPUS })
  .map((f) => f.split('/')[0]!)
  .sort();

export const expectedMessages = (name: string): string[] =>
  readFileSync(join(CORPUS, name, 'expect.txt'), 'utf8')
    .trim()
    .split('\n');

/** Whether the case concerns the frozen editions (the checks of which cost about a second a run). */
export const touchesEditions = (name: string): boolean => existsSync(join(CORPUS, name, 'editions'));

/** A stack frame, or an error class's English name (SyntaxError:, YAMLParseError: …): what an editor must never see. */
export const STACK_TRACE = /^\s+at \S|\b\w*Error:/m;

/** A PNG of 1600×900 padded to `bytes`. */
function bigPng(bytes: number): Buffer {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452000006400000038408020000000000000000', 'hex');
  return Buffer.concat([header, Buffer.alloc(bytes - header.length)]);
}

/** A text file of `bytes` bytes: valid frontmatter, then the same paragraph over and over (a pasted book). */
function bigText(bytes: number): Buffer {
  const head = '---\ntitle: 示例条目\nkind: 重点文化活动\norder: 9\nsummary: 用于测试。\n---\n\n';
  const paragraph = '党支部按期召开党员大会，研究发展党员工作。\n\n';
  return Buffer.from(head + paragraph.repeat(Math.ceil(bytes / Buffer.byteLength(paragraph)))).subarray(0, bytes);
}

/** Lay case `name` over the project (or content copy) at `root`, its markers turned into what they stand for. */
export function layCase(name: string, root: string): void {
  for (const folder of ['content', 'editions']) {
    if (existsSync(join(CORPUS, name, folder)))
      cpSync(join(CORPUS, name, folder), join(root, folder), { recursive: true });
  }
  for (const marker of globSync('{content,editions}/**/*.size', { cwd: root })) {
    const target = marker.slice(0, -'.size'.length);
    const bytes = Number(readFileSync(join(root, marker), 'utf8'));
    writeFileSync(join(root, target), /\.(mdx|ya?ml)$/.test(target) ? bigText(bytes) : bigPng(bytes));
    rmSync(join(root, marker));
  }
  for (const marker of globSync('{content,editions}/**/*.symlink', { cwd: root })) {
    const target = readFileSync(join(root, marker), 'utf8').trim();
    rmSync(join(root, marker));
    symlinkSync(target, join(root, marker.slice(0, -'.symlink'.length)));
  }
}
