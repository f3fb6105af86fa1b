/**
 * The 时间推算 page's first script: shows the date fields and buttons, and loads the calculator (timeline-solver.ts,
 * most of the page's code) only when there are dates to work with — saved from an earlier visit, or the first
 * one the reader enters or asks about, or a record to report — so a reader who only reads the rules downloads little.
 */
import { hasSavedTimeline } from './timeline-storage.ts';

export function initTimelinePage(): void {
  const form = document.querySelector<HTMLFormElement>('#timeline');
  if (!form?.dataset.timeline) return;
  for (const node of document.querySelectorAll<HTMLElement>('[data-js-only]')) node.hidden = false;
  const { procedure } = JSON.parse(form.dataset.timeline) as { procedure: string };

  let loading: Promise<void> | undefined;
  let ready = false;
  const start = () => {
    if (!loading) {
      loading = import('./timeline-solver.ts').then(({ initTimeline }) => {
        initTimeline(form);
        ready = true;
      });
    }
    return loading;
  };

  // Until the calculator is there, an action waits for it and is then done again by the calculator itself.
  form.addEventListener('submit', (event) => {
    event.preventDefault(); // never the form's own submission, which would leave the page
    if (!ready) void start();
  });
  form.addEventListener('change', () => void start());
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button || ready || button.type === 'submit') return;
    event.preventDefault();
    void start().then(() => button.click());
  });
  if (hasSavedTimeline(procedure)) void start();
}
