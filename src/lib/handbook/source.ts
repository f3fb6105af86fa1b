/**
 * What Chromium prints for the handbook PDF, made from the built /guide/print/ page by pure string work: the
 * handbook's own markup (the <div class="handbook"> with cover, contents, chapters, appendices) in a bare document
 * with the page's stylesheets. The site's header, footer and scripts are left out (print hides them anyway), and so
 * is every mention of the site's base: the same content built for / and for /djzy/ prints the same PDF under the
 * same cache key.
 *
 * Links: a PDF is a file on its own, read away from the site, so links must not lead to the address it was printed
 * from. Links to a chapter or procedure become links inside the PDF (its own page); other site links become plain
 * text (a path relative to a downloaded file resolves nowhere useful); web links (http…) stay as they are.
 */

import { stylesheetsOf } from '../html.ts';
import {
  chapterAnchor,
  CONTENTS_LEVEL_ATTR,
  CONTENTS_TITLE_CLASS,
  HANDBOOK_CLASS,
  PAGE_SLOT_ATTR,
  PAGE_SLOT_CLASS,
  procedureAnchor,
  SCREEN_ONLY_ATTR,
} from './markup.ts';

/** The element of the print page that is the handbook; its markup is the source of the PDF. */
const HANDBOOK_ROOT = `<div class="${HANDBOOK_CLASS}"`;

/** The outer HTML of the first element starting at `start` (tags of the same name counted for nesting). */
function elementAt(html: string, start: number): string {
  const tag = /^<([a-z0-9-]+)/i.exec(html.slice(start))![1]!;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`打印版页面的 <${tag}> 没有闭合`);
}

/** Every element carrying `attr`, removed with its content. */
function removeMarked(html: string, attr: string): string {
  for (let at = html.indexOf(` ${attr}`); at >= 0; at = html.indexOf(` ${attr}`)) {
    const start = html.lastIndexOf('<', at);
    html = html.slice(0, start) + html.slice(start + elementAt(html, start).length);
  }
  return html;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Site links inside the PDF: a chapter or procedure becomes its place in the PDF, anything else plain text. */
function rewriteLinks(html: string, base: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const site = new RegExp(`^${escapeRegExp(base)}`);
  // <a> never nests: each opening tag decides what its closing tag becomes.
  const unwrapped: string[] = [];
  return html.replace(/<a\b([^>]*)>|<\/a>/g, (tag, attrs: string | undefined) => {
    if (attrs === undefined) return unwrapped.pop() ?? tag;
    const href = /\s(?:xlink:)?href="([^"]*)"/.exec(attrs)?.[1];
    if (!href || href.startsWith('#') || /^[a-z]+:/i.test(href)) {
      unwrapped.push('</a>');
      return tag;
    }
    const path = href.replace(site, '/');
    const [, chapter, procedure] = /^\/guide\/([^/#]+)\/(?:([^/#]+)\/)?(?:#.*)?$/.exec(path) ?? [];
    const id = procedure ? procedureAnchor(procedure) : chapter ? chapterAnchor(chapter) : undefined;
    if (id && ids.has(id)) {
      unwrapped.push('</a>');
      return `<a${attrs.replace(/\s(xlink:)?href="[^"]*"/, ` $1href="#${id}"`)}>`;
    }
    // In SVG (a flowchart node linked to its template) a <g> keeps the drawing's structure; in HTML, a span.
    const svg = /xlink:href=/.test(attrs);
    unwrapped.push(svg ? '</g>' : '</span>');
    return svg ? '<g>' : '<span class="handbook-link">';
  });
}

export interface HandbookSource {
  /** The document Chromium prints (before the contents' page numbers are filled in). */
  html: string;
  /** Base-less addresses of the files it loads (stylesheets, images), e.g. /_astro/print.B1P05JbV.css. */
  assets: string[];
}

/** The print page as built (with its base) → the handbook document, independent of the base. */
export function handbookSource(printPage: string, base: string): HandbookSource {
  const start = printPage.indexOf(HANDBOOK_ROOT);
  if (start < 0)
    throw new Error(`打印版页面中找不到 ${HANDBOOK_ROOT}>：页面结构变了，请同步修改 src/lib/handbook/markup.ts`);
  const head = printPage.slice(0, printPage.indexOf('</head>'));
  const sheets = stylesheetsOf([head]);
  const styles = [...head.matchAll(/<style\b[^>]*>[\s\S]*?<\/style>/g)].map((m) => m[0]);
  const unbased = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);
  let body = removeMarked(elementAt(printPage, start), SCREEN_ONLY_ATTR);
  body = rewriteLinks(body, base);
  // src is one address (it may hold commas: a chart slice's #svgView(viewBox(x,y,w,h))); srcset is a list.
  const urlsOf = (attr: string, value: string) =>
    attr === 'srcset' ? value.split(',').map((part) => part.trim()) : [value];
  body = body.replace(/\s(src|srcset)="([^"]*)"/g, (_, attr: string, value: string) => {
    const urls = urlsOf(attr, value).map((part) => part.replace(/^\S+/, unbased));
    return ` ${attr}="${urls.join(', ')}"`;
  });
  const assets = [
    ...sheets.map(unbased),
    ...[...body.matchAll(/\s(src|srcset)="([^"]*)"/g)].flatMap((m) =>
      urlsOf(m[1]!, m[2]!).map((part) => part.split(/\s+/)[0]!.replace(/[#?].*$/, '')),
    ),
  ].filter((url) => url.startsWith('/') && !url.startsWith('//'));
  const html = [
    '<!doctype html>',
    '<html lang="zh-CN" class="handbook-pdf">',
    '<head><meta charset="utf-8"><title>基层党建工作指引</title>',
    ...sheets.map((href) => `<link rel="stylesheet" href="${unbased(href)}">`),
    ...styles,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n');
  return { html, assets: [...new Set(assets)] };
}

/** One entry of the contents: a chapter (level 1) or a procedure or appendix inside it (level 2 under level 1). */
export interface ContentsEntry {
  id: string;
  level: 1 | 2;
  title: string;
}

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** The contents' entries, in order: the print page marks each with CONTENTS_LEVEL_ATTR. */
export function contentsEntries(html: string): ContentsEntry[] {
  return [
    ...html.matchAll(
      new RegExp(
        `<a href="#([^"]+)" ${CONTENTS_LEVEL_ATTR}="([12])"[^>]*>\\s*<span class="${CONTENTS_TITLE_CLASS}"[^>]*>([\\s\\S]*?)</span>`,
        'g',
      ),
    ),
  ].map((m) => ({ id: m[1]!, level: Number(m[2]) as 1 | 2, title: decode(m[3]!) }));
}

/** The contents with its page numbers filled in. The slot has a fixed width in print, so nothing else moves. */
export function fillContentsPages(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace(
    new RegExp(`(<span class="${PAGE_SLOT_CLASS}" ${PAGE_SLOT_ATTR}="([^"]+)"[^>]*>)[^<]*(</span>)`, 'g'),
    (_, open: string, id: string, close: string) => `${open}${pages.get(id) ?? ''}${close}`,
  );
}

/**
 * A loaded file as the key sees it: text files that carry the base inside them (a chart's SVG links its templates
 * under the base) are read base-free, so the root and the sub-path build agree on the key.
 */
export function baseFreeAsset(url: string, bytes: Uint8Array, base: string): Uint8Array {
  if (base === '/' || !/\.(svg|css)$/.test(url)) return bytes;
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(new RegExp(`(["'(])${escaped}`, 'g'), '$1/');
  return new TextEncoder().encode(text);
}
