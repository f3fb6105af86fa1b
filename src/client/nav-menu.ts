/**
 * The phone's 栏目导航 bar is a <details>: Enter or Space on it opens and closes it without JS. With JS, Escape
 * also closes it, from the bar or from a link in the open lists, and puts focus back on the bar, as readers expect
 * of a menu (the lists follow the <details>, so the browser's own toggle never moves focus).
 */
export function initNavMenu() {
  const nav = document.querySelector<HTMLElement>('.site-nav');
  const menu = nav?.querySelector<HTMLDetailsElement>('[data-nav-menu]');
  const summary = menu?.querySelector('summary');
  if (!nav || !menu || !summary) return;
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.preventDefault();
    menu.open = false;
    summary.focus();
  });
}
