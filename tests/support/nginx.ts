/**
 * The real nginx serving a built site with the release's deploy/nginx.conf, as the IT office would: that file
 * inside a server { } on a free localhost port, with the machine's own mime.types, everything else (pid, logs,
 * temporary files, the site folder) in a temporary directory, run as the current user. Locally a missing nginx
 * skips with a loud message; under CI=true it is a failure (.ci/run installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './builds.ts';

/** nginx on PATH, or where Debian puts it (/usr/sbin is not on an ordinary user's PATH), or NGINX_PATH. */
export function findNginx(): string | undefined {
  const candidates = [
    process.env.NGINX_PATH,
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
  ];
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  return [onPath, ...candidates].find((path): path is string => Boolean(path) && existsSync(path!));
}

export function nginxOrSkip(): string | undefined {
  const path = findNginx();
  if (path) return path;
  const message = '未找到 nginx（Debian 软件包 nginx）：发布包的 nginx 配置无法实际运行检查。';
  if (process.env.CI === 'true') throw new Error(`${message}（CI=true 时这是失败）`);
  console.warn(`\n${'!'.repeat(72)}\n!! ${message}\n!! 相关测试已跳过。\n${'!'.repeat(72)}\n`);
  return undefined;
}

export interface RunningNginx {
  origin: string;
  /** What `nginx -t` printed about the configuration. */
  configTest: string;
  stop: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** From `nginx -V`: the directory of nginx's own configuration (its mime.types), and whether it takes -e (1.19.5+). */
function nginxBuild(nginx: string): { confDir: string; errorLogOption: boolean } {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
  const path = /--conf-path=(\S+)/.exec(built)?.[1] ?? '/etc/nginx/nginx.conf';
  const [major = 0, minor = 0, patch = 0] = (/nginx\/(\d+)\.(\d+)\.(\d+)/.exec(built)?.slice(1) ?? []).map(Number);
  const errorLogOption = major > 1 || (major === 1 && (minor > 19 || (minor === 19 && patch >= 5)));
  return { confDir: dirname(path), errorLogOption };
}

/** Serve `site` (a build for `base`) with deploy/nginx.conf. */
export async function startNginx(nginx: string, site: string, base: string): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'djzy-nginx-'));
  const www = join(dir, 'www');
  mkdirSync(www);
  symlinkSync(site, join(www, base.replace(/^\/|\/$/g, '')));
  const deploy = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  if (deploy.split('root /srv;').length !== 2) throw new Error('deploy/nginx.conf 中应有且只有一处 root /srv;');
  writeFileSync(join(dir, 'site.conf'), deploy.replace('root /srv;', `root ${www};`));
  const build = nginxBuild(nginx);
  const mimeTypes = join(build.confDir, 'mime.types');
  if (!existsSync(mimeTypes)) throw new Error(`找不到 nginx 的 ${mimeTypes}`);
  const port = await freePort();
  // As root, nginx would hand the requests to “nobody”, who cannot read a temporary directory: keep the current user.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${user}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    include ${dir}/site.conf;
  }
}
`,
  );
  // -e: the log for messages before the configuration is read (else the build's default, which may be unwritable).
  const args = [
    '-p',
    dir,
    '-c',
    join(dir, 'nginx.conf'),
    ...(build.errorLogOption ? ['-e', join(dir, 'error.log')] : []),
  ];
  const check = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' });
  const configTest = `${check.stdout}${check.stderr}`;
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t 不通过：\n${configTest}`);
  }
  const child: ChildProcess = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let waited = 0; !(await answers(port)); waited += 50) {
    if (child.exitCode !== null || waited > 10_000) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      await stop();
      throw new Error(`nginx 没有启动：\n${stderr}\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin: `http://127.0.0.1:${port}`, configTest, stop };
}
