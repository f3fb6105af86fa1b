/**
 * Identity of the handbook PDF: a hash of everything that changes it — the handbook document as built (base-free,
 * see source.ts), the content of every file it loads (stylesheets: the CSS that applies in print; images) in place
 * of their hashed names, Chromium's print options and the renderer's own version. Not the Chromium version, the
 * date or any path: a clean clone on another machine computes the same key, and the CI's Chromium may differ.
 */
import { createHash } from 'node:crypto';

/** Bump when the rendering code changes what it prints (passes, bookmarks, post-processing). */
export const HANDBOOK_RENDERER_VERSION = 1;

/** The running footer: page numbers in a CJK font the template names itself (templates do not see page CSS). */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;text-align:center;font-size:9pt;color:#444;' +
  "font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif\">" +
  '第 <span class="pageNumber"></span> 页　共 <span class="totalPages"></span> 页</div>';

/** Playwright's page.pdf options. Page size and margins come from print.css (@page): preferCSSPageSize. */
export const PDF_OPTIONS = {
  format: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  // Our own bookmarks replace Chromium's (one per heading, 300+): see pdf.ts.
  outline: false,
  tagged: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: FOOTER_TEMPLATE,
} as const;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The key of a handbook document: `assets` maps each base-less address the document loads to that file's bytes
 * (undefined when missing: the key then says so, and the render step refuses).
 */
export function handbookKey(html: string, assets: ReadonlyMap<string, Uint8Array | undefined>): string {
  let normalised = html;
  for (const [url, bytes] of [...assets].sort(([a], [b]) => a.localeCompare(b))) {
    normalised = normalised.split(url).join(`asset:${bytes ? sha256(bytes).slice(0, 16) : 'missing'}`);
  }
  return sha256(
    `${HANDBOOK_RENDERER_VERSION}\n${JSON.stringify(PDF_OPTIONS)}\n${normalised.replace(/\r\n?/g, '\n')}`,
  ).slice(0, 16);
}
