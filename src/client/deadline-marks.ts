/** Marks beside task deadlines, computed from the reader's today (the static page shows only the dates). */
import { deadlineLabel, deadlineState } from '../lib/deadline.ts';

export function markDeadlines(today = new Date()) {
  document.querySelectorAll<HTMLTimeElement>('time[data-deadline]').forEach((time) => {
    const state = deadlineState(time.dateTime, today);
    const label = deadlineLabel(state);
    if (!label || time.nextElementSibling?.classList.contains('deadline-mark')) return;
    const mark = document.createElement('span');
    mark.className = `badge deadline-mark ${state.kind === 'overdue' ? 'badge-warn' : 'badge-ok'}`;
    mark.textContent = label;
    time.after(' ', mark);
  });
}
