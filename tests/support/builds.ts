/** Paths of the two builds `npm test` makes before the site and browser suites run. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export const BUILDS = [
  { name: '根路径', dir: join(ROOT, 'dist'), base: '/' },
  { name: '子路径', dir: join(ROOT, '.build/subpath'), base: '/djzy/' },
] as const;

export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} 中没有构建结果：请先运行 npm run build 和 npm run build:subpath（npm test 会自动运行）`);
  }
  return dir;
}

export type Build = (typeof BUILDS)[number];

/**
 * Test titles naming the build the tests run over, e.g. “根路径（/）构建：typical cases”. BUILD_TITLE is for
 * describe.each(BUILDS); vitest reads `$name构建` as one key (CJK letters continue a name), hence the brackets.
 */
export const BUILD_TITLE = '$name（$base）构建';
export const onBuild = (build: Build, what: string): string => `${build.name}（${build.base}）构建：${what}`;
