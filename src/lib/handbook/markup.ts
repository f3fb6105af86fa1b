/**
 * The handbook's markup that the print page (src/pages/[...past]/guide/print.astro) writes and the PDF step reads
 * (source.ts beside this file): named once, so the page and the PDF cannot drift apart.
 */

/** The class of the print page's element that is the handbook; its markup is the source of the PDF. */
export const HANDBOOK_CLASS = 'handbook';
/** Marks what belongs to the web page only (the PDF download link itself): left out of the PDF and its key. */
export const SCREEN_ONLY_ATTR = 'data-handbook-screen';
/** On each link of the contents, its level (1: a chapter or appendix, 2: a procedure): the PDF's bookmarks. */
export const CONTENTS_LEVEL_ATTR = 'data-contents-level';
/** On each contents entry's empty page-number slot, the id of what the entry leads to. */
export const PAGE_SLOT_ATTR = 'data-page-for';
/** The class of the page-number slot (a fixed width in print, so filling it moves nothing). */
export const PAGE_SLOT_CLASS = 'toc-page';
/** The class of an entry's title in the contents. */
export const CONTENTS_TITLE_CLASS = 'toc-title';

/** Where a chapter and a procedure begin in the handbook: the contents' targets, and the PDF's links inside itself. */
export const chapterAnchor = (id: string): string => `chapter-${id}`;
export const procedureAnchor = (id: string): string => `procedure-${id}`;
