/**
 * An `h` for the preview functions (src/lib/cms/previews/) that writes HTML instead of React elements, so tests can
 * read the structure, the class names and the Chinese words a preview shows.
 */
import type { H } from '../../src/lib/cms/previews/element.ts';
import { escapeHtml } from '../../src/lib/html.ts';

export class Html {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
  toString(): string {
    return this.html;
  }
}

/** React's names of attributes; an empty value is written bare, as HTML reads it (and Astro writes its scopes). */
const NAMES: Record<string, string> = { className: 'class', dateTime: 'datetime' };

const child = (value: unknown): string =>
  value === null || value === undefined || value === false
    ? ''
    : value instanceof Html
      ? value.html
      : Array.isArray(value)
        ? value.map(child).join('')
        : escapeHtml(String(value));

export const htmlH: H = (tag, props, ...children) => {
  const attributes = Object.entries(props ?? {})
    .filter(([, value]) => value !== undefined && value !== false)
    .map(
      ([name, value]) =>
        ` ${NAMES[name] ?? name}${value === true || value === '' ? '' : `="${escapeHtml(String(value))}"`}`,
    )
    .join('');
  return new Html(`<${tag}${attributes}>${children.map(child).join('')}</${tag}>`);
};

/** The HTML of a preview, as a string. */
export const html = (element: unknown): string => child(element);
