/** /templates/all-templates.zip: every template's Word file (and uploaded originals) in one download. */
import type { APIRoute } from 'astro';
import { getTemplates } from '../../../data/entries.ts';
import { getTemplatesPaths, templateZipEntries } from '../../../data/templates.ts';
import { zipResponse } from '../../../lib/zip.ts';

export const getStaticPaths = getTemplatesPaths;

export const GET: APIRoute = async ({ props }) => {
  const { past } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return zipResponse(await templateZipEntries(await getTemplates(past), past));
};
