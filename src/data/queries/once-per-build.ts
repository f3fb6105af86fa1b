/**
 * Every page of a static build sees the same content, so a query over a whole collection is computed once per
 * build rather than once per page (per page, the guide's navigation made the build quadratic in the number of
 * procedures). The dev server computes them again for each page it serves, because content changes under it. Callers must not mutate
 * what they get back: it is shared by all pages.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { rememberYamlIn, yamlMemoInMemory } from '../../lib/content-source/source-map.ts';

// The dev server reads the frozen editions' files on every page (the edition chain and its comparisons): a text read
// before is not parsed again (about 0.7 s of every page otherwise; an edited file is a new text).
if (import.meta.env.DEV) rememberYamlIn(yamlMemoInMemory());

export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? oncePerRequest(compute, compute) : (result ??= compute()));
}

/**
 * The dev server's answers for the page being rendered (the middleware opens one per request, src/middleware.ts):
 * content may change between two requests, never during one, so a query the page's parts ask again is computed
 * once per page view instead of once per asker.
 */
const requestAnswers = new AsyncLocalStorage<Map<unknown, Promise<unknown>>>();

export const withRequestAnswers = <T>(render: () => T): T => requestAnswers.run(new Map(), render);

function oncePerRequest<T>(key: unknown, compute: () => Promise<T>): Promise<T> {
  const answers = requestAnswers.getStore();
  if (!answers) return compute();
  if (!answers.has(key)) answers.set(key, compute());
  return answers.get(key) as Promise<T>;
}

/** oncePerBuild for a function of one key (a past edition's year, or undefined for the current text). */
export function oncePerKey<K, T>(compute: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const results = new Map<K, Promise<T>>();
  const perKey = new Map<K, () => Promise<T>>();
  return (key) => {
    if (import.meta.env.DEV) {
      if (!perKey.has(key)) perKey.set(key, () => compute(key));
      return oncePerRequest(perKey.get(key)!, perKey.get(key)!);
    }
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key)!;
  };
}
