/**
 * The project's folders are named once, in src/lib/paths.ts: every committed folder it names exists (a folder moved
 * without the module fails here), and the build's steps spell no folder of their own.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDERS, inProject, type Folder } from '../../src/lib/paths.ts';
import { projectOf, scriptOf } from '../../src/pipeline/step.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Folders a fresh clone may lack: what a build or a command makes, and attachments until an editor uploads one. */
const OPTIONAL: readonly Folder[] = ['dist', 'build', 'subpathBuild', 'release', 'attachments'];

/** Each folder name as code would spell it: a string literal that is the folder, or starts with it. */
const spellings = (folder: string) => [`'${folder}'`, `'${folder}/`, `\`${folder}/`, `"${folder}"`];

describe('src/lib/paths.ts', () => {
  it('names committed folders that exist in the repository', () => {
    const committed = (Object.keys(FOLDERS) as Folder[]).filter((f) => !OPTIONAL.includes(f));
    const missing = committed.filter((f) => !existsSync(inProject(ROOT, f)));
    expect(missing, `paths.ts 中的这些文件夹不存在：${missing.map((f) => FOLDERS[f]).join('、')}`).toEqual([]);
  });

  it('is where the build’s steps take every folder from', () => {
    const files = globSync('src/pipeline/**/*.ts', { cwd: ROOT });
    expect(files.length).toBeGreaterThan(0);
    const spelled = files.flatMap((file) => {
      // A folder's key in inProject(root, 'content') is the module's name for it, not a path.
      const code = readFileSync(join(ROOT, file), 'utf8').replace(/inProject\([^,()]+, '\w+'/g, '');
      return Object.values(FOLDERS)
        .filter((folder) => spellings(folder).some((s) => code.includes(s)))
        .map((folder) => `${file}: ${folder}`);
    });
    expect(spelled).toEqual([]);
  });
});

describe('src/pipeline/step.ts', () => {
  it('reads an integration’s project from the resolved Astro config', () => {
    const config = { root: new URL('file:///srv/site/'), base: 'djzy' };
    expect(projectOf(config)).toEqual({ root: '/srv/site/', base: '/djzy/' });
  });

  it('finds a command of scripts/ under the project root', () => {
    expect(scriptOf('/srv/site', 'check-content.ts')).toBe('/srv/site/scripts/check-content.ts');
    expect(existsSync(scriptOf(ROOT, 'check-content.ts'))).toBe(true);
  });
});
