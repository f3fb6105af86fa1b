/** /templates/all-templates.zip: every template's Word file (and uploaded originals) in one download. */
import type { APIRoute } from 'astro';
import { getAllTemplatesZip, getAllTemplatesZipPaths } from '../../../data/templates.ts';

export const getStaticPaths = getAllTemplatesZipPaths;

export const GET: APIRoute = async ({ props }) => {
  const { past } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return getAllTemplatesZip(past);
};
