/**
 * A keyboard reader tabbing through the links in a chart wider than its box: Chromium (seen in 156) scrolls the page
 * to a focused SVG link but not the chart's own box sideways, so the link can sit hidden past the box's edge. Scroll
 * it into the box; the box's scroll-padding (styles/base.css) leaves room for the focus ring.
 */
export function keepChartLinksInView() {
  document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (typeof SVGElement !== 'undefined' && target instanceof SVGElement && target.closest('.diagram-scroll')) {
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  });
}
