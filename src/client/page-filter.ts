/**
 * The search page's filter over the index of pages: reads ?q=, keeps the pages whose title, section or summary
 * contain every word of the query, and says how many were found. Without JS the whole index stays visible.
 */
export function matches(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function initPageFilter() {
  const form = document.querySelector<HTMLFormElement>('[data-page-filter]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  const items = Array.from(document.querySelectorAll<HTMLElement>('[data-index-text]'));
  if (!form || !input || !status) return;

  const apply = (query: string) => {
    let shown = 0;
    items.forEach((item) => {
      const visible = !query || matches(item.dataset.indexText ?? '', query);
      item.hidden = !visible;
      if (visible) shown += 1;
    });
    document.querySelectorAll<HTMLElement>('[data-index-group]').forEach((group) => {
      group.hidden = !group.querySelector('[data-index-text]:not([hidden])');
    });
    status.textContent = query ? `按标题和简介找到 ${shown} 个页面包含“${query}”。` : '';
  };

  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  apply(query.trim());
  input.addEventListener('input', () => apply(input.value.trim()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    apply(q);
  });
}
