/**
 * What every entry preview is built from. Decap's preview pane renders React elements made with its global `h`
 * (React.createElement, https://decapcms.org/docs/customization/); the previews take `h` as an argument so they stay
 * plain functions, and the unit tests pass an `h` that writes HTML.
 */
import { formatMonth, formatPartialDate } from '../../dates.ts';

export type Child = unknown;
export type Props = Record<string, unknown> | null;
/** React.createElement's shape: a tag, its attributes (`className` for class) and its children. */
export type H = (tag: string, props: Props, ...children: Child[]) => unknown;

/**
 * What the build knows of the reader pages (src/lib/cms/previews/page-styles.ts): the site's stylesheets, the scope
 * attribute of each component's scoped rules (data-astro-cid-…, by a class the rules name) and the titles of the
 * entries other entries name by id.
 */
export interface PreviewSite {
  styles: string[];
  /** 'task-list' → 'data-astro-cid-6umzznyx': the scope of the component whose element carries that class. */
  scopes: Record<string, string>;
  /** Collection → id → title: regulations, series, procedures. */
  titles: Record<string, Record<string, string>>;
}

/** One entry as a preview sees it. */
export interface PreviewInput {
  /** The entry's fields as Decap holds them (entry.get('data').toJS()). */
  data: Record<string, unknown>;
  /** The markdown body rendered by Decap (widgetFor('body')); absent for YAML entries. */
  body?: Child;
  /** An image path of the entry as the browser can load it (Decap's getAsset). */
  asset: (path: string) => string;
  site: PreviewSite;
}

/**
 * An `h` whose every element carries the scope attribute of the component that owns `anchorClass`, as Astro marks
 * every element of a component's template, so the component's scoped rules (`.task-list[data-astro-cid-…] > li[…]`)
 * match the preview. Without a known scope the elements are plain and only the global rules apply.
 */
export function scoped(h: H, site: PreviewSite, anchorClass: string): H {
  const attribute = site.scopes[anchorClass];
  if (!attribute) return h;
  return (tag, props, ...children) => h(tag, { ...props, [attribute]: '' }, ...children);
}

/** A field as text: what a form holds may be missing, a number or a list while the editor is typing. */
export const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** A list field as a list, whatever the form holds. */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A form's date ('2022-07-15', or a Date from the picker) as the pages write it: '2022年7月15日'. */
export function dayText(value: unknown): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : text(value).slice(0, 10);
  return /^\d{4}(-\d{2}){0,2}$/.test(iso) ? formatPartialDate(iso) : '';
}

/** The ISO day for <time datetime>, or nothing when the field is not yet a date. */
export function isoText(value: unknown): string | undefined {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : text(value).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : undefined;
}

export function monthText(value: unknown): string {
  const month = text(value);
  return /^\d{4}-\d{2}$/.test(month) ? formatMonth(month) : month;
}

/** The title the site shows for an entry named by id, or the id as written (so a wrong id is still seen). */
export function titleOf(site: PreviewSite, collection: string, id: unknown): string {
  const key = text(id);
  return site.titles[collection]?.[key] ?? key;
}
