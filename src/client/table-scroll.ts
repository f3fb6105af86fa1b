/**
 * The line above a wide table (TableScroll.astro) shows when the table is wider than its box, at any width, and
 * hides when it fits; without JavaScript CSS shows it on narrow screens, where these tables do not fit.
 */
export function markScrollingTables() {
  const boxes = Array.from(document.querySelectorAll<HTMLElement>('[data-table-wide]'));
  if (boxes.length === 0) return;
  const mark = () => {
    for (const box of boxes) {
      const scroller = box.querySelector<HTMLElement>('.table-scroll');
      if (!scroller) continue;
      const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
      box.classList.toggle('table-overflows', scrolls);
      box.classList.toggle('table-fits', !scrolls);
    }
  };
  mark();
  let pending = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(mark, 150);
  });
}
