/**
 * How the views make Word files and zips. In a build, on a worker thread beside Astro's rendering
 * (src/lib/beside/word-files.ts), and started early: Astro asks every route for its paths before it renders
 * the first page (generatePages in node_modules/astro/dist/core/build/generate.js), so the endpoints' paths start
 * their files and the files are ready when Astro reaches them. The dev server makes them in its own thread, when
 * asked: a worker keeps the code it started with, and would not show an edit of src/lib/docx/.
 */
import { renderTemplateDocx } from '../../lib/docx/render.ts';
import { packZip } from '../../lib/zip.ts';
import { wordFilesBeside } from '../../lib/beside/word-files.ts';
import { projectRoot } from './project.ts';

const beside = import.meta.env.DEV ? undefined : wordFilesBeside(projectRoot());

/** A Word file of a document model. */
export const renderDocx = beside?.docx ?? renderTemplateDocx;

/** The bytes of a zip whose entries have passed the publishing gate. */
export const packZipFile = beside?.zip ?? packZip;

/**
 * In a build, start `work` (a once-per-build query) now; whoever awaits it later gets its result or its error. The
 * dev server computes such queries afresh on each call, so starting one early would only be wasted.
 */
export function startEarly(work: () => Promise<unknown>): void {
  if (!import.meta.env.DEV) work().catch(() => {});
}
