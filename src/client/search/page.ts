/**
 * The /search/ page: full results for ?q= (shareable), 30 at a time with a button for the next 30 until every page
 * counted is shown, 栏目 chips to narrow them (?栏目=…; on a phone folded under a 按栏目筛选 bar above the results),
 * the past editions brought in by a checkbox (?往年版本=1), and a plain statement of how the search was made (phrase,
 * or widened to words). If full-text search cannot run in this browser, the page falls back to finding pages by
 * title in its built-in index.
 */
import { describeMore, describeShown, EDITIONS_PARAM, searchScope } from '../../lib/search.ts';
import { SECTION_LABELS } from '../../lib/sections.ts';
import { PAGE_INDEX_FILTER, initListFilter } from '../list-filter.ts';
import type { SearchOutcome } from './client.ts';

const START_HINT = '输入想问的事开始搜索，如 入党要多久、党费怎么算、换届选举结果报告。';

/** Results shown at first, and added by each press of 显示更多. */
const BATCH = 30;

export async function initSearchPage() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  // Absent when the site has no past editions.
  const editionsBox = form?.querySelector<HTMLInputElement>(`input[name="${EDITIONS_PARAM}"]`);
  const chips = document.querySelector<HTMLElement>('[data-search-chips]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const facts = document.querySelector<HTMLElement>('[data-search-facts]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const filter = document.querySelector<HTMLDetailsElement>('[data-search-filter]');
  const filterState = filter?.querySelector<HTMLElement>('[data-search-filter-state]');
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  const noscript = document.querySelector<HTMLElement>('[data-search-nojs]');
  const moreLine = more?.parentElement;
  if (!form || !input || !chips || !status || !list || !facts || !more || !moreLine || !fallback) return;
  noscript?.setAttribute('hidden', '');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let section = params.get('栏目') ?? '';
  if (editionsBox) editionsBox.checked = params.get(EDITIONS_PARAM) === '1';

  // Without a query in the address, nothing is downloaded until the reader focuses the box or types.
  if (!input.value.trim()) {
    status.textContent = START_HINT;
    await new Promise<void>((resolve) => {
      input.addEventListener('focus', () => resolve(), { once: true });
      input.addEventListener('input', () => resolve(), { once: true });
    });
  }

  // The search client (Pagefind's loader, ranking, excerpts) comes when the reader searches, as in the header.
  let client: typeof import('./client.ts');
  try {
    client = await import('./client.ts');
    await client.searchReady();
  } catch {
    fallback.hidden = false;
    // Finding by title covers the current pages only: the past-editions box would do nothing.
    editionsBox?.closest('label')?.setAttribute('hidden', '');
    initListFilter(PAGE_INDEX_FILTER);
    // Said once, before the first count, so the reader knows why the results look different.
    status.textContent = `本浏览器无法使用全文检索，已改为按页面标题和简介查找。${status.textContent ?? ''}`;
    return;
  }
  fallback.hidden = true;
  const { hitElement, searchSite } = client;
  // The chips exist only with the script: so does the bar that folds them on a phone.
  if (filter) filter.hidden = false;

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
    if (filterState) filterState.textContent = `（${section || '全部栏目'}）`;
  };

  /** The search whose results are on the page, and how many of them are shown. */
  let current: { outcome: SearchOutcome; shown: number; prefix: string } | undefined;
  const showCount = () => {
    if (!current) return;
    const { outcome, shown, prefix } = current;
    status.textContent = `${prefix}${outcome.description}${describeShown(shown, outcome.total)}`;
    const left = outcome.total - shown;
    moreLine.hidden = left <= 0;
    more.disabled = false;
    more.textContent = describeMore(left, BATCH);
  };

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const url = new URLSearchParams();
    if (query) url.set('q', query);
    if (section) url.set('栏目', section);
    const editions = editionsBox?.checked ?? false;
    if (editions) url.set(EDITIONS_PARAM, '1');
    history.replaceState(null, '', url.toString() ? `?${url}` : location.pathname);
    const ticket = ++latest;
    current = undefined;
    moreLine.hidden = true;
    if (!query) {
      counts = {};
      renderChips();
      list.replaceChildren();
      facts.replaceChildren();
      status.textContent = START_HINT;
      return;
    }
    status.textContent = '正在搜索……';
    const filters: Record<string, string> = section ? { 栏目: section } : {};
    let outcome: SearchOutcome;
    let note = '';
    try {
      outcome = await searchSite(query, filters, BATCH, editions);
    } catch (error) {
      if (!editions) throw error;
      // The past editions' index did not load: say so, and give the current pages' results.
      note = '往年版本的索引未能载入，以下只有现行版本的结果。';
      outcome = await searchSite(query, filters, BATCH);
    }
    // The facts' module came with the question reader: already loaded when there are facts.
    const answer = outcome.facts.length ? (await import('./question.ts')).factsElement(outcome.facts) : undefined;
    if (ticket !== latest) return; // a later search (typing, a chip, the checkbox) has taken over
    counts = outcome.sectionCounts;
    renderChips();
    facts.replaceChildren(...(answer ? [answer] : []));
    list.replaceChildren(...outcome.hits.map((hit) => hitElement(hit, 'h2')));
    current = { outcome, shown: outcome.hits.length, prefix: `${note}${searchScope(section, editions && !note)}` };
    showCount();
  };

  more.addEventListener('click', async () => {
    const shown = current;
    if (!shown) return;
    more.disabled = true;
    more.textContent = '正在载入……';
    const hits = await shown.outcome.more(BATCH).catch(() => []);
    if (shown !== current) return; // a new search has replaced these results
    const items = hits.map((hit) => hitElement(hit, 'h2'));
    list.append(...items);
    shown.shown += items.length;
    showCount();
    // The reader goes on where the new results begin (the button may be gone): on the first one's link.
    items[0]?.querySelector('a')?.focus();
  });

  renderChips();
  // The checkbox changes which index is searched (the default one, or one with the past editions merged in), so
  // no reload is needed: Pagefind cannot un-merge an index, but the default instance is left untouched.
  editionsBox?.addEventListener('change', () => void run());
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
