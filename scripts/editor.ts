/**
 * npm run editor: the web editor on an editor's own machine, without a forge (docs/EDITOR-CMS.md, CONTRIBUTING.md
 * “网页编辑器”). It starts decap-server in git mode on this clone — drafts become cms/<栏目>/<条目> branches and
 * “发布” merges them into main, as merge requests would on the forge — and `astro preview` for the built site, then
 * says where to open the editor. Builds first when dist/ has no editor.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { LOCAL_EDITOR_PORT } from '../src/lib/cms/editor-settings.ts';
import { FOLDERS, inProject } from '../src/lib/paths.ts';
import { routes } from '../src/lib/routes.ts';

const root = resolve(import.meta.dirname, '..');
const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });
if (status.status !== 0) {
  console.error('网页编辑器的本机模式需要在代码仓库（git 克隆）中运行。');
  process.exit(1);
}
if (status.stdout.trim()) {
  // decap-server switches branches for each draft: uncommitted changes would be carried along or block it.
  console.error('工作目录中有尚未提交的修改。请先提交（git commit）或收起（git stash），再运行 npm run editor。');
  process.exit(1);
}
if (!existsSync(join(root, FOLDERS.dist, routes.editor().slice(1), 'index.html'))) {
  console.log('先构建网站（约 1 分钟）……');
  if (
    spawnSync(process.execPath, [inProject(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit' }).status !== 0
  ) {
    process.exit(1);
  }
}
const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
const children = [
  spawn(process.execPath, [server], {
    cwd: root,
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: root, PORT: String(LOCAL_EDITOR_PORT), LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', '4321'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
];
console.log(`\n网页编辑器（本机模式）：在浏览器中打开 http://localhost:4321${routes.editor()}，点“登录”。`);
console.log('草稿保存为本仓库中的 cms/… 分支，“发布”后合并进 main。按 Ctrl+C 结束。\n');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    process.exit(0);
  });
}
