/**
 * The editor's own script (admin/editor.js, bundled by src/pipeline/integrations/editor.ts): loaded after Decap CMS
 * by the page's check script, it registers what the site's content needs — the file formats that keep what the
 * editor did not change (src/lib/cms/keep-format.ts) and the MDX components as body blocks with forms
 * (src/lib/cms/body-blocks.ts) — then starts the editor, which reads admin/config.yml (generated from the content
 * model, src/lib/cms/config.ts).
 */
import { addBlockImports, BODY_BLOCKS, MARKDOWN_MODE_KEY } from '../../lib/cms/body-blocks.ts';
import { MDX_KEEP, YAML_KEEP, YAML_LIST_KEEP } from '../../lib/cms/formats.ts';
import { forgetCopiedOriginal, mdxKeep, yamlKeep, yamlListKeep } from '../../lib/cms/keep-format.ts';
import { escapeHtml } from '../../lib/html.ts';

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerEventListener(listener: unknown): void;
  registerEditorComponent(component: Record<string, unknown>): void;
}

declare global {
  interface Window {
    CMS: DecapCms;
    initCMS: () => void;
  }
}

window.CMS.registerCustomFormat(YAML_KEEP, 'yaml', yamlKeep);
window.CMS.registerCustomFormat(YAML_LIST_KEEP, 'yaml', yamlListKeep);
window.CMS.registerCustomFormat(MDX_KEEP, 'mdx', mdxKeep);
// A duplicated entry is a new file: it must not be written over the text of the entry it was copied from.
window.CMS.registerEventListener(forgetCopiedOriginal);
window.CMS.registerEventListener(addBlockImports);
// The body opens as its source: Decap's rich-text mode rewrites a whole body on any edit (docs/EDITOR-CMS.md).
localStorage.setItem(MARKDOWN_MODE_KEY, 'raw');

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
