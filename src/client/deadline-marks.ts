/**
 * Marks beside task deadlines, computed from the reader's today: the static page shows only the dates, since it
 * is built rarely and cannot know what day it is read. Each [data-deadline="2022-07-31"] element is a whole phrase
 * (“时限：2022年7月31日前”); the mark follows it, so the sentence reads whole and the mark never sits inside it.
 * Only a list of the reader's own month ([data-deadline-month="2022-07"]) is marked: an older sheet's deadlines
 * stay plain dates, never 已过时限.
 */
import { deadlineLabel, deadlineState, isSheetOfMonth } from '../lib/deadline.ts';

export function markDeadlines(today = new Date(), root: ParentNode = document) {
  root.querySelectorAll<HTMLElement>('[data-deadline]').forEach((phrase) => {
    const sheet = phrase.closest<HTMLElement>('[data-deadline-month]');
    if (!sheet || !isSheetOfMonth(sheet.dataset.deadlineMonth ?? '', today)) return;
    const state = deadlineState(phrase.dataset.deadline ?? '', today);
    const label = deadlineLabel(state);
    if (!label || phrase.nextElementSibling?.classList.contains('deadline-mark')) return;
    const mark = document.createElement('span');
    mark.className = `badge deadline-mark ${state.kind === 'overdue' ? 'badge-warn' : 'badge-ok'}`;
    mark.textContent = label;
    phrase.after(' ', mark);
  });
}
