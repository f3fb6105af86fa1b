/**
 * Browser tests use the system Chromium. Locally a missing browser skips the suite with a loud message; under
 * CI=true it is a failure.
 */
import { findChromium } from '../../scripts/lib/chromium.ts';

export { launchChromium } from '../../scripts/lib/chromium.ts';

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
