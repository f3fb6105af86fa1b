/**
 * Sätteri HAST plugin: wrap each Markdown table in a scrollable, keyboard-focusable region, so a wide table
 * scrolls inside itself on a 360 px phone instead of widening the page, and keyboard users can scroll it too.
 */
import { defineHastPlugin } from 'satteri';

export const tableScrollPlugin = defineHastPlugin({
  name: 'djzy-table-scroll',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: '表格（可左右滚动）' },
        children: [],
      });
    },
  },
});
