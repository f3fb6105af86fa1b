/** Command-line tools some tests need (from Debian packages that .ci/run installs). */
import { spawnSync } from 'node:child_process';

export function hasTool(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** True when present; otherwise a loud warning locally, and a failure under CI=true. */
export function toolOrSkip(command: string, debianPackage: string): boolean {
  if (hasTool(command)) return true;
  const message = `未找到 ${command}（Debian 软件包 ${debianPackage}）：相关测试无法运行。`;
  if (process.env.CI === 'true') throw new Error(`${message}（CI=true 时这是失败）`);
  console.warn(`\n${'!'.repeat(72)}\n!! ${message}\n!! 相关测试已跳过。\n${'!'.repeat(72)}\n`);
  return false;
}
