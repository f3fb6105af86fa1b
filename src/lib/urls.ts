/**
 * The one base-path helper. The site may be served under a sub-path (SITE_BASE=/djzy/), so every internal link,
 * asset and link written inside MDX goes through withBase.
 */

const defaultBase = (): string => import.meta.env?.BASE_URL ?? '/';

/** '/djzy' or 'djzy/' → '/djzy/'; '' → '/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** True for links that leave the site or stay on the page: they are never prefixed. */
export function isExternalOrSpecial(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/|#|\?)/i.test(url);
}

/** Prefix a root-relative site path ('/guide/') with the base ('/djzy/guide/'); other URLs pass through. */
export function withBase(path: string, base: string = defaultBase()): string {
  if (!path.startsWith('/') || isExternalOrSpecial(path)) return path;
  return normalizeBase(base) + path.slice(1);
}

/** The inverse, for checks over dist/: the site path of a URL path under the base, or null if it escapes it. */
export function stripBase(urlPath: string, base: string): string | null {
  const b = normalizeBase(base);
  if (urlPath === b.slice(0, -1)) return '/';
  return urlPath.startsWith(b) ? `/${urlPath.slice(b.length)}` : null;
}
