/**
 * What every preview shares: above the entry, the problems `npm run check` would report that the browser can
 * already see (the warnings come from the caller, src/client/editor/previews.ts), and the 示例 badge the pages put
 * beside an illustrative entry's title (src/components/site/ExampleBadge.astro).
 */
import type { Child, H } from './element.ts';

export const WARNINGS_HEADING = '提交前请改正';

/**
 * The entry's preview in the frame of a reader page (src/layouts/Base.astro: the body's type size on .page, the
 * margins of .container), with the warnings box above it when there is something to correct.
 */
export function withWarnings(h: H, warnings: readonly string[], preview: Child): unknown {
  return h(
    'div',
    { className: 'page' },
    h('main', { className: 'page-main' }, h('div', { className: 'container' }, warningsBox(h, warnings), preview)),
  );
}

function warningsBox(h: H, warnings: readonly string[]): unknown {
  if (warnings.length === 0) return null;
  return h(
    'section',
    { className: 'panel entry-warnings', role: 'alert' },
    h('h2', null, h('span', { className: 'badge badge-warn' }, '需改正'), ' ', WARNINGS_HEADING),
    h('ul', null, ...warnings.map((warning) => h('li', null, warning))),
  );
}

export const exampleBadge = (h: H): unknown =>
  h('span', { className: 'badge badge-example', title: '示例内容，仅作示意，不代表真实情况' }, '示例');
