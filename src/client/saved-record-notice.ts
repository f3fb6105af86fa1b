/**
 * What a tool found in its saved record (lib/saved-record.ts), said on the page in the words of
 * lib/saved-record-words.ts: each notice with a button to download the record exactly as it was stored and one to
 * delete it (after a question) or to close the notice; and each stored value that could not be used, beside its
 * field. Loaded by saved-record.ts only when there is something to say.
 */
import type { FieldProblem } from '../lib/saved-record.ts';
import { fieldProblemText, recordNotices, type RecordNotice } from '../lib/saved-record-words.ts';
import { downloadBlob } from './download.ts';
import type { SavedRecordNews } from './saved-record.ts';

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

function button(label: string, secondary: boolean, onClick: () => void): HTMLButtonElement {
  const node = el('button', secondary ? 'button button-secondary' : 'button', label) as HTMLButtonElement;
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

export function showSavedRecordNews(box: HTMLElement, news: SavedRecordNews): void {
  showRecordNotices(box, recordNotices(news.findings, news.tool, news.key, news.store, new Date()));
  showFieldProblems(news.root, news.fields ?? []);
}

function showRecordNotices(box: HTMLElement, notices: readonly RecordNotice[]): void {
  const close = (item: HTMLElement) => {
    item.remove();
    box.hidden = !box.firstChild;
  };
  for (const notice of notices) {
    const item = el('div', notice.alert ? 'saved-record-notice saved-record-problem' : 'saved-record-notice');
    item.setAttribute('role', notice.alert ? 'alert' : 'status');
    const text = el('p', 'saved-record-text', notice.text);
    const buttons = el('p', 'saved-record-buttons');
    const { file, remove } = notice;
    if (file) {
      buttons.append(
        button('下载这份记录', false, () =>
          downloadBlob(new Blob([file.text], { type: 'text/plain;charset=utf-8' }), file.name),
        ),
      );
    }
    buttons.append(
      remove
        ? button(remove.label, true, () => {
            if (!window.confirm(remove.confirm)) return;
            if (remove.run()) close(item);
            else text.textContent = '没有删除成功：浏览器不允许修改本机保存的内容。';
          })
        : button('知道了', true, () => close(item)),
    );
    item.append(text, buttons);
    box.append(item);
  }
  box.hidden = !box.firstChild;
}

/** Each problem under its field while the field is empty; the field is shown if it was folded away. */
function showFieldProblems(root: HTMLElement, problems: readonly FieldProblem[]): void {
  const shown = new Set<string>();
  problems.forEach((problem, i) => {
    const input = root.querySelector<HTMLInputElement>(`input[name="${problem.field}"]`);
    if (!input || input.value || shown.has(problem.field)) return;
    shown.add(problem.field);
    const line = el('p', 'saved-record-field-problem', fieldProblemText(problem));
    line.id = `saved-record-problem-${i}`;
    (input.closest('label, p') ?? input).after(line);
    input.setAttribute('aria-describedby', line.id);
    for (let node = line.parentElement; node && node !== root; node = node.parentElement) node.hidden = false;
    input.addEventListener('change', () => {
      if (input.value) line.remove();
    });
  });
}
