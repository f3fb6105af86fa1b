/** /templates/<id>.docx: each template as a Word file laid out to GB/T 9704-2012, built from its MDX body. */
import type { APIRoute } from 'astro';
import { getTemplateDocx, getTemplateDocxPaths } from '../../../data/templates.ts';

export const getStaticPaths = getTemplateDocxPaths;

export const GET: APIRoute = async ({ props }) => {
  const { id, past } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const buffer = await getTemplateDocx(id, past);
  return new Response(new Uint8Array(buffer), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
