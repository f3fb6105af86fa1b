/**
 * 长者模式 with JS: a toggle that sets .elder on <html> and remembers it. The class is applied before first paint
 * by the inline snippet in Base.astro (ELDER_BOOT), so pages do not jump when the mode is on.
 */
import { ELDER_KEY } from './elder-boot.ts';

function store(on: boolean) {
  try {
    if (on) localStorage.setItem(ELDER_KEY, '1');
    else localStorage.removeItem(ELDER_KEY);
  } catch {
    /* storage may be disabled by policy: the mode then lasts for this page only */
  }
}

export function initElderToggle() {
  const root = document.documentElement;
  document.querySelectorAll<HTMLAnchorElement>('[data-elder-toggle]').forEach((toggle) => {
    const render = () => {
      const on = root.classList.contains('elder');
      toggle.setAttribute('aria-pressed', String(on));
      toggle.textContent = on ? '退出长者模式' : '长者模式';
    };
    toggle.setAttribute('role', 'button');
    render();
    toggle.addEventListener('click', (event) => {
      event.preventDefault();
      const on = !root.classList.contains('elder');
      root.classList.toggle('elder', on);
      store(on);
      render();
    });
    toggle.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        toggle.click();
      }
    });
  });
}
