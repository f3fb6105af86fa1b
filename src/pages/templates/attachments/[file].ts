/** /templates/attachments/<file>: uploaded originals, published only once they pass the publishing gate again. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAttachment, getAttachmentPaths } from '../../../data/templates.ts';

export const getStaticPaths = getAttachmentPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(await getAttachment(params.file!));
