/**
 * Card grids whose columns follow the number of cards, so no row ends with one card on its own (five cards on four
 * columns leave one behind; on three they sit 3 + 2). The page asks for at most so many columns per screen width
 * and gets the most that leave no orphan.
 */

/** Screen widths, as the classes the card grid styles know: narrow (phones), medium (< 64em), wide. */
export const GRID_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type GridWidth = (typeof GRID_WIDTHS)[number];

/** The most columns, up to `widest`, that do not leave a lone card on the last row. */
export function balancedColumns(count: number, widest: number): number {
  for (let columns = Math.min(widest, count); columns > 1; columns--) {
    if (count % columns !== 1) return columns;
  }
  return 1;
}

/** Classes for a grid of `count` cards, e.g. “cols-narrow-1 cols-medium-3 cols-wide-3”. */
export function gridClass(count: number, widest: Record<GridWidth, number>): string {
  return GRID_WIDTHS.map((width) => `cols-${width}-${balancedColumns(count, widest[width])}`).join(' ');
}
