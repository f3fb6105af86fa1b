/**
 * The template list's filter: type words or pick a category and the list narrows as you type. Without JS the
 * page is the full list grouped by category.
 */
import { matches } from './page-filter.ts';

export function initTemplateFilter() {
  const form = document.querySelector<HTMLFormElement>('[data-template-filter]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const select = form?.querySelector<HTMLSelectElement>('select[name="category"]');
  const status = document.querySelector<HTMLElement>('[data-template-status]');
  const items = Array.from(document.querySelectorAll<HTMLElement>('[data-template]'));
  if (!form || !input || !select || !status) return;
  form.hidden = false;

  const apply = () => {
    const query = input.value.trim();
    const category = select.value;
    let shown = 0;
    for (const item of items) {
      const visible = (!category || item.dataset.category === category) && (!query || matches(item.dataset.template ?? '', query));
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    document.querySelectorAll<HTMLElement>('[data-category-group]').forEach((group) => {
      group.hidden = !group.querySelector('[data-template]:not([hidden])');
    });
    status.textContent = query || category ? `显示 ${shown} 个模板。` : '';
  };
  input.addEventListener('input', apply);
  select.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
}
