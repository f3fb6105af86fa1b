/**
 * The editor's folders on disk: links and special files are refused before anything is read, names are what editors
 * can see and type, and text files past any page's length are named as too big, not parsed. A pipe needs mkfifo, a
 * process: that test is in tests/build/content-tree.test.ts.
 */
import { readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_COMPONENTS } from '../../src/lib/content-check/mdx-check.ts';
import { formatProblem } from '../../src/lib/content-source/problem.ts';
import { MAX_TEXT_BYTES, readContentTree } from '../../src/lib/content-source/tree.ts';
import { ROOT } from '../support/builds.ts';
import { tempTree } from '../support/temp-tree.ts';

const tree = tempTree('djzy-tree-');
let root = '';
const make = (files: Record<string, string>) => (root = tree.make(files));

describe('readContentTree', () => {
  it('lists regular files and refuses links to files and folders, inside the repository or not', () => {
    make({ 'content/site.yaml': 'title: x\n', 'editions/2024/edition.yaml': 'year: "2024"\n' });
    symlinkSync('/etc/hostname', join(root, 'content/host.yaml'));
    symlinkSync('../site.yaml', join(root, 'editions/2024/site.yaml'));
    symlinkSync('/tmp', join(root, 'content/tmp'));
    const tree = readContentTree(root);
    expect(tree.files.map((f) => f.path)).toEqual(['content/site.yaml', 'editions/2024/edition.yaml']);
    expect(tree.unsafe.map(formatProblem)).toEqual([
      'content/host.yaml:1 这是一个符号链接（指向 /etc/hostname），不是文件本身 — 删除这个链接，把文件本身复制到这里；内容文件夹中不允许符号链接，以免把仓库以外的文件带进网站',
      'content/tmp:1 这是一个符号链接（指向 /tmp），不是文件本身 — 删除这个链接，把文件本身复制到这里；内容文件夹中不允许符号链接，以免把仓库以外的文件带进网站',
      'editions/2024/site.yaml:1 这是一个符号链接（指向 ../site.yaml），不是文件本身 — 删除这个链接，把文件本身复制到这里；内容文件夹中不允许符号链接，以免把仓库以外的文件带进网站',
    ]);
  });

  it('refuses a content folder that is itself a link', () => {
    make({});
    symlinkSync(join(ROOT, 'content'), join(root, 'content'));
    expect(readContentTree(root).unsafe.map((p) => p.file)).toEqual(['content']);
  });

  it('names invisible, full-width and spaced file names, and text files past the size limit', () => {
    make({
      'content/publicity/a\u200bb.mdx': '',
      'content/publicity/ｒｅａｄｉｎｇ.mdx': '',
      'content/cases/x/my photo.jpg': '',
      'content/publicity/big.mdx': 'x'.repeat(MAX_TEXT_BYTES + 2048),
      'content/cases/x/big.jpg': 'x'.repeat(MAX_TEXT_BYTES + 2048),
    });
    const tree = readContentTree(root);
    expect(tree.problems.map((p) => `${p.file} ${p.problem}`)).toEqual([
      'content/cases/x/my photo.jpg 文件名「my photo.jpg」以点开头或含有空格',
      'content/publicity/a\u200bb.mdx 文件名「a‹U+200B›b.mdx」第 2 个字符是看不见的零宽空格（U+200B）',
      'content/publicity/big.mdx 文件太大（514 KB，上限 512 KB，超出 2 KB），未检查其内容',
      'content/publicity/ｒｅａｄｉｎｇ.mdx 文件名「ｒｅａｄｉｎｇ.mdx」中“ｒ”是全角字母（U+FF52），“ｅ”是全角字母（U+FF45），“ａ”是全角字母（U+FF41），“ｄ”是全角字母（U+FF44），“ｉ”是全角字母（U+FF49），“ｎ”是全角字母（U+FF4E），“ｇ”是全角字母（U+FF47）',
    ]);
    expect([...tree.tooBig]).toEqual(['content/publicity/big.mdx']);
  });
});

describe('content components', () => {
  it('are exactly the components in src/components/content/, each with the attributes the checker allows', () => {
    const files = readdirSync(join(ROOT, 'src/components/content')).map((f) => f.replace(/\.astro$/, ''));
    expect(Object.keys(CONTENT_COMPONENTS).sort()).toEqual(files.sort());
  });
});
