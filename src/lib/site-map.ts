/**
 * The set of pages the site builds, derived from the content entries. The content checker uses it to find links
 * inside MDX that point nowhere; the page files under src/pages/ generate exactly these addresses.
 */
import type { CollectionName } from '../schemas/context.ts';
import { chapterOfProcedure, routes } from './routes.ts';
import { POSTS } from '../schemas/seed-facts.ts';

export interface EntryRef {
  collection: CollectionName;
  id: string;
  /** Repository-relative path of the entry's file. */
  filePath: string;
  /** The entry's data, where a page depends on it (a procedure with a timeline has a 时间推算 page). */
  data?: unknown;
}

const STATIC_PAGES = [
  routes.home(),
  routes.duties(),
  routes.roles(),
  routes.guide(),
  routes.handbook(),
  routes.flowcharts(),
  routes.templates(),
  routes.regulations(),
  routes.changelog(),
  routes.editions(),
  routes.bulletins(),
  routes.publicity(),
  routes.rectification(),
  routes.units(),
  routes.cases(),
  routes.tools(),
  routes.selfCheck(),
  routes.partyDues(),
  routes.timelines(),
  routes.search(),
  routes.contribute(),
  routes.itOffice(),
];

/** The page of one entry, or null for entries shown only inside other pages (anchors). */
export function pageOf(entry: EntryRef): string | null {
  switch (entry.collection) {
    case 'duties':
      return routes.dutyList(entry.id);
    case 'chapters':
      return routes.chapter(entry.id);
    case 'procedures':
      return routes.procedure(chapterOfProcedure(entry.filePath), entry.id);
    case 'flowcharts':
      return routes.flowchart(entry.id);
    case 'templates':
      return routes.template(entry.id);
    case 'bulletins':
      return routes.bulletin(entry.id);
    case 'publicity':
      return routes.publicityItem(entry.id);
    case 'units':
      return routes.unit(entry.id);
    case 'cases':
      return routes.case(entry.id);
    case 'series':
      return routes.series(entry.id);
    default:
      return null;
  }
}

export function allPageRoutes(entries: readonly EntryRef[]): Set<string> {
  const pages = new Set<string>(STATIC_PAGES);
  for (const post of POSTS) pages.add(routes.role(post.id));
  for (const entry of entries) {
    const page = pageOf(entry);
    if (page) pages.add(page);
    if (entry.collection === 'procedures' && (entry.data as { timeline?: unknown } | undefined)?.timeline) {
      pages.add(routes.timeline(entry.id));
    }
  }
  return pages;
}
