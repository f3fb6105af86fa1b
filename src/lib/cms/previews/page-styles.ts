/**
 * What a preview needs from the built reader pages, read when the build writes /admin/
 * (src/pipeline/integrations/editor.ts): the stylesheets the pages link (hashed files in _astro/, already under the
 * site's base path) and, for each class a component's scoped rules name, the attribute Astro scopes them with
 * (`.task-list[data-astro-cid-6umzznyx]`), so the previews can carry it and those rules apply to them. The scopes
 * are read from the rules, not from the pages: a component no built page shows (a case's generated cover, while
 * every case has a photo) still has its rules in the stylesheet.
 */

const LINK = /<link\b[^>]*>/g;
const SCOPED_CLASS = /\.(-?[_a-zA-Z][\w-]*)\[(data-astro-cid-[a-z0-9]+)\]/g;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The stylesheets the pages link, in the order they link them, each once. */
export function stylesheetsOf(pages: readonly string[]): string[] {
  const styles: string[] = [];
  for (const html of pages) {
    for (const [link] of html.matchAll(LINK)) {
      const href = attr(link, 'href');
      if (attr(link, 'rel') === 'stylesheet' && href && !styles.includes(href)) styles.push(href);
    }
  }
  return styles;
}

/** Class → scope attribute, from the scoped rules of the stylesheets (the first rule naming a class wins). */
export function cssScopes(stylesheets: readonly string[]): Record<string, string> {
  const scopes: Record<string, string> = {};
  for (const css of stylesheets) {
    for (const [, name, scope] of css.matchAll(SCOPED_CLASS)) if (!(name! in scopes)) scopes[name!] = scope!;
  }
  return scopes;
}
