/** The case gallery's series chips: show one series at a time. Without JS the page links to each series page. */
export function initCaseFilter() {
  const chips = document.querySelector<HTMLElement>('[data-case-chips]');
  const status = document.querySelector<HTMLElement>('[data-case-status]');
  const cards = Array.from(document.querySelectorAll<HTMLElement>('[data-series]'));
  if (!chips || !status) return;
  chips.hidden = false;
  const buttons = Array.from(chips.querySelectorAll<HTMLButtonElement>('button'));
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const series = button.dataset.value ?? '';
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
      let shown = 0;
      for (const card of cards) {
        card.hidden = Boolean(series) && card.dataset.series !== series;
        if (!card.hidden) shown += 1;
      }
      status.textContent = series ? `显示 ${shown} 个案例。` : '';
    });
  }
}
