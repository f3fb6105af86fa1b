/**
 * Every page of a static build sees the same content, so a query over a whole collection is computed once per
 * build rather than once per page (per page, the guide's navigation made the build quadratic in the number of
 * procedures). The dev server recomputes on each call, because content changes under it. Callers must not mutate
 * what they get back: it is shared by all pages.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (result ??= compute()));
}

/** oncePerBuild for a function of one key (a past edition's year, or undefined for the current text). */
export function oncePerKey<K, T>(compute: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const results = new Map<K, Promise<T>>();
  return (key) => {
    if (import.meta.env.DEV) return compute(key);
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key)!;
  };
}
