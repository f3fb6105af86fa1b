/**
 * What every preview shares: above the entry, the problems `npm run check` would report that the browser can
 * already see (the warnings come from the caller, src/client/editor/previews.ts), and the 示例 badge the pages put
 * beside an illustrative entry's title (src/components/site/ExampleBadge.astro).
 */
import type { Child, H } from './element.ts';

export const WARNINGS_HEADING = '提交前请改正';
export const REMINDERS_HEADING = '提示（不影响提交）';

/**
 * What the check says of an entry: what stops it (a save is refused, src/client/editor/warnings.ts) and reminders
 * that do not, such as 待复核 for a page resting on a revised regulation.
 */
export interface EntryNotes {
  toCorrect: readonly string[];
  reminders: readonly string[];
}

export const NO_NOTES: EntryNotes = { toCorrect: [], reminders: [] };

/**
 * The entry's preview in the frame of a reader page (src/layouts/Base.astro: the body's type size on .page, the
 * margins of .container), with the check's notes above it when there are any.
 */
export function withWarnings(h: H, notes: EntryNotes, preview: Child): unknown {
  return h(
    'div',
    { className: 'page' },
    h(
      'main',
      { className: 'page-main' },
      h(
        'div',
        { className: 'container' },
        notesBox(h, notes.toCorrect, WARNINGS_HEADING, 'alert', '需改正'),
        notesBox(h, notes.reminders, REMINDERS_HEADING, 'note', '提示'),
        preview,
      ),
    ),
  );
}

function notesBox(h: H, notes: readonly string[], heading: string, role: 'alert' | 'note', badge: string): unknown {
  if (notes.length === 0) return null;
  return h(
    'section',
    { className: 'panel entry-warnings', role },
    h('h2', null, h('span', { className: 'badge badge-warn' }, badge), ' ', heading),
    h('ul', null, ...notes.map((note) => h('li', null, note))),
  );
}

export const exampleBadge = (h: H): unknown =>
  h('span', { className: 'badge badge-example', title: '示例内容，仅作示意，不代表真实情况' }, '示例');
