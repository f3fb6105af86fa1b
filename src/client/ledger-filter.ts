/**
 * Filters of the rectification ledger (status, category, department): the problems that do not match are hidden
 * and the count is said. Without JS the ledger is the full list grouped by category.
 */
export function initLedgerFilter() {
  const form = document.querySelector<HTMLFormElement>('[data-ledger-filter]');
  const status = document.querySelector<HTMLElement>('[data-ledger-status]');
  const problems = Array.from(document.querySelectorAll<HTMLElement>('[data-problem]'));
  if (!form || !status) return;
  form.hidden = false;
  const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
  const apply = () => {
    const wanted = { status: value('status'), chapter: value('chapter'), department: value('department') };
    let shown = 0;
    for (const problem of problems) {
      const departments = (problem.dataset.departments ?? '').split('|');
      const visible =
        (!wanted.status || problem.dataset.status === wanted.status) &&
        (!wanted.chapter || problem.dataset.chapter === wanted.chapter) &&
        (!wanted.department || departments.includes(wanted.department));
      problem.hidden = !visible;
      if (visible) shown += 1;
    }
    document.querySelectorAll<HTMLElement>('[data-problem-group]').forEach((group) => {
      group.hidden = !group.querySelector('[data-problem]:not([hidden])');
    });
    status.textContent = wanted.status || wanted.chapter || wanted.department ? `显示 ${shown} 个问题。` : '';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
}
