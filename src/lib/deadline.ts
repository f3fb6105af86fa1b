/** How a deadline stands relative to today, for the marks the browser adds beside task dates. */
export type DeadlineState = { kind: 'overdue' } | { kind: 'soon'; days: number } | { kind: 'later' };

/** Whole days from `today` to `deadline` (both calendar days); negative when past. */
export function daysUntil(deadline: string, today: Date): number {
  const [y, m, d] = deadline.split('-').map(Number);
  const due = Date.UTC(y!, m! - 1, d!);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / 86_400_000);
}

export function deadlineState(deadline: string, today: Date, soonDays = 7): DeadlineState {
  const days = daysUntil(deadline, today);
  if (days < 0) return { kind: 'overdue' };
  if (days <= soonDays) return { kind: 'soon', days };
  return { kind: 'later' };
}

export function deadlineLabel(state: DeadlineState): string | undefined {
  if (state.kind === 'overdue') return '已过时限';
  if (state.kind === 'soon') return state.days === 0 ? '今天截止' : `还有 ${state.days} 天`;
  return undefined;
}

/**
 * Whether a sheet's deadlines get marks (已过时限, 还有 3 天) on `today`: only the sheet of the reader's own month
 * ('2022-07'). An archived sheet's deadlines were that month's plan, not the reader's: marked, every one of them
 * would read 已过时限, as if the work were late today.
 */
export function isSheetOfMonth(month: string, today: Date): boolean {
  const own = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
  return month === own;
}
