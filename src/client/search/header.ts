/**
 * Quick search in the header of every page: “/” or Ctrl+K focuses it, typing shows the best results under the
 * header, ↓/↑ move through them, Esc closes and returns to the box, Enter opens the full results page. Pagefind
 * is loaded only when the reader focuses the box or types. Without JS the box is a plain form to /search/.
 */
/** The search client (Pagefind's loader, ranking, result lists), fetched when the reader first focuses or types. */
const searchClient = () => import('./client.ts');

/** Where a reader most likely has a keyboard: a mouse-like pointer on a screen wider than a phone's. */
const KEYBOARD_LIKELY = '(min-width: 48em) and (hover: hover) and (pointer: fine)';

/** The “/” shortcut exists only with JS: name it for assistive technology, and show it where a keyboard is likely. */
function showShortcutHint(input: HTMLInputElement) {
  input.setAttribute('aria-keyshortcuts', '/ Control+K');
  const plain = input.placeholder;
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(KEYBOARD_LIKELY) : undefined;
  const render = () => {
    input.placeholder = query?.matches ? '搜索（按 / 键）' : plain;
  };
  render();
  query?.addEventListener?.('change', render); // a window moved between screens, a tablet's keyboard attached
}

export function initHeaderSearch() {
  const form = document.querySelector<HTMLFormElement>('.search-entry');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = document.querySelector<HTMLElement>('[data-quick-results]');
  const list = panel?.querySelector<HTMLOListElement>('ol');
  const status = panel?.querySelector<HTMLElement>('[data-quick-status]');
  const more = panel?.querySelector<HTMLAnchorElement>('[data-quick-more]');
  const facts = panel?.querySelector<HTMLElement>('[data-quick-facts]');
  if (!form || !input || !panel || !list || !status || !more || !facts) return;
  showShortcutHint(input);

  const close = (refocus = false) => {
    panel.hidden = true;
    if (refocus) input.focus();
  };
  const links = () => Array.from(panel.querySelectorAll<HTMLAnchorElement>('a'));

  let timer: number | undefined;
  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) return close();
    panel.hidden = false;
    status.textContent = '正在搜索……';
    try {
      const { hitElement, searchSite } = await searchClient();
      const outcome = await searchSite(query, {}, 5);
      if (ticket !== latest) return;
      // The one fact that best answers a question, above the pages (the search page shows more).
      const answer = outcome.facts.length
        ? (await import('./question.ts')).factsElement(outcome.facts.slice(0, 1), 'p')
        : undefined;
      if (ticket !== latest) return;
      facts.replaceChildren(...(answer ? [answer] : []));
      list.replaceChildren(...outcome.hits.map((hit) => hitElement(hit)));
      status.textContent = outcome.description;
      more.href = `${form.action}?q=${encodeURIComponent(query)}`;
      more.hidden = outcome.total === 0;
    } catch {
      if (ticket !== latest) return;
      facts.replaceChildren();
      list.replaceChildren();
      status.textContent = '本浏览器无法使用全文检索，请点“搜索”按钮，到搜索页按标题查找。';
      more.hidden = true;
    }
  };

  input.addEventListener(
    'focus',
    () =>
      void searchClient()
        .then((client) => client.loadPagefind())
        .catch(() => undefined),
    { once: true },
  );
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  panel.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(all.length - 1, at + 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at <= 0) input.focus();
      else all[at - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener('click', (event) => {
    if (!panel.hidden && !panel.contains(event.target as Node) && event.target !== input) close();
  });
}
