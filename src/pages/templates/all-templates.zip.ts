/** /templates/all-templates.zip: every template's Word file (and uploaded originals) in one download. */
import type { APIRoute } from 'astro';
import { getTemplates } from '../../data/entries.ts';
import { templateZipEntries } from '../../data/templates.ts';
import { zipResponse } from '../../lib/zip.ts';

export const GET: APIRoute = async () => zipResponse(await templateZipEntries(await getTemplates()));
