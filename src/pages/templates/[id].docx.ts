/** /templates/<id>.docx: each template as a Word file laid out to GB/T 9704-2012, built from its MDX body. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTemplates } from '../../data/entries.ts';
import { getTemplateDocx } from '../../data/templates.ts';

export const getStaticPaths = (async () => {
  const templates = await getTemplates();
  return templates.map((template) => ({ params: { id: template.id }, props: { template } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { template } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const buffer = await getTemplateDocx(template.id);
  return new Response(new Uint8Array(buffer), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
