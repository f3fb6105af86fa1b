/** The editor's folders on disk: a special file made by another program (the rest is in tests/unit/content-tree.test.ts). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/lib/content-source/tree.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const make = (files: Record<string, string>) => {
  root = mkdtempSync(join(tmpdir(), 'djzy-tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
};

describe('readContentTree', () => {
  it('refuses a pipe, which would never end when read', () => {
    make({ 'content/site.yaml': 'title: x\n' });
    execFileSync('mkfifo', [join(root, 'content/pipe.yaml')]);
    expect(readContentTree(root).unsafe.map((p) => `${p.file} ${p.problem}`)).toEqual([
      'content/pipe.yaml 这不是普通文件（是管道、套接字或设备文件）',
    ]);
  });
});
