/**
 * Make ids unique when several rendered documents share one page (the printable handbook): every id="x" inside
 * becomes id="prefix-x", and in-document links href="#x" and the ids an aria-labelledby or aria-describedby names
 * follow. Links to other pages are left alone.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/(\sid=")([^"]+)"/g, (_m, start: string, id: string) => `${start}${prefix}-${id}"`)
    .replace(/(\shref="#)([^"]+)"/g, (_m, start: string, id: string) => `${start}${prefix}-${id}"`)
    .replace(
      /(\saria-(?:labelledby|describedby)=")([^"]+)"/g,
      (_m, start: string, ids: string) => `${start}${ids.replace(/\S+/g, (id) => `${prefix}-${id}`)}"`,
    );
}

/** Lower every heading by `levels` (h2 → h4 for levels = 2), capped at h6, so embedded documents nest properly. */
export function demoteHeadings(html: string, levels: number): string {
  return html.replace(/<(\/?)h([1-6])(\s|>)/g, (_m, slash: string, level: string, after: string) => {
    return `<${slash}h${Math.min(6, Number(level) + levels)}${after}`;
  });
}
