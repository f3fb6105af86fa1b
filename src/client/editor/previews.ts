/**
 * The preview pane of the editor (right of each entry's form): the site's own stylesheets, and each kind of entry
 * laid out as its page shows it (src/lib/cms/previews/), under a box of what must be corrected before it is
 * submitted. Decap renders a preview template as a React component; its global `h` and `createClass` build one
 * without a React of ours (https://decapcms.org/docs/customization/).
 */
import type { H, PreviewInput, PreviewSite } from '../../lib/cms/previews/element.ts';
import { NO_NOTES, withWarnings, type EntryNotes } from '../../lib/cms/previews/frame.ts';
import { bulletinPreview } from '../../lib/cms/previews/bulletin.ts';
import { casePreview } from '../../lib/cms/previews/case.ts';
import { procedurePreview } from '../../lib/cms/previews/procedure.ts';
import { publicityPreview } from '../../lib/cms/previews/publicity.ts';
import { regulationsPreview } from '../../lib/cms/previews/regulation.ts';
import { templatePreview } from '../../lib/cms/previews/template.ts';

interface PreviewCms {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
}

/** The props Decap gives a preview template (entry is an Immutable.js Map). */
interface PreviewProps {
  entry: {
    get(key: 'data'): { toJS(): Record<string, unknown> } | undefined;
    get(key: 'path'): string | undefined;
  };
  widgetFor(name: string): unknown;
  getAsset(path: string): unknown;
}

/**
 * What must be corrected in an entry, in Chinese, as the browser can tell (empty: nothing to show); `path` is the
 * entry's file, empty for a new one (./warnings.ts).
 */
export type WarningsFor = (collection: string, data: unknown, path?: string) => EntryNotes;

/** Collection (or, for a file collection, file) name → its page's layout. */
const PREVIEWS: Record<string, { preview: (input: PreviewInput, h: H) => unknown; body: boolean }> = {
  bulletins: { preview: bulletinPreview, body: false },
  procedures: { preview: procedurePreview, body: true },
  cases: { preview: casePreview, body: true },
  templates: { preview: templatePreview, body: true },
  publicity: { preview: publicityPreview, body: true },
  regulations: { preview: regulationsPreview, body: false },
};

declare global {
  interface Window {
    h: H;
    createClass: (spec: { render(this: { props: PreviewProps }): unknown }) => unknown;
  }
}

export function registerPreviews(cms: PreviewCms, site: PreviewSite, warningsFor: WarningsFor = () => NO_NOTES): void {
  for (const url of site.styles) cms.registerPreviewStyle(url);
  for (const [collection, { preview, body }] of Object.entries(PREVIEWS)) {
    cms.registerPreviewTemplate(
      collection,
      window.createClass({
        render() {
          const data = this.props.entry.get('data')?.toJS() ?? {};
          const input: PreviewInput = {
            data,
            ...(body ? { body: this.props.widgetFor('body') } : {}),
            // Decap's asset proxy prints as the address the browser can load (a blob: for a new upload).
            asset: (path) => String(this.props.getAsset(path)),
            site,
          };
          const warnings = warningsFor(collection, data, this.props.entry.get('path'));
          return withWarnings(window.h, warnings, preview(input, window.h));
        },
      }),
    );
  }
}
