/** The editor's folders on disk: a special file made by another program (the rest is in tests/unit/content-tree.test.ts). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/lib/content-source/tree.ts';
import { tempTree } from '../support/temp-tree.ts';

const tree = tempTree('djzy-tree-');
let root = '';
const make = (files: Record<string, string>) => (root = tree.make(files));

describe('readContentTree', () => {
  it('refuses a pipe, which would never end when read', () => {
    make({ 'content/site.yaml': 'title: x\n' });
    execFileSync('mkfifo', [join(root, 'content/pipe.yaml')]);
    expect(readContentTree(root).unsafe.map((p) => `${p.file} ${p.problem}`)).toEqual([
      'content/pipe.yaml 这不是普通文件（是管道、套接字或设备文件）',
    ]);
  });
});
