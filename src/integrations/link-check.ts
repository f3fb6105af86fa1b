/**
 * Link check over a built site: every internal href/src/action must name a file that exists under the base, every
 * #fragment an element of the target page, and no link may escape the base (the intranet server may host other
 * things beside the site). Pure: the caller hands in the pages' HTML and the list of files.
 */
import { normalizeBase } from '../lib/urls.ts';

export interface BuiltPage {
  /** Path of the HTML file relative to the output folder, e.g. guide/index.html. */
  file: string;
  html: string;
}

export interface LinkProblem {
  file: string;
  url: string;
  problem: string;
}

const ATTRIBUTE = /\s(href|xlink:href|src|action|poster)\s*=\s*"([^"]*)"/gi;
const SRCSET = /\ssrcset\s*=\s*"([^"]*)"/gi;
const ID = /\s(?:id|name)\s*=\s*"([^"]*)"/gi;

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Attribute values that are URLs, in document order. */
export function extractUrls(html: string): string[] {
  const urls: string[] = [];
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  for (const m of withoutScripts.matchAll(ATTRIBUTE)) urls.push(decodeEntities(m[2] ?? ''));
  for (const m of withoutScripts.matchAll(SRCSET)) {
    for (const candidate of decodeEntities(m[1] ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
  }
  return urls;
}

/** Ids (and legacy names) a fragment may point to. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? '')));
}

/** The URL path at which a built file is served: guide/index.html → /base/guide/. */
export function urlOfFile(file: string, base: string): string {
  const b = normalizeBase(base);
  if (file === 'index.html') return b;
  return b + file.replace(/(^|\/)index\.html$/, '$1');
}

const isSkipped = (url: string) => url === '' || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

export function checkLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, base: string): LinkProblem[] {
  const b = normalizeBase(base);
  const ids = new Map(pages.map((p) => [p.file, extractIds(p.html)]));
  const problems: LinkProblem[] = [];

  for (const page of pages) {
    const pageUrl = new URL(urlOfFile(page.file, b), 'http://site.invalid');
    for (const raw of extractUrls(page.html)) {
      if (isSkipped(raw)) continue;
      const url = new URL(raw, pageUrl);
      const report = (problem: string) => problems.push({ file: page.file, url: raw, problem });
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(b)) {
        report(`链接超出站点根路径 ${b}`);
        continue;
      }
      const relative = path.slice(b.length);
      let target: string;
      if (relative === '' || relative.endsWith('/')) target = `${relative}index.html`;
      else if (/\.[a-z0-9]+$/i.test(relative)) target = relative;
      else {
        report('站内页面地址缺少末尾的 /');
        continue;
      }
      if (!files.has(target)) {
        report('指向的文件不存在');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids.get(target)?.has(fragment)) {
        report(`页面中没有 id 为“${fragment}”的位置`);
      }
    }
  }
  return problems;
}
