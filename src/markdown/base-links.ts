/**
 * Sätteri HAST plugin: root-relative links and images written inside Markdown/MDX (`[程序](/guide/…/)`) get the
 * site's base, so content works unchanged under an intranet sub-path such as /djzy/.
 */
import { defineHastPlugin } from 'satteri';
import { withBase } from '../lib/urls.ts';

const URL_PROPERTIES: Record<string, string> = { a: 'href', img: 'src' };

export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'djzy-base-links',
    element: {
      filter: Object.keys(URL_PROPERTIES),
      visit(node, ctx) {
        const property = URL_PROPERTIES[node.tagName];
        const value = property ? node.properties?.[property] : undefined;
        if (property && typeof value === 'string') {
          const prefixed = withBase(value, base);
          if (prefixed !== value) ctx.setProperty(node, property, prefixed);
        }
      },
    },
  });
}
