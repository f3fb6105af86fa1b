/**
 * Progressive enhancement of the regulation catalogue: a switch between the grouped-by-level view (the page as
 * built, which is what readers without JS get) and one list sorted by date, newest first.
 */
export function initRegulationSort() {
  const toggle = document.querySelector<HTMLButtonElement>('[data-sort-toggle]');
  const flat = document.querySelector<HTMLElement>('[data-sorted-view]');
  const groups = Array.from(document.querySelectorAll<HTMLElement>('[data-level-group]'));
  const entries = Array.from(document.querySelectorAll<HTMLElement>('[data-issued]'));
  if (!toggle || !flat) return;
  const home = new Map(entries.map((e) => [e, e.parentElement!]));
  toggle.hidden = false;

  toggle.addEventListener('click', () => {
    const byDate = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(byDate));
    toggle.textContent = byDate ? '改为按类别分组' : '按印发时间排序';
    if (byDate) {
      entries
        .slice()
        .sort((a, b) => (b.dataset.issued ?? '').localeCompare(a.dataset.issued ?? ''))
        .forEach((e) => flat.appendChild(e));
    } else {
      entries.forEach((e) => home.get(e)!.appendChild(e));
    }
    flat.hidden = !byDate;
    groups.forEach((g) => (g.hidden = byDate));
  });
}
