/**
 * Find the system Chromium for browser tests (never downloaded: the intranet build machines cannot). Locally a
 * missing browser skips the suite with a loud message; under CI=true it is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} 不存在`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/** The path, or undefined after a loud warning (locally); throws under CI=true. */
export function chromiumOrSkip(): string | undefined {
  const path = findChromium();
  if (path) return path;
  const message =
    '未找到 Chromium：浏览器测试无法运行。请安装 chromium（Debian: apt-get install -y chromium fonts-noto-cjk），或设置 CHROMIUM_PATH。';
  if (process.env.CI === 'true') throw new Error(`${message}（CI=true 时这是失败）`);
  console.warn(`\n${'!'.repeat(72)}\n!! ${message}\n!! 浏览器测试已跳过。\n${'!'.repeat(72)}\n`);
  return undefined;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
