/**
 * What a page of a past edition needs beyond its text: the addresses the edition holds (its links stay inside it,
 * src/data/queries/edition-links.ts) and the banner naming the edition and the current text of the same page.
 */
import { editionPath, routes } from '../../lib/routes.ts';
import { getPastEdition, reconstructionNote } from './editions.ts';
import { getChapters, getFlowcharts, getProcedures, getTemplates, type PastYear } from './entries.ts';
import { oncePerKey } from './once-per-build.ts';
import { getSiteInfo } from './site-info.ts';
import { procedureDownloads } from './template-files.ts';

/** The base-less addresses of the guide's pages in a text, as the current site spells them. */
export const guidePaths = oncePerKey(async (past: PastYear): Promise<ReadonlySet<string>> => {
  const paths = new Set([
    routes.guide(),
    routes.flowcharts(),
    routes.templates(),
    routes.regulations(),
    routes.allTemplatesZip(),
  ]);
  for (const c of await getChapters(past)) paths.add(routes.chapter(c.id));
  for (const p of await getProcedures(past)) {
    paths.add(routes.procedure(p.chapterId, p.id));
    const zip = (await procedureDownloads(p, past)).zip;
    if (zip) paths.add(zip.href);
  }
  for (const f of await getFlowcharts(past)) paths.add(routes.flowchart(f.id));
  for (const t of await getTemplates(past)) {
    paths.add(routes.template(t.id));
    paths.add(routes.templateDocx(t.id));
  }
  return paths;
});

export interface PastEditionNotice {
  year: string;
  /** “2022 年版”. */
  title: string;
  date: Date;
  example: boolean;
  /** For a reconstructed edition, what it is (reconstructionNote), said before anything else on its pages. */
  reconstruction?: string | undefined;
  /** The edition's home page: its contents, revision summary and errata. */
  home: string;
  errata: number;
  /** The edition in force. */
  currentTitle: string;
  /** The same page in the current text, when it still has one (for the edition's home: the current guide). */
  currentHref?: string | undefined;
  /** Whether this is the edition's home page. */
  isHome: boolean;
}

/** The banner of a past edition's page at `currentPath` (its address in the current site's spelling). */
export async function getPastEditionNotice(year: string, currentPath: string): Promise<PastEditionNotice> {
  const { view } = await getPastEdition(year);
  const current = await guidePaths(undefined);
  // A procedure moved to another chapter is still the same procedure.
  const procedureId = /^\/guide\/[^/]+\/([^/]+)\/$/.exec(currentPath)?.[1];
  const moved = procedureId && (await getProcedures()).find((p) => p.id === procedureId);
  return {
    year,
    title: view.title,
    date: view.date,
    example: view.example,
    reconstruction: view.reconstructed ? reconstructionNote('本版') : undefined,
    home: editionPath(year, '/'),
    errata: view.errata.length,
    currentTitle: (await getSiteInfo()).edition?.title ?? '现行版本',
    currentHref:
      currentPath === '/'
        ? routes.guide()
        : current.has(currentPath)
          ? currentPath
          : moved
            ? routes.procedure(moved.chapterId, moved.id)
            : undefined,
    isHome: currentPath === '/',
  };
}
