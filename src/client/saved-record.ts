/**
 * Tells the reader what opening a tool's saved record found (lib/saved-record.ts). The notices' code and words are
 * loaded only when there is something to say, so an ordinary visit costs the page nothing.
 */
import type { FieldProblem, Finding, Store, Tool } from '../lib/saved-record.ts';

export interface SavedRecordNews {
  /** The tool's form: the fields a stored value belongs to are found in it. */
  root: HTMLElement;
  tool: Tool;
  /** The record's current key, for the names of downloaded files. */
  key: string;
  store: Store | undefined;
  findings: readonly Finding[];
  fields?: readonly FieldProblem[];
}

export function tellSavedRecord(news: SavedRecordNews): void {
  const box = document.querySelector<HTMLElement>('[data-saved-records]');
  if (!box || (!news.findings.length && !news.fields?.length)) return;
  import('./saved-record-notice.ts')
    .then((notice) => notice.showSavedRecordNews(box, news))
    .catch(() => {
      box.textContent = '本页没有完整载入，关于本机保存的记录的说明无法显示，请刷新本页。';
      box.hidden = false;
    });
}
