/** /templates/all-templates.zip: every template's Word file (and uploaded originals) in one download. */
import type { APIRoute } from 'astro';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTemplates } from '../../data/entries.ts';
import { docxFileName, documentOf } from '../../data/templates.ts';
import { ATTACHMENT_DIR } from '../../lib/content-check/attachments.ts';
import { DOCUMENT_DATE, renderTemplateDocx } from '../../lib/docx/render.ts';

export const GET: APIRoute = async () => {
  const zip = new JSZip();
  const date = new Date(DOCUMENT_DATE);
  for (const template of await getTemplates()) {
    const docx = await renderTemplateDocx(documentOf(template), {
      title: template.data.title,
      subject: `基层党建工作指引 文书模板${template.data.number}`,
    });
    zip.file(docxFileName(template), docx, { date });
    for (const attachment of template.data.attachments ?? []) {
      zip.file(`原件/${attachment.file}`, readFileSync(join(process.cwd(), ATTACHMENT_DIR, attachment.file)), { date });
    }
  }
  const buffer = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
  return new Response(new Uint8Array(buffer), { headers: { 'Content-Type': 'application/zip' } });
};
