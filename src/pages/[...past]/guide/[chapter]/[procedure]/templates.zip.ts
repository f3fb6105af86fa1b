/**
 * /guide/<chapter>/<procedure>/templates.zip: the Word files of one procedure's templates, built for procedures with
 * two or more (with one, its page links the Word file itself).
 */
import type { APIRoute } from 'astro';
import { getProcedureTemplatesZip, getProcedureZipPaths } from '../../../../../data/guide.ts';

export const getStaticPaths = getProcedureZipPaths;

export const GET: APIRoute = async ({ props }) => {
  const { templates, past } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return getProcedureTemplatesZip(templates, past);
};
