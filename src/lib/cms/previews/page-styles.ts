/**
 * What a preview needs from the built reader pages, read from their HTML when the build writes /admin/
 * (src/pipeline/integrations/editor.ts): the stylesheets they link (hashed files in _astro/, already under the
 * site's base path) and, for each class, the scope attribute Astro puts on the elements of the component that uses
 * it (data-astro-cid-…), so the previews can carry it and the components' scoped rules apply to them.
 */

export interface PageStyles {
  styles: string[];
  scopes: Record<string, string>;
}

const LINK = /<link\b[^>]*>/g;
const TAG = /<[a-z][a-z0-9-]*\b[^>]*>/g;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Stylesheets in the order the pages link them, each once; scopes by the first element that shows a class. */
export function pageStyles(pages: readonly string[]): PageStyles {
  const styles: string[] = [];
  const scopes: Record<string, string> = {};
  for (const html of pages) {
    for (const [link] of html.matchAll(LINK)) {
      const href = attr(link, 'href');
      if (attr(link, 'rel') === 'stylesheet' && href && !styles.includes(href)) styles.push(href);
    }
    for (const [tag] of html.matchAll(TAG)) {
      const scope = /\s(data-astro-cid-[a-z0-9]+)/.exec(tag)?.[1];
      const classes = attr(tag, 'class');
      if (!scope || !classes) continue;
      for (const name of classes.split(/\s+/)) if (name && !(name in scopes)) scopes[name] = scope;
    }
  }
  return { styles, scopes };
}
