/**
 * What the build does with the handbook PDF, decided from facts alone (tested in tests/unit/handbook.test.ts):
 *
 * - the cache holds the current key: publish it as it is, never re-render (re-renders are not byte-identical);
 * - a miss with Chromium: render, store under the new key, prune the old file;
 * - a miss without Chromium: publish the last cached PDF with a warning, so the link never breaks;
 * - under CI=true a miss fails: CI must publish exactly what was reviewed, so the PDF is rendered and committed by
 *   a person (`npm run handbook`), like the diagrams.
 */
import { FOLDERS } from '../paths.ts';

export type HandbookPlan =
  | { action: 'hit'; key: string }
  | { action: 'render'; key: string }
  | { action: 'fallback'; key: string; publish: string; warning: string }
  | { action: 'none'; key: string; warning: string }
  | { action: 'fail'; key: string; message: string };

export interface HandbookFactsForPlan {
  key: string;
  cached: readonly string[];
  /** The cached key to publish when the current one is missing. */
  last: string | undefined;
  chromium: boolean;
  ci: boolean;
  /** `npm run handbook`: rendering is the point, so CI=true does not forbid it and a missing browser is an error. */
  requireRender: boolean;
}

const TODO = `在装有 Chromium 的机器上运行 npm run handbook，并提交 ${FOLDERS.handbookCache}/ 中新生成的 PDF（旧文件会被自动删除，一并提交删除）`;

export function planHandbook(f: HandbookFactsForPlan): HandbookPlan {
  if (f.cached.includes(f.key)) return { action: 'hit', key: f.key };
  if (f.requireRender) {
    return f.chromium
      ? { action: 'render', key: f.key }
      : {
          action: 'fail',
          key: f.key,
          message:
            '找不到 Chromium，无法生成整本指引 PDF — 安装 chromium 和 fonts-noto-cjk，或用 CHROMIUM_PATH 指定浏览器。',
        };
  }
  if (f.ci) {
    return {
      action: 'fail',
      key: f.key,
      message: `整本指引 PDF 已过期：打印版内容或样式变了，${FOLDERS.handbookCache}/ 中没有缓存键 ${f.key} 的 PDF（CI=true 时不允许）— ${TODO}。`,
    };
  }
  if (f.chromium) return { action: 'render', key: f.key };
  if (f.last) {
    return {
      action: 'fallback',
      key: f.key,
      publish: f.last,
      warning: `警告：整本指引 PDF 已过期，且找不到 Chromium 重新生成；本次发布的是上一次生成的 PDF（${f.last}.pdf），内容可能与网页版不一致 — ${TODO}。`,
    };
  }
  return {
    action: 'none',
    key: f.key,
    warning: `警告：${FOLDERS.handbookCache}/ 中没有整本指引 PDF，且找不到 Chromium 生成；本次构建不发布 PDF，页面上也不显示下载链接 — ${TODO}。`,
  };
}
