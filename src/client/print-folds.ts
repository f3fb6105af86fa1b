/**
 * Folds (<details class="fold">) print open. Current browsers do it from print.css (::details-content); older ones
 * (Chromium 83, Firefox 78) print a closed fold's summary only, so the folds a reader left closed are opened before
 * printing and closed again after, leaving the page as the reader had it.
 */
export function printFoldsOpen() {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = Array.from(document.querySelectorAll<HTMLDetailsElement>('details.fold:not([open])'));
    for (const fold of opened) fold.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const fold of opened) fold.open = false;
    opened = [];
  });
}
