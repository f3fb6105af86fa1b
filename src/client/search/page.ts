/**
 * The /search/ page: full results for ?q= (shareable), 栏目 chips to narrow them (?栏目=…), and a plain
 * statement of how the search was made (phrase, or widened to words). If full-text search cannot run in this
 * browser, the page falls back to finding pages by title in its built-in index.
 */
import { describeSearch } from '../../lib/search.ts';
import { SECTION_LABELS } from '../../lib/sections.ts';
import { PAGE_INDEX_FILTER, initListFilter } from '../list-filter.ts';
import { hitElement, searchReady, searchSite } from './client.ts';

export async function initSearchPage() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const chips = document.querySelector<HTMLElement>('[data-search-chips]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  const noscript = document.querySelector<HTMLElement>('[data-search-nojs]');
  if (!form || !input || !chips || !status || !list || !fallback) return;
  noscript?.setAttribute('hidden', '');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let section = params.get('栏目') ?? '';

  // Without a query in the address, nothing is downloaded until the reader focuses the box or types.
  if (!input.value.trim()) {
    status.textContent = '输入关键词开始搜索，如 党费、差额、预备期、换届选举结果报告。';
    await new Promise<void>((resolve) => {
      input.addEventListener('focus', () => resolve(), { once: true });
      input.addEventListener('input', () => resolve(), { once: true });
    });
  }

  try {
    await searchReady();
  } catch {
    fallback.hidden = false;
    initListFilter(PAGE_INDEX_FILTER);
    // Said once, before the first count, so the reader knows why the results look different.
    status.textContent = `本浏览器无法使用全文检索，已改为按页面标题和简介查找。${status.textContent ?? ''}`;
    return;
  }
  fallback.hidden = true;

  /** Matches of the current query by 栏目; the chips offer the 栏目 that have any (and the one chosen). */
  let counts: Record<string, number> = {};
  const renderChips = () => {
    const names = ['', ...SECTION_LABELS.filter((name) => counts[name] || name === section)];
    // A chip the reader is on keeps the focus when the chips are redrawn with new counts.
    const focused = chips.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.section
      : undefined;
    chips.replaceChildren(
      ...names.map((name) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.dataset.section = name;
        button.textContent = name ? `${name}（${counts[name] ?? 0}）` : '全部栏目';
        button.setAttribute('aria-pressed', String(name === section));
        button.addEventListener('click', () => {
          section = name;
          renderChips();
          void run();
        });
        return button;
      }),
    );
    if (focused !== undefined) chips.querySelector<HTMLElement>(`[data-section="${focused}"]`)?.focus();
  };

  const run = async () => {
    const query = input.value.trim();
    const url = new URLSearchParams();
    if (query) url.set('q', query);
    if (section) url.set('栏目', section);
    history.replaceState(null, '', url.toString() ? `?${url}` : location.pathname);
    if (!query) {
      counts = {};
      renderChips();
      list.replaceChildren();
      status.textContent = '输入关键词开始搜索，如 党费、差额、预备期、换届选举结果报告。';
      return;
    }
    status.textContent = '正在搜索……';
    const outcome = await searchSite(query, section ? { 栏目: section } : {}, 30);
    counts = outcome.sectionCounts;
    renderChips();
    list.replaceChildren(...outcome.hits.map((hit) => hitElement(hit, 'h2')));
    status.textContent = `${section ? `在“${section}”栏目中：` : ''}${describeSearch(query, outcome.mode, outcome.phraseCount, outcome.total)}`;
  };

  renderChips();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  await run();
}
