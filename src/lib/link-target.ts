/**
 * A link target as a browser reads it, then judged: character references decoded (`java&#x73;cript:`,
 * `javascript&colon;`), leading and trailing control characters and spaces dropped, tabs and line breaks inside
 * removed (the WHATWG URL parser's first steps), backslashes read as slashes. Only then is the scheme taken, so no
 * spelling of `javascript:` gets past the check that a plain regular expression would let through. Pure: the content
 * checker (Markdown links, JSX attributes, flowchart clicks) and the schemas (URL fields in YAML) share it.
 */
import { decodeHTML } from 'entities';

/** Schemes a page may link to; every other (javascript:, vbscript:, data:, file:, blob:, ms-*: …) is refused. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

export type LinkTarget =
  /** A site address: /guide/…, with what follows it. */
  | { kind: 'site'; url: string }
  /** #section on the same page. */
  | { kind: 'anchor'; url: string }
  /** ./file or file: relative to the page. */
  | { kind: 'relative'; url: string }
  /** //host/… or http(s)://… */
  | { kind: 'remote'; url: string }
  /** mailto:, tel: */
  | { kind: 'contact'; url: string }
  /** A scheme that is refused: `scheme` as the browser reads it, `url` as decoded. */
  | { kind: 'refused'; url: string; scheme: string };

/** The target as a browser would resolve it, before any check. */
export function decodeLinkTarget(raw: string): string {
  let url = raw;
  // Repeat until stable: an editor's text may be decoded once more on its way to the page than they expect.
  for (let i = 0; i < 3 && url.includes('&'); i += 1) {
    const decoded = decodeHTML(url);
    if (decoded === url) break;
    url = decoded;
  }
  return url
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '')
    .replace(/\\/g, '/');
}

export function readLinkTarget(raw: string): LinkTarget {
  const url = decodeLinkTarget(raw);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'http' || scheme === 'https') return { kind: 'remote', url };
    if (scheme === 'mailto' || scheme === 'tel') return { kind: 'contact', url };
    return { kind: 'refused', url, scheme };
  }
  if (url.startsWith('//')) return { kind: 'remote', url };
  if (url.startsWith('/')) return { kind: 'site', url };
  if (url.startsWith('#')) return { kind: 'anchor', url };
  return { kind: 'relative', url };
}

/** How the editor spelled a refused target, when it is not how the browser reads it: for the message. */
export const spelledOtherwise = (raw: string, target: { url: string }): boolean => raw.trim() !== target.url;
