/**
 * The site's one list filter: a form's fields or a group of chip buttons narrow a page's items to those
 * whose data attributes match, sections left empty are hidden, and a live status line says how many are shown. The
 * page is built as the full list with its controls hidden, so without JS nothing is missing and nothing is broken.
 * The four lists that use it are configured at the end.
 */

/** How a chosen value is compared with an item's data attribute. */
export type Match = 'equals' | 'listed' | 'words';
/** Field name → the value the reader has chosen; '' does not narrow. */
export type Chosen = Record<string, string>;

export interface ListFilter {
  /** A form (its fields by name) or a group of buttons carrying data-value (one field); unhidden once it works. */
  controls: string;
  /** Field name → the item's dataset key and how the chosen value matches it. */
  fields: Record<string, readonly [key: string, match: Match]>;
  items: string;
  /** Sections of items, hidden while none of their items is shown. */
  groups?: string;
  /** A role="status" aria-live="polite" element: screen readers hear the count as the list changes. */
  status: string;
  say: (shown: number, chosen: Chosen) => string;
  /**
   * Fields kept in the address (?name=…&…), read from it on load, so a narrowed list can be shared: a select is
   * written as it changes, a text field when its form is submitted (typing does not rewrite the address).
   */
  inAddress?: readonly string[];
}

/** Every word of the query is in the text, ignoring case (for Latin letters in codes and names). */
export function matchesWords(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

const MATCHERS: Record<Match, (data: string, value: string) => boolean> = {
  equals: (data, value) => data === value,
  // A problem has several departments, written "a|b|c" in one attribute.
  listed: (data, value) => data.split('|').includes(value),
  words: matchesWords,
};

/** Whether an item (its dataset) stays visible: it matches every field that has a value. */
export function isShown(
  data: Readonly<Record<string, string | undefined>>,
  chosen: Chosen,
  fields: ListFilter['fields'],
): boolean {
  return Object.entries(fields).every(([name, [key, match]]) => {
    const value = chosen[name];
    return !value || MATCHERS[match](data[key] ?? '', value);
  });
}

/** “显示 3 个模板。” while anything is chosen; silent (empty) for the full list. */
export function countMessage(noun: string, shown: number, chosen: Chosen): string {
  return Object.values(chosen).some(Boolean) ? `显示 ${shown} 个${noun}。` : '';
}

/** The search page's fallback says what it searched, since it is not the full-text search the reader asked for. */
export function indexMessage(shown: number, query: string): string {
  return query ? `按标题和简介找到 ${shown} 个页面包含“${query}”。` : '';
}

/** The values of the named fields in a query string (?status=整改中); a name the query lacks is left out. */
export function chosenFromQuery(search: string, names: readonly string[]): Chosen {
  const params = new URLSearchParams(search);
  return Object.fromEntries(names.flatMap((name) => (params.has(name) ? [[name, params.get(name) ?? '']] : [])));
}

/**
 * The address for the chosen values of the named fields: each with a value is set, each without is dropped, other
 * parameters and the #fragment stay. A fully cleared filter gives the bare path, so the address is shareable as is.
 */
export function addressFor(
  here: { pathname: string; search: string; hash?: string },
  chosen: Chosen,
  names: readonly string[],
): string {
  const kept = [...new URLSearchParams(here.search)].filter(([name]) => !names.includes(name));
  const set = names.flatMap((name) => (chosen[name] ? [[name, chosen[name]] as [string, string]] : []));
  const query = [...kept, ...set].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return `${here.pathname}${query ? `?${query}` : ''}${here.hash ?? ''}`;
}

/** An address value for a select, if one of its options has it (a stale or mistyped link narrows nothing). */
export function pickOption(options: readonly string[], wanted: string | undefined): string | undefined {
  return wanted !== undefined && options.includes(wanted) ? wanted : undefined;
}

type Field = HTMLInputElement | HTMLSelectElement;

export function initListFilter(filter: ListFilter): void {
  const root = document.querySelector<HTMLElement>(filter.controls);
  const status = document.querySelector<HTMLElement>(filter.status);
  if (!root || !status) return;
  const names = Object.keys(filter.fields);
  const form = root instanceof HTMLFormElement ? root : undefined;
  const found = form ? names.map((name) => [name, form.elements.namedItem(name) as Field | null] as const) : [];
  // A half-built form stays hidden rather than offering controls that do nothing.
  if (found.some(([, field]) => !field)) return;
  const fields = found as (readonly [string, Field])[];
  const items = Array.from(document.querySelectorAll<HTMLElement>(filter.items));
  root.hidden = false;

  const show = (chosen: Chosen) => {
    let shown = 0;
    for (const item of items) {
      item.hidden = !isShown(item.dataset, chosen, filter.fields);
      if (!item.hidden) shown += 1;
    }
    if (filter.groups) {
      document.querySelectorAll<HTMLElement>(filter.groups).forEach((group) => {
        group.hidden = !group.querySelector(`${filter.items}:not([hidden])`);
      });
    }
    status.textContent = filter.say(shown, chosen);
  };

  if (!form) {
    // Chips: the pressed button's data-value is the value of the one field.
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('button'));
    for (const button of buttons) {
      button.addEventListener('click', () => {
        buttons.forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        show({ [names[0] ?? '']: button.dataset.value ?? '' });
      });
    }
    return;
  }

  // Typed words are trimmed (a stray space is not a query); option values are used as they are.
  const read = (): Chosen =>
    Object.fromEntries(fields.map(([name, f]) => [name, f instanceof HTMLSelectElement ? f.value : f.value.trim()]));
  const inAddress = filter.inAddress ?? [];
  const remember = () => {
    const address = addressFor(location, read(), inAddress);
    if (address !== location.pathname + location.search + location.hash) history.replaceState(null, '', address);
  };
  // Selects narrow on change, text as it is typed (each once: a select's input event would announce twice).
  fields.forEach(([name, f]) => {
    const select = f instanceof HTMLSelectElement;
    f.addEventListener(select ? 'change' : 'input', () => {
      show(read());
      if (select && inAddress.includes(name)) remember();
    });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (inAddress.length) remember();
    show(read());
  });
  if (inAddress.length) {
    const wanted = chosenFromQuery(location.search, inAddress);
    for (const [name, f] of fields) {
      if (!(name in wanted)) continue;
      if (f instanceof HTMLSelectElement) {
        // The address is the view being shared: it wins over what the browser kept in the select.
        const options = Array.from(f.options, (o) => o.value);
        f.value = pickOption(options, wanted[name]) ?? f.value;
      } else if (!f.value.trim()) {
        // What the reader has already typed wins over the address (the search page falls back to this filter late).
        f.value = wanted[name] ?? '';
      }
    }
    show(read());
  }
}

/** The case gallery's series chips; without JS the page links each series page. */
export const CASE_FILTER: ListFilter = {
  controls: '[data-case-chips]',
  items: '[data-series]',
  status: '[data-case-status]',
  fields: { series: ['series', 'equals'] },
  say: (shown, chosen) => countMessage('案例', shown, chosen),
};

/** The rectification ledger by status, category and department, kept in the address; without JS, the whole ledger. */
export const LEDGER_FILTER: ListFilter = {
  controls: '[data-ledger-filter]',
  items: '[data-problem]',
  status: '[data-ledger-status]',
  fields: { status: ['status', 'equals'], chapter: ['chapter', 'equals'], department: ['departments', 'listed'] },
  inAddress: ['status', 'chapter', 'department'],
  say: (shown, chosen) => countMessage('问题', shown, chosen),
};

/** The template list by words and 文种; without JS, the full list by category. */
export const TEMPLATE_FILTER: ListFilter = {
  controls: '[data-template-filter]',
  items: '[data-template]',
  groups: '[data-category-group]',
  status: '[data-template-status]',
  fields: { q: ['template', 'words'], category: ['category', 'equals'] },
  say: (shown, chosen) => countMessage('模板', shown, chosen),
};

/** The search page's index of pages, used when full-text search cannot run; ?q= as the search page has it. */
export const PAGE_INDEX_FILTER: ListFilter = {
  controls: '[data-page-filter]',
  items: '[data-index-text]',
  groups: '[data-index-group]',
  status: '[data-filter-status]',
  fields: { q: ['indexText', 'words'] },
  inAddress: ['q'],
  say: (shown, chosen) => indexMessage(shown, chosen.q ?? ''),
};
