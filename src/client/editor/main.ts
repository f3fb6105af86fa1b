/**
 * The editor's own script (admin/editor.js, bundled by src/pipeline/integrations/editor.ts): loaded after Decap CMS
 * by the page's check script, it registers what the site's content needs — the MDX components as body blocks with
 * forms (src/lib/cms/body-blocks.ts) — then starts the editor, which reads admin/config.yml (generated from the
 * content model, src/lib/cms/config.ts).
 */
import { BODY_BLOCKS } from '../../lib/cms/body-blocks.ts';
import { escapeHtml } from '../../lib/html.ts';

interface DecapCms {
  registerEditorComponent(component: Record<string, unknown>): void;
}

declare global {
  interface Window {
    CMS: DecapCms;
    initCMS: () => void;
  }
}

for (const block of BODY_BLOCKS) {
  window.CMS.registerEditorComponent({
    id: block.id,
    label: block.label,
    fields: block.fields,
    pattern: block.pattern,
    fromBlock: block.fromBlock,
    toBlock: block.toBlock,
    // The preview pane shows the block's label and text; the page shows it styled (src/components/content/).
    toPreview: (data: Record<string, string>) =>
      `<aside><p><strong>${escapeHtml(data.kind ?? block.label)}</strong></p><p>${escapeHtml(data.body ?? '')}</p></aside>`,
  });
}

document.getElementById('editor-intro')?.setAttribute('hidden', '');
window.initCMS();
