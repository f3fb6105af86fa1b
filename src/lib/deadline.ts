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
