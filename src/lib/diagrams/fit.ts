/**
 * How big a chart is drawn, on a screen and on paper, so that its labels stay readable.
 *
 * Screens: a chart scales with its column but never below 12 px labels (16 px in 长者模式); past that it scrolls
 * sideways and its full-size page takes over. Paper (A4): each chart gets pages of its own, at the largest scale
 * that fits the page width with labels of at least 8 pt, turned to landscape when portrait would be smaller, and cut
 * into page-high slices between rows of labels (the label bands the render step measured), never through one.
 *
 * The numbers here must agree with print.css (@page margins) and base.css (the .diagram rules).
 */
import { LABEL_PX } from './config.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** A horizontal strip of the chart, in its viewBox units, holding labels or shapes that must not be cut. */
export interface Band {
  top: number;
  bottom: number;
}

const MM_PER_PX = 25.4 / 96;
const PT_PER_PX = 72 / 96;

export const SCREEN_MIN_LABEL_PX = 12;
export const ELDER_MIN_LABEL_PX = 16;
/** 长者模式 may enlarge a chart up to this label size where the column allows. */
export const ELDER_MAX_LABEL_PX = 20;
export const PRINT_MIN_LABEL_PT = 8;

/** The A4 content boxes of print.css: portrait (@page, 18 mm × 16 mm margins) and the landscape chart pages. */
export const PRINT_PAGES = {
  portrait: { widthMm: 210 - 2 * 16, heightMm: 297 - 2 * 18 },
  landscape: { widthMm: 297 - 2 * 16, heightMm: 210 - 2 * 16 },
} as const;
/** Room kept on a chart's first page for the heading above it and the slice's caption, and on the others for the caption. */
const PRINT_RESERVE_MM = { first: 26, next: 10 };

export function readViewBox(svg: string): Box | undefined {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const values = /\sviewBox="([^"]+)"/.exec(root)?.[1]?.trim().split(/[\s,]+/).map(Number);
  if (!values || values.length !== 4 || values.some((v) => !Number.isFinite(v))) return undefined;
  const [x, y, width, height] = values as [number, number, number, number];
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The render step records the bands on the root as data-bands="top bottom,top bottom,…". */
export function withBands(svg: string, bands: Band[]): string {
  const value = mergeBands(bands)
    .map((b) => `${round(b.top)} ${round(b.bottom)}`)
    .join(',');
  return svg.replace(/^<svg\b/, `<svg data-bands="${value}"`);
}

export function readBands(svg: string): Band[] {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const value = /\sdata-bands="([^"]*)"/.exec(root)?.[1] ?? '';
  return value
    .split(',')
    .map((pair) => pair.trim().split(/\s+/).map(Number))
    .filter((p): p is [number, number] => p.length === 2 && p.every(Number.isFinite) && p[1]! > p[0]!)
    .map(([top, bottom]) => ({ top, bottom }));
}

/** Overlapping or touching bands become one: a cut may only fall between them. */
export function mergeBands(bands: Band[]): Band[] {
  const sorted = [...bands].sort((a, b) => a.top - b.top);
  const merged: Band[] = [];
  for (const band of sorted) {
    const last = merged[merged.length - 1];
    if (last && band.top <= last.bottom) last.bottom = Math.max(last.bottom, band.bottom);
    else merged.push({ ...band });
  }
  return merged;
}

/**
 * Cut [top, bottom] into the fewest slices no taller than maxHeight (the first, which shares its page with the
 * heading above the chart, no taller than firstMaxHeight), each cut in the middle of a gap between
 * bands, and among those cuttings the one whose shortest slice is tallest (no near-empty page). Where a band is
 * taller than a page (no gap to cut in), it is cut at the page height: better a label split than a chart lost.
 */
export function sliceRange(
  top: number,
  bottom: number,
  bands: Band[],
  maxHeight: number,
  firstMaxHeight = maxHeight,
): Band[] {
  const points = cutPoints(top, bottom, mergeBands(bands), Math.min(maxHeight, firstMaxHeight));
  const limit = (i: number) => (i === 0 ? firstMaxHeight : maxHeight);
  const last = points.length - 1;
  // best[i] = [slices, shortest slice] of the best cutting of points[i]..bottom (fewest slices, then tallest
  // shortest one), with next[i] the cut it makes.
  const best: [number, number][] = Array.from({ length: points.length }, () => [Infinity, 0]);
  const next: number[] = new Array(points.length).fill(last);
  best[last] = [0, Infinity];
  for (let i = last - 1; i >= 0; i -= 1) {
    for (let j = i + 1; j <= last && points[j]! - points[i]! <= limit(i); j += 1) {
      const [count, shortest] = best[j]!;
      const candidate: [number, number] = [count + 1, Math.min(shortest, points[j]! - points[i]!)];
      const current = best[i]!;
      if (candidate[0] < current[0] || (candidate[0] === current[0] && candidate[1] > current[1])) {
        best[i] = candidate;
        next[i] = j;
      }
    }
  }
  const slices: Band[] = [];
  for (let i = 0; i < last; i = next[i]!) slices.push({ top: points[i]!, bottom: points[next[i]!]! });
  return slices;
}

/** top, every allowed cut and bottom, with forced cuts added wherever no gap falls within a page height. */
function cutPoints(top: number, bottom: number, bands: Band[], maxHeight: number): number[] {
  const points = [top];
  for (const cut of [...gapCuts(top, bottom, bands), bottom]) {
    while (cut - points[points.length - 1]! > maxHeight) points.push(points[points.length - 1]! + maxHeight);
    points.push(cut);
  }
  return points;
}

/** Where a cut may fall: the middle of each gap between bands. */
function gapCuts(top: number, bottom: number, bands: Band[]): number[] {
  const cuts: number[] = [];
  let previous = top;
  for (const band of bands) {
    if (band.top > previous) cuts.push((previous + band.top) / 2);
    previous = Math.max(previous, band.bottom);
  }
  if (bottom > previous) cuts.push((previous + bottom) / 2);
  return cuts.filter((c) => c > top && c < bottom);
}

export interface PrintSlice extends Band {
  heightMm: number;
}
export interface PrintLayout {
  box: Box;
  orientation: keyof typeof PRINT_PAGES;
  widthMm: number;
  /** Label size on paper. */
  labelPt: number;
  slices: PrintSlice[];
}

/** The label size a chart of this width prints at on a page of this orientation. */
function printScale(width: number, orientation: keyof typeof PRINT_PAGES): number {
  return Math.min(1, PRINT_PAGES[orientation].widthMm / (width * MM_PER_PX));
}
const labelPtAt = (scale: number) => LABEL_PX * PT_PER_PX * scale;

export function printLayout(box: Box, bands: Band[]): PrintLayout {
  const portrait = printScale(box.width, 'portrait');
  // Portrait when it keeps labels at 8 pt; otherwise turn the page (landscape is wider, but shorter).
  const orientation = labelPtAt(portrait) >= PRINT_MIN_LABEL_PT ? 'portrait' : 'landscape';
  const scale = orientation === 'portrait' ? portrait : printScale(box.width, 'landscape');
  const mmPerUnit = scale * MM_PER_PX;
  const room = (reserveMm: number) => (PRINT_PAGES[orientation].heightMm - reserveMm) / mmPerUnit;
  const slices = sliceRange(box.y, box.y + box.height, bands, room(PRINT_RESERVE_MM.next), room(PRINT_RESERVE_MM.first)).map((s) => ({
    ...s,
    heightMm: round((s.bottom - s.top) * mmPerUnit),
  }));
  return { box, orientation, widthMm: round(box.width * mmPerUnit), labelPt: Math.floor(labelPtAt(scale) * 10) / 10, slices };
}

export interface ScreenFit {
  /** Narrowest width (px) at which labels are still 12 px; below it the chart scrolls. */
  minPx: number;
  /** Natural width: charts are not blown up beyond their drawn size in the normal mode. */
  maxPx: number;
  elderMinPx: number;
  elderMaxPx: number;
}

export function screenFit(box: Box): ScreenFit {
  const at = (labelPx: number) => Math.ceil((box.width * labelPx) / LABEL_PX);
  return {
    minPx: at(SCREEN_MIN_LABEL_PX),
    maxPx: at(LABEL_PX),
    elderMinPx: at(ELDER_MIN_LABEL_PX),
    elderMaxPx: at(ELDER_MAX_LABEL_PX),
  };
}

/** The 长者模式 scopes of elder.css: with JS (.elder on <html>) and without (the :target link). */
const ELDER_SCOPES = ['html.elder .page', '.page:target'];
/** The scroll box's padding and border around the chart (base.css .diagram-scroll). */
const SCROLL_BOX_PX = 8 * 2 + 2;
/** Phones: the column is the viewport less the page's side padding and the scroll box's padding and border. */
const PHONE_GUTTER_PX = 16 * 2 + SCROLL_BOX_PX;

/**
 * The per-chart rules (one <style> per chart, allowed by the CSP by hash): its width limits on screen, the width it
 * asks of the page, when the phone hint shows, and its slices' size on paper.
 */
export function diagramFitCss(key: string, box: Box, print: PrintLayout): string {
  const fit = screenFit(box);
  const chart = `[data-diagram="${key}"]`;
  const svg = `${chart} .diagram-scroll svg`;
  const scrollBox = `${chart} .diagram-scroll`;
  const rules = [
    `${svg}{min-width:${fit.minPx}px;max-width:${fit.maxPx}px}`,
    // The width it asks of the page: drawn size, larger in 长者模式; wider than the column, it leaves it (base.css).
    `${scrollBox}{--chart-w:${fit.maxPx + SCROLL_BOX_PX}px}`,
    `${ELDER_SCOPES.map((s) => `${s} ${scrollBox}`).join(',')}{--chart-w:${fit.elderMaxPx + SCROLL_BOX_PX}px}`,
    `${ELDER_SCOPES.map((s) => `${s} ${svg}`).join(',')}{min-width:${fit.elderMinPx}px;max-width:${fit.elderMaxPx}px}`,
    `@media (max-width:${fit.minPx + PHONE_GUTTER_PX}px){${chart} .diagram-hint{display:block}}`,
    `@media (max-width:${fit.elderMinPx + PHONE_GUTTER_PX}px){${ELDER_SCOPES.map((s) => `${s} ${chart} .diagram-hint`).join(',')}{display:block}}`,
    // The full-size page: drawn size, and larger in 长者模式.
    `${ELDER_SCOPES.map((s) => `${s} ${chart}.diagram-full svg`).join(',')}{width:${fit.elderMaxPx}px;height:auto}`,
    `${chart} .diagram-slice{width:${print.widthMm}mm}`,
    ...print.slices.map((s, i) => `${chart} .diagram-slice-${i + 1}{height:${s.heightMm}mm}`),
  ];
  return rules.join('');
}
