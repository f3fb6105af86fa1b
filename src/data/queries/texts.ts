/**
 * The guide's pages are built once for the current text and once for each past edition, from the same page files
 * (src/pages/[...past]/), so /guide/x/ and /editions/2022/guide/x/ are one page rendered from two texts. Which text
 * is one name with one meaning throughout the views and pages: `past`, the past edition's year, undefined for the
 * current text. Only here is it turned into the address's rest parameter (`editions/<year>`, spelled by
 * editionPath in src/lib/routes.ts), which the pages never read.
 */
import { editionPath } from '../../lib/routes.ts';
import { getPastEditions } from './editions.ts';
import type { PastYear } from './entries.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The texts the guide's pages are built for: the current text (undefined), then each past edition's year. */
export const guideTexts = oncePerBuild(async (): Promise<PastYear[]> => [
  undefined,
  ...(await getPastEditions()).map((e) => e.year),
]);

/** The rest parameter of a text's pages: undefined for the current text, editions/<year> for a past edition. */
const pastParam = (past: PastYear) => (past === undefined ? undefined : editionPath(past, '/').slice(1, -1));

interface TextPath {
  params: Record<string, string>;
  props: Record<string, unknown>;
}

/** A getStaticPaths over some texts, from the paths of one text: each path gets the rest parameter and `props.past`. */
function inTexts<T extends PastYear, P extends TextPath>(texts: () => Promise<T[]>, paths: (past: T) => Promise<P[]>) {
  return async () =>
    (
      await Promise.all(
        (await texts()).map(async (past) =>
          (await paths(past)).map((p) => ({
            params: { ...p.params, past: pastParam(past) },
            props: { ...p.props, past } as P['props'] & { past: T },
          })),
        ),
      )
    ).flat();
}

/** The pages every text has: the guide, its flowcharts, templates and catalogue. */
export const inEveryText = <P extends TextPath>(paths: (past: PastYear) => Promise<P[]>) => inTexts(guideTexts, paths);

/** The pages only a past edition has: its home, /editions/<year>/. */
export const inPastTexts = <P extends TextPath>(paths: (past: string) => Promise<P[]>) =>
  inTexts(async () => (await guideTexts()).filter((past) => past !== undefined), paths);

/** The pages only the current text has: the whole guideline as one document, /guide/print/, printed to the PDF. */
export const inCurrentText = <P extends TextPath>(paths: () => Promise<P[]>) => inTexts(async () => [undefined], paths);
