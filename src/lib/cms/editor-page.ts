/**
 * The page at /admin/ that opens the editors' editor (Decap CMS, docs/EDITOR-CMS.md). It is not a reader page and
 * is written by the build beside the site (src/pipeline/integrations/editor.ts), with its own policy
 * (editor-settings.ts). Everything an editor may read on it is here, in Chinese and without JavaScript; the small
 * check script (browser-check.ts) only shows one of the messages or starts the editor.
 */
import { escapeHtml } from '../html.ts';
import { routes } from '../routes.ts';

/** Decap CMS 3 needs a browser of 2022 or later: Array.prototype.findLast came with Chromium 97 and Firefox 104. */
export const EDITOR_BROWSERS = { chromium: 97, firefox: 104 } as const;

export interface EditorPageInput {
  siteTitle: string;
  /** The site's base path, e.g. / or /djzy/. */
  base: string;
  /** Whether a forge is configured (content/site.yaml `editor`); without one only the local mode starts. */
  enabled: boolean;
  csp: string;
}

export function editorPageHtml({ siteTitle, base, enabled, csp }: EditorPageInput): string {
  const title = escapeHtml(siteTitle);
  const contribute = `${base}${routes.contribute().slice(1)}`;
  return `<!doctype html>
<html lang="zh-CN" data-editor="${enabled ? 'on' : 'off'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="robots" content="noindex, nofollow">
<title>内容编辑 · ${title}</title>
<style>
.editor-intro { max-width: 40rem; margin: 3rem auto; padding: 0 1rem; font: 18px/1.7 system-ui, "Microsoft YaHei", "PingFang SC", sans-serif; color: #1a1a1a; }
.editor-intro h1 { font-size: 1.5rem; color: #9b1c1c; }
.editor-intro a { color: #9b1c1c; }
.editor-intro [hidden] { display: none; }
</style>
<noscript><style>#editor-loading { display: none; }</style></noscript>
</head>
<body>
<main id="editor-intro" class="editor-intro">
<h1>${title} · 内容编辑</h1>
<p id="editor-loading">正在打开编辑器……</p>
<p id="editor-old" hidden>您的浏览器版本较旧，打不开网页编辑器。请用 Chrome、Edge，或 360 安全浏览器、QQ 浏览器等的“极速模式”（内核版本 ${EDITOR_BROWSERS.chromium} 及以上），或 Firefox ${EDITOR_BROWSERS.firefox} 及以上版本打开本页。阅读网站不受影响。</p>
<p id="editor-off" hidden>网页编辑器尚未启用：需要信息中心在站点信息中填写代码托管平台的地址（见<a href="${contribute}#网页编辑器">“参与编辑”页的“网页编辑器”一节</a>）。在此之前，请按<a href="${contribute}">“参与编辑”页</a>的说明提交修改。</p>
<p id="editor-no-server" hidden>这是本机模式：请先在代码仓库的文件夹中运行 <code>npm run editor</code>，再刷新本页。</p>
<noscript><p>网页编辑器需要启用 JavaScript。请在浏览器设置中允许本站运行 JavaScript，或按<a href="${contribute}">“参与编辑”页</a>的说明提交修改。</p></noscript>
<p><a href="${base}">返回网站首页</a></p>
</main>
<script src="check.js"></script>
</body>
</html>
`;
}
