/**
 * The one way a view writes a link in a text: `(await editionLinks(past))(routes.x(…))` is the current address
 * for the current text and, in a past edition, the edition's own address when the edition holds that page
 * (src/lib/editions/links.ts). So a past edition's pages are rendered with their links right; nothing rewrites them
 * afterwards but what no view writes: an MDX body's own links (src/components/editions/EditionBody.astro) and the
 * links drawn into a cached chart (prefixSvgLinks in src/lib/diagrams/figure.ts, given the view's `drawnLinks`).
 */
import { currentTextLinks, pastEditionLinks, type TextLinks } from '../../lib/editions/links.ts';
import type { Link } from '../../lib/navigation.ts';
import { routes } from '../../lib/routes.ts';
import type { PastYear } from './entries.ts';
import { oncePerKey } from './once-per-build.ts';
import { guidePaths } from './past-editions.ts';

export type { TextLinks };

/** The links of a text: undefined for the current text (every address as it is), else a past edition's year. */
export const editionLinks = oncePerKey(async (past: PastYear): Promise<TextLinks> =>
  past === undefined ? currentTextLinks : pastEditionLinks(past, await guidePaths(past)),
);

/** A guide page's breadcrumb trail in a text: 工作指引, then the pages above it, each as [label, current address]. */
export const guideTrail = (link: TextLinks, ...above: [label: string, path: string][]): Link[] =>
  [['工作指引', routes.guide()] as const, ...above].map(([label, path]) => ({ label, href: link(path) }));
