/** /templates/attachments/<file>: uploaded originals that passed the attachment gate. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTemplates } from '../../../data/entries.ts';
import { ATTACHMENT_DIR } from '../../../lib/content-check/attachments.ts';

export const getStaticPaths = (async () => {
  const files = new Set((await getTemplates()).flatMap((t) => (t.data.attachments ?? []).map((a) => a.file)));
  return [...files].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readFileSync(join(process.cwd(), ATTACHMENT_DIR, params.file!))));
