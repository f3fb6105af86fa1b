/**
 * The 党费计算 page's first script: shows the form, and loads the calculator (party-dues.ts) when there is something
 * to work out — a record saved on an earlier visit (or kept aside, or storage that refuses to be read: the
 * calculator says so), or the first thing the reader enters — so a reader who only reads the table loads little.
 */
import { DUES_KEY } from '../lib/dues/record.ts';

function hasSavedDues(): boolean {
  try {
    const store = window.localStorage;
    if (!store) return true;
    for (let i = 0; i < store.length; i++) if ((store.key(i) ?? '').indexOf(DUES_KEY) === 0) return true;
    return false;
  } catch {
    return true;
  }
}

export function startPartyDues(): void {
  const root = document.querySelector<HTMLElement>('[data-dues]');
  if (!root) return;
  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((node) => (node.hidden = false));
  let loading: Promise<void> | undefined;
  const start = () => {
    if (!loading) loading = import('./party-dues.ts').then(({ initPartyDues }) => initPartyDues());
    return loading;
  };
  // The calculator reads the fields as they are when it starts, so what was entered first is worked out too.
  root.addEventListener('change', () => void start());
  root.addEventListener('input', () => void start());
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button || loading) return;
    void start().then(() => button.click());
  });
  if (hasSavedDues()) void start();
}
