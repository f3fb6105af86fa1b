/**
 * The editor's own script (admin/editor.js, bundled by src/pipeline/integrations/editor.ts): loaded after Decap CMS
 * by the page's check script, it registers what the site's content needs — the file formats that keep what the
 * editor did not change (src/lib/cms/keep-format.ts) and the MDX components as body blocks with forms
 * (src/lib/cms/body-blocks.ts), and the previews that lay each entry out as its page does, in the site's own styles
 * (./previews.ts) with what `npm run check` would report above each (./warnings.ts), and a save refused while the
 * entry has such a problem — then starts the editor, which reads admin/config.yml (generated from the content model,
 * src/lib/cms/config.ts).
 */
import { addBlockImports, BODY_BLOCKS, MARKDOWN_MODE_KEY } from '../../lib/cms/body-blocks.ts';
import { forgetCopiedOriginal, KEEP_FORMATS } from '../../lib/cms/keep-format.ts';
import type { PreviewSite } from '../../lib/cms/previews/element.ts';
import { NO_NOTES } from '../../lib/cms/previews/frame.ts';
import { escapeHtml } from '../../lib/html.ts';
import { registerPreviews } from './previews.ts';
import { loadWarnings, refuseWrongSave, type WarningsOf } from './warnings.ts';

/** The reader pages' stylesheets, scopes and entry titles, read from the build (src/pipeline/integrations/editor.ts). */
declare const __DJZY_PREVIEW_SITE__: PreviewSite;

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerEventListener(listener: unknown): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
}

declare global {
  interface Window {
    CMS: DecapCms;
    initCMS: () => void;
  }
}

for (const [name, { extension, format }] of Object.entries(KEEP_FORMATS)) {
  window.CMS.registerCustomFormat(name, extension, format);
}
// A duplicated entry is a new file: it must not be written over the text of the entry it was copied from.
window.CMS.registerEventListener(forgetCopiedOriginal);
window.CMS.registerEventListener(addBlockImports);
// Last: the entry is judged as it will be written, a duplicate as the new file it will be.
const here = new URL('.', location.href).href;
window.CMS.registerEventListener(refuseWrongSave(here));
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

// The snapshot the warnings judge against (admin/content-snapshot.json) is read before the editor starts, so the
// first preview already shows them; without it (an old build, a network error) there are none, and the forge's
// check still runs on the merge request.
void loadWarnings(here)
  .catch((): WarningsOf => () => NO_NOTES)
  .then((warningsOf) => {
    registerPreviews(window.CMS, __DJZY_PREVIEW_SITE__, warningsOf);
    document.getElementById('editor-intro')?.setAttribute('hidden', '');
    window.initCMS();
  });
