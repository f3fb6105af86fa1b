/**
 * The scopes of the reader pages' components, read when the build writes /admin/ (src/pipeline/integrations/editor.ts;
 * the stylesheets themselves come from stylesheetsOf, src/lib/html.ts): for each class a component's scoped rules
 * name, the attribute Astro scopes them with (`.task-list[data-astro-cid-6umzznyx]`), so the previews can carry it
 * and those rules apply to them. The scopes are read from the rules, not from the pages: a component no built page
 * shows (a case's generated cover, while every case has a photo) still has its rules in the stylesheet.
 */

const SCOPED_CLASS = /\.(-?[_a-zA-Z][\w-]*)\[(data-astro-cid-[a-z0-9]+)\]/g;

/** Class → scope attribute, from the scoped rules of the stylesheets (the first rule naming a class wins). */
export function cssScopes(stylesheets: readonly string[]): Record<string, string> {
  const scopes: Record<string, string> = {};
  for (const css of stylesheets) {
    for (const [, name, scope] of css.matchAll(SCOPED_CLASS)) if (!(name! in scopes)) scopes[name!] = scope!;
  }
  return scopes;
}
