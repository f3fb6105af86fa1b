/**
 * The editor's local mode for the browser tests, as an editor would run it on their own machine: a real git clone
 * of this repository and decap-server in its git mode on it (drafts are cms/<collection>/<entry> branches,
 * publishing merges them), at the address the editor page allows (src/lib/cms/editor-settings.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { LOCAL_EDITOR_PORT } from '../../src/lib/cms/editor-settings.ts';
import { ROOT } from './builds.ts';

export interface LocalEditorBackend {
  /** The clone the editor writes to. */
  clone: string;
  git: (...args: string[]) => string;
  stop: () => Promise<void>;
}

export async function startLocalEditorBackend(): Promise<LocalEditorBackend> {
  const clone = join(mkdtempSync(join(tmpdir(), 'djzy-editor-')), 'site');
  const run = (cwd: string, args: string[]) => {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  // The commit under test, whatever branch (or none) it is on: decap-server's git mode works on `main`, the
  // generated backend's branch.
  const head = run(ROOT, ['rev-parse', 'HEAD']).trim();
  run(ROOT, ['clone', '--quiet', '--local', '--no-checkout', ROOT, clone]);
  run(clone, ['checkout', '--quiet', '-B', 'main', head]);
  run(clone, ['config', 'user.name', '编辑测试']);
  run(clone, ['config', 'user.email', 'editor-test@example.invalid']);
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child: ChildProcess = spawn(process.execPath, [server], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: clone, PORT: String(LOCAL_EDITOR_PORT), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`decap-server 未能启动：${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Git Proxy Server configured')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`decap-server 退出（${code}）：${output}`)));
  });
  return {
    clone,
    git: (...args) => run(clone, args),
    stop: async () => {
      child.kill();
      rmSync(join(clone, '..'), { recursive: true, force: true });
    },
  };
}

/**
 * A clone and decap-server for the tests of one describe block, started before them and removed after; the port is
 * fixed (the generated configuration names it), so blocks using it run one after another.
 */
export function useLocalEditorBackend(): { readonly current: LocalEditorBackend } {
  const holder = {} as { current: LocalEditorBackend };
  beforeAll(async () => {
    holder.current = await startLocalEditorBackend();
  });
  afterAll(async () => {
    await holder.current?.stop();
  });
  return holder;
}
