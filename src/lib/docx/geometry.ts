/**
 * The page of GB/T 9704-2012 in the units Word stores: A4, 天头 37 mm, 订口 28 mm, type area
 * 156 mm × 225 mm, so margins of 3.7 / 3.5 / 2.8 / 2.6 cm. The renderer lays the page out from these, and the title
 * splitter measures its lines against the same width.
 */
import type { Signature } from './model.ts';

/** Millimetres in twips (1 inch = 25.4 mm = 1440 twips). */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/** A4 in twips, as Word writes it. */
export const PAGE_SIZE = { width: 11906, height: 16838 } as const;

/** Margins in millimetres: 297 − 37 − 225 = 35 below, 210 − 28 − 156 = 26 on the right. */
export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 23 } as const;

/** Width of the type area: 210 − 28 − 26 = 156 mm, in twips. */
export const TYPE_AREA_WIDTH = mm(210 - MARGINS_MM.left - MARGINS_MM.right);

/** Sizes in half-points: 2号 22 pt (title), 3号 16 pt (body), 4号 14 pt (tables, page numbers). */
export const SIZE = { title: 44, body: 32, table: 28, pageNumber: 28 } as const;

/**
 * Full-width characters of a size that fit on one line of the type area. A Chinese character is one em wide, and
 * one em in twips is the size in half-points × 10: at 2号 8844 / 440 = 20.1, so 20 characters; at 3号 27.6, so 27
 * (GB/T 9704 rounds that to 28 by its character grid).
 */
export const charsPerLine = (halfPoints: number, width: number = TYPE_AREA_WIDTH): number =>
  Math.floor(width / (halfPoints * 10));

/** How many characters of 2号 title fit on one line: 20. */
export const TITLE_CHARS_PER_LINE = charsPerLine(SIZE.title);

/**
 * Characters below U+2E80 that a Chinese font sets a full em wide when Word's eastAsia hint applies (and LibreOffice
 * sets in the Asian font amid Chinese text): the placeholder ×, quotation marks, the ellipsis and the dash.
 */
const FULL_WIDTH_AMBIGUOUS = new Set(['×', '“', '”', '‘', '’', '…', '—', '·']);

/**
 * Visible width of a line in Chinese characters (ASCII counts as half, ×× placeholders and “” as whole), for
 * placing the 落款 and breaking titles.
 */
export function charWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) >= 0x2e80 || FULL_WIDTH_AMBIGUOUS.has(ch) ? 1 : 0.5;
  return width;
}

/**
 * Right indent, in characters, of the 署名 so that it is centred over the 成文日期, which stands 4 characters from
 * the right margin (GB/T 9704-2012 7.3.5.1).
 */
export function signatureIndent(signature: Signature): { org: number; date: number } {
  const date = 4;
  const org = Math.max(0, date + (charWidth(signature.date) - charWidth(signature.org)) / 2);
  return { org, date };
}
