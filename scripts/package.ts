/**
 * npm run package -- [--base /djzy/]: build the site for an intranet base path and write a release:
 *   release/djzy-<version>-<base>.tar.gz       the site, ready to unpack into the web server's folder
 *   release/djzy-<version>-<base>.tar.gz.sha256 its SHA-256 (sha256sum -c reads it)
 *   release/djzy-<version>-<base>.manifest.json version, build date, commit, page count (also inside the archive)
 * and copies deploy/nginx.conf beside them. Files in the archive are sorted, with fixed owners and the commit's
 * time, so two packages of one commit differ only in the build time of their manifest.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeBase } from '../src/lib/urls.ts';
import { FOLDERS, inProject } from '../src/lib/paths.ts';
import { runScript } from '../src/pipeline/step.ts';
import { readBuiltSite } from './lib/read-built-site.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { base: { type: 'string' }, out: { type: 'string', default: FOLDERS.release } },
});
const base = normalizeBase(values.base ?? process.env.SITE_BASE ?? '/');
const outDir = resolve(root, values.out ?? FOLDERS.release);
const siteDir = inProject(root, 'build', 'release-site');
const git = (args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

rmSync(siteDir, { recursive: true, force: true });
const build = runScript(root, 'build.ts', ['--base', base, '--out', relative(root, siteDir)]);
if (build.status !== 0) process.exit(build.status ?? 1);

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const commit = git(['rev-parse', 'HEAD']) || 'unknown';
const dirty = git(['status', '--porcelain']) !== '';
// The commit's time stamps the archive's files, so the same commit gives the same bytes.
const commitTime = Number(git(['log', '-1', '--format=%ct'])) || 0;
const site = readBuiltSite(siteDir);
const manifest = {
  name: '基层党建工作指引',
  version,
  base,
  commit: dirty ? `${commit}（含未提交的修改）` : commit,
  builtAt: new Date().toISOString(),
  pages: site.pages.length,
  files: site.files.size,
};
writeFileSync(join(siteDir, 'release-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

mkdirSync(outDir, { recursive: true });
const slug = base === '/' ? 'root' : base.replace(/^\/|\/$/g, '').replace(/\//g, '-');
const name = `djzy-${version}-${slug}`;
const archive = join(outDir, `${name}.tar.gz`);
const tar = spawnSync(
  'sh',
  [
    '-c',
    `tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@${commitTime} --format=gnu -C "$1" -cf - . | gzip -9 -n > "$2"`,
    'package',
    siteDir,
    archive,
  ],
  { stdio: 'inherit' },
);
if (tar.status !== 0) {
  console.error('打包失败：需要 GNU tar 和 gzip。');
  process.exit(1);
}
const hash = createHash('sha256').update(readFileSync(archive)).digest('hex');
writeFileSync(`${archive}.sha256`, `${hash}  ${name}.tar.gz\n`);
writeFileSync(join(outDir, `${name}.manifest.json`), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(root, 'deploy/nginx.conf'), join(outDir, 'nginx.conf'));
console.log(
  `\n发布包：${archive.slice(root.length + 1)}（${manifest.pages} 个页面，站点根路径 ${base}）\nSHA-256：${hash}`,
);
