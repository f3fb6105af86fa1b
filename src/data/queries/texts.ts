/**
 * The guide's pages are built once for the current text and once for each past edition, from the same page files
 * (src/pages/[...past]/): the rest parameter `past` is undefined for the current text and `editions/<year>` for a
 * past edition, so /guide/x/ and /editions/2022/guide/x/ are one page rendered from two texts.
 */
import { getPastEditions } from './editions.ts';
import type { PastYear } from './entries.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The texts the guide's pages are built for: the current text (undefined), then each past edition's year. */
export const guideTexts = oncePerBuild(async (): Promise<PastYear[]> => [
  undefined,
  ...(await getPastEditions()).map((e) => e.year),
]);

/** The rest parameter of a text's pages: undefined for the current text, editions/<year> for a past edition. */
const pastParam = (past: PastYear) => (past === undefined ? undefined : `editions/${past}`);

interface TextPath {
  params: Record<string, string>;
  props: Record<string, unknown>;
}

/**
 * A getStaticPaths over every text, from the paths of one text: each path gets the rest parameter and the year as
 * `props.past`.
 */
export function inEveryText<P extends TextPath>(paths: (past: PastYear) => Promise<P[]>) {
  return async () =>
    (
      await Promise.all(
        (await guideTexts()).map(async (past) =>
          (await paths(past)).map((p) => ({
            params: { ...p.params, past: pastParam(past) },
            props: { ...p.props, past } as P['props'] & { past: PastYear },
          })),
        ),
      )
    ).flat();
}
