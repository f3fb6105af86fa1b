/** /templates/attachments/<file>: uploaded originals, published only once they pass the publishing gate again. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTemplates } from '../../../data/entries.ts';
import { ATTACHMENT_DIR } from '../../../lib/content-check/attachments.ts';
import { assertSafeToPublish } from '../../../lib/files/inspect.ts';

export const getStaticPaths = (async () => {
  const files = new Set((await getTemplates()).flatMap((t) => (t.data.attachments ?? []).map((a) => a.file)));
  return [...files].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = new Uint8Array(readFileSync(join(process.cwd(), ATTACHMENT_DIR, params.file!)));
  await assertSafeToPublish([{ name: params.file!, bytes }]);
  return new Response(bytes);
};
