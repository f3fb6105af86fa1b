/**
 * The form's warnings in the editor page: fetches the content snapshot the build wrote beside the page
 * (admin/content-snapshot.json) once, and says, in the checker's Chinese, what `npm run check` would report in the
 * entry being edited (src/lib/cms/entry-warnings.ts) — for the preview pane (`loadWarnings`), and as a refusal when
 * the entry is saved (`refuseWrongSave`).
 */
import { isBlocking, type Problem } from '../../lib/content-source/problem.ts';
import {
  CONTENT_SNAPSHOT,
  entryWarnings,
  formatWarning,
  prepareSnapshot,
  type ContentSnapshot,
} from '../../lib/cms/entry-warnings.ts';
import type { EntryData } from '../../lib/cms/keep-format.ts';
import type { EntryNotes } from '../../lib/cms/previews/frame.ts';

export type WarningsOf = (collection: string, data: unknown, file?: string) => EntryNotes;
type ProblemsOf = (collection: string, data: unknown, file?: string) => Problem[];

const loaded = new Map<string, Promise<ProblemsOf>>();

/**
 * The snapshot beside the page whose folder is `base`, fetched once. Without it (an old build, a network error)
 * no entry has warnings: the forge's check still runs on the merge request.
 */
function problemsAt(base: string): Promise<ProblemsOf> {
  const url = new URL(CONTENT_SNAPSHOT, base).href;
  let problems = loaded.get(url);
  if (!problems) {
    problems = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<ContentSnapshot>) : undefined))
      .catch(() => undefined)
      .then((snapshot): ProblemsOf => {
        if (!snapshot) return () => [];
        prepareSnapshot(snapshot);
        return (collection, data, file) =>
          data && typeof data === 'object' ? entryWarnings(snapshot, collection, file, data as EntryData) : [];
      });
    loaded.set(url, problems);
  }
  return problems;
}

/**
 * `base`: the address of the admin page's folder (new URL('.', location.href).href). The function takes Decap's
 * entry data as plain data (`entry.get('data').toJS()`), the collection's name and the entry's path (`entry.get('path')`,
 * empty for a new entry), and gives one Chinese line per problem: what stops a save apart from reminders.
 */
export async function loadWarnings(base: string): Promise<WarningsOf> {
  const problemsOf = await problemsAt(base);
  return (collection, data, file) => {
    const problems = problemsOf(collection, data, file || undefined);
    return {
      toCorrect: problems.filter(isBlocking).map(formatWarning),
      reminders: problems.filter((p) => !isBlocking(p)).map(formatWarning),
    };
  };
}

/** The part of Decap's Immutable.js entry that the listener reads. */
interface DecapEntry {
  get(key: string): unknown;
}

/**
 * A Decap `preSave` listener (CMS.registerEventListener): Decap awaits it before writing anything
 * (decap-cms-core/src/backend.ts persistEntry → invokePreSaveEvent), and a listener that throws stops the save and
 * shows 保存内容失败: <the message> (actions/entries.ts, ui.toast.onFailToPersist). So an entry `npm run check` would
 * fail is refused with the checker's words; reminders (severity warning, such as 待复核) do not stop it.
 */
export function refuseWrongSave(base: string) {
  return {
    name: 'preSave',
    handler: async ({ entry }: { entry: DecapEntry }): Promise<undefined> => {
      const problemsOf = await problemsAt(base);
      const data = (entry.get('data') as { toJS(): EntryData } | undefined)?.toJS();
      const collection = String(entry.get('collection') ?? '');
      const path = entry.get('newRecord') ? undefined : (entry.get('path') as string | undefined) || undefined;
      const blocking = data ? problemsOf(collection, data, path).filter(isBlocking) : [];
      if (!blocking.length) return undefined;
      // Error.prototype.toString without a name gives the message alone, which is what the toast shows; numbered,
      // as the toast may run the lines together.
      const refusal = new Error(
        `npm run check 会报告以下问题，请改正后再保存：\n${blocking.map((p, i) => `${i + 1}. ${formatWarning(p)}`).join('\n')}`,
      );
      refusal.name = '';
      throw refusal;
    },
  };
}
