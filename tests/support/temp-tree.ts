/** A scratch folder of small files for a test, removed after each test: `const tree = tempTree('djzy-tree-')`. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export function tempTree(prefix: string) {
  const tree = {
    root: '',
    /** A fresh folder holding `files` (path → text), replacing the previous test's. */
    make(files: Record<string, string>): string {
      tree.root = mkdtempSync(join(tmpdir(), prefix));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(tree.root, path, '..'), { recursive: true });
        writeFileSync(join(tree.root, path), text);
      }
      return tree.root;
    },
  };
  afterEach(() => rmSync(tree.root, { recursive: true, force: true }));
  return tree;
}
